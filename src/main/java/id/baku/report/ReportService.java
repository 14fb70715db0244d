package id.baku.report;

import id.baku.compliance.ComplianceFilter;
import id.baku.compliance.ComplianceService;
import id.baku.design.Signer;
import id.baku.design.SopContent;
import id.baku.design.SopQuery;
import id.baku.design.SopService;
import id.baku.design.SopSummary;
import id.baku.design.SopVersionRecord;
import id.baku.design.TemplateDefinition;
import id.baku.design.VersionStatus;
import id.baku.design.VersionSummary;
import id.baku.ratification.RatificationService;
import id.baku.security.AppRoles;
import id.baku.shared.BoundedCache;
import id.baku.shared.IndonesianDates;
import id.baku.shared.NotFoundException;
import id.baku.shared.Sha256;
import id.baku.shared.Texts;
import id.baku.shared.metrics.BusinessMetrics;
import id.baku.tenant.LegalBasisRecord;
import id.baku.tenant.LegalBasisService;
import id.baku.tenant.OrganisationService;
import id.baku.tenant.TenantContext;
import id.baku.tenant.TenantLogo;
import id.baku.tenant.TenantProfile;
import id.baku.tenant.TenantService;
import id.baku.tenant.UnitRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Prints the official sheet of an SOP version and a unit's Daftar SOP, and answers the public
 * verification of printed sheets.
 */
@Service
public class ReportService {

    /** Versions whose sheets are official: they carry a verification code and no DRAFT watermark. */
    private static final Set<VersionStatus> SIGNED = EnumSet.of(VersionStatus.RATIFIED, VersionStatus.EFFECTIVE,
            VersionStatus.SUPERSEDED, VersionStatus.RETIRED);

    /** The most runs a compliance report lists one by one. */
    static final int REPORT_RUNS = 1000;

    private final SopService sops;
    private final RatificationService ratification;
    private final TenantService tenants;
    private final OrganisationService organisation;
    private final LegalBasisService legalBases;
    private final SheetTemplates templates;
    private final VerificationCodes codes;
    private final ComplianceService compliance;
    private final id.baku.compliance.MonitoringService monitoring;
    private final id.baku.compliance.EvaluationService evaluations;
    private final String publicUrl;
    private final Clock clock;
    private final BusinessMetrics metrics;
    private static final JsonMapper SOURCES_JSON = JsonMapper.builder().build();
    /** Sheets by the SHA-256 of everything they were made from; least recently printed out first (about 100 KB each). */
    private final BoundedCache<String, RenderedSheet> renderedSheets = new BoundedCache<>(100);

    ReportService(SopService sops, RatificationService ratification, TenantService tenants,
                  OrganisationService organisation, LegalBasisService legalBases, SheetTemplates templates,
                  VerificationCodes codes, ComplianceService compliance,
                  id.baku.compliance.MonitoringService monitoring, id.baku.compliance.EvaluationService evaluations,
                  Clock clock, BusinessMetrics metrics,
                  @Value("${baku.base-url:http://localhost:8080}") String publicUrl) {
        this.clock = clock;
        this.metrics = metrics;
        this.compliance = compliance;
        this.monitoring = monitoring;
        this.evaluations = evaluations;
        this.sops = sops;
        this.ratification = ratification;
        this.tenants = tenants;
        this.organisation = organisation;
        this.legalBases = legalBases;
        this.templates = templates;
        this.codes = codes;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The official sheet of a version: DRAFT across a version not yet ratified, a verification code on a ratified one. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    public RenderedSheet sheet(long versionId) {
        return render(load(versionId));
    }

    private SopVersionRecord load(long versionId) {
        return sops.version(versionId).orElseThrow(() -> new NotFoundException("SOP version", versionId));
    }

    private RenderedSheet render(SopVersionRecord version) {
        long versionId = version.versionId();
        TemplateDefinition template = sops.template(version.templateVersionId());
        TenantProfile profile = tenants.currentProfile();
        byte[] logo = tenants.currentLogo().map(TenantLogo::bytes).orElse(null);
        List<UnitRecord> units = organisation.listUnits();
        SheetComposer.Verification verification = null;
        String watermark = null;
        if (SIGNED.contains(version.status())) {
            String code = codes.codeFor(versionId);
            verification = new SheetComposer.Verification(code, verifyUrl(code));
            if (version.status() == VersionStatus.SUPERSEDED || version.status() == VersionStatus.RETIRED) {
                watermark = id.baku.shared.Texts.get(id.baku.shared.IndonesianDates.INDONESIAN, "report.sheet.watermark.void");
            }
        } else {
            watermark = id.baku.shared.Texts.get(id.baku.shared.IndonesianDates.INDONESIAN, "report.sheet.watermark.draft");
        }
        Map<Long, String> citations = legalBases.list().stream()
                .collect(Collectors.toMap(LegalBasisRecord::id, LegalBasisRecord::citation));
        Map<Long, String> sopNames = sops.list(SopQuery.all()).stream()
                .collect(Collectors.toMap(SopSummary::sopId, s -> s.number() == null ? s.title() : s.number() + " — " + s.title()));
        // A signed version prints who actually signed it, whatever the draft named.
        if (SIGNED.contains(version.status())) {
            id.baku.ratification.Signature signature = ratification.publicVersion(versionId).signature();
            if (signature != null) {
                SopContent signed = version.content().withApprovedBy(new Signer(version.content().approvedBy() == null
                        ? null : version.content().approvedBy().positionId(), signature.positionTitle(),
                        signature.signerName(), signature.signerNip()));
                version = new SopVersionRecord(version.versionId(), version.sopId(), version.unitId(), version.revision(),
                        version.status(), signed, version.problems(), version.version(), version.updatedAt(),
                        version.updatedBy(), version.templateVersionId());
            }
        }
        SheetComposer.Sources sources = new SheetComposer.Sources(profile, logo, unitPath(units, version.unitId()),
                units.stream().filter(u -> u.parentId() == null).map(UnitRecord::name).collect(Collectors.toSet()),
                version, template, citations, sopNames, verification, watermark);
        // What a sheet shows is a function of its sources (the templates are the deployment's own), so a sheet
        // printed again from the same sources — an SOP in force, printed for every unit — is not filled again.
        String key = TenantContext.requireTenantId() + ":" + Sha256.hex(SOURCES_JSON.writeValueAsBytes(sources));
        RenderedSheet known = renderedSheets.get(key);
        if (known != null) {
            return known;
        }
        SheetInput input = SheetComposer.compose(sources);
        RenderedSheet sheet = SheetRenderer.render(templates.report(SheetTemplates.SHEET, input.paper()), input);
        renderedSheets.put(key, sheet);
        return sheet;
    }

    /** The sheet as a file named after the SOP. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    public PdfFile sheetPdf(long versionId) {
        SopVersionRecord version = load(versionId);
        RenderedSheet sheet = render(version);
        String number = version.content().number();
        String name = "SOP " + (number == null ? "" : number + " ") + version.content().title()
                + (SIGNED.contains(version.status()) ? "" : " (DRAFT)");
        return printed("sheet", new PdfFile(fileName(name), sheet.pdf()));
    }

    /** The version a sheet of the SOP shows by default: the one in force, else the newest. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    public long printableVersion(long sopId) {
        List<VersionSummary> history = sops.history(sopId);
        if (history.isEmpty()) {
            throw new NotFoundException("SOP", sopId);
        }
        return history.stream().filter(v -> v.status() == VersionStatus.EFFECTIVE).findFirst()
                .orElse(history.getLast()).versionId();
    }

    /** The version {@code versionId} if it is one of the SOP's; not found otherwise. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    public long versionOf(long sopId, long versionId) {
        return sops.history(sopId).stream().filter(v -> v.versionId() == versionId).findFirst()
                .orElseThrow(() -> new NotFoundException("SOP version", versionId)).versionId();
    }

    /** The SOPs in force in a unit, by Nomor SOP. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    public List<RegisterEntry> register(long unitId) {
        organisation.findUnit(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        List<RegisterEntry> entries = new ArrayList<>();
        for (SopSummary sop : sops.list(new SopQuery(unitId, null, null))) {
            sops.history(sop.sopId()).stream().filter(v -> v.status() == VersionStatus.EFFECTIVE).findFirst()
                    .flatMap(v -> sops.version(v.versionId()))
                    .ifPresent(v -> entries.add(new RegisterEntry(v.sopId(), v.content().number(), v.content().title(),
                            v.content().effectiveOn(), v.revision() - 1)));
        }
        entries.sort(Comparator.comparing(RegisterEntry::number, Comparator.nullsLast(SopNumberOrder.INSTANCE))
                .thenComparing(RegisterEntry::title, String.CASE_INSENSITIVE_ORDER));
        return entries;
    }

    /** The Daftar SOP of a unit as a PDF on the pemda's paper, portrait. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    public PdfFile registerPdf(long unitId) {
        List<UnitRecord> units = organisation.listUnits();
        List<RegisterEntry> entries = register(unitId);
        TenantProfile profile = tenants.currentProfile();
        byte[] logo = tenants.currentLogo().map(TenantLogo::bytes).orElse(null);
        List<String> path = unitPath(units, unitId);
        byte[] pdf = RegisterRenderer.render(templates.report(SheetTemplates.REGISTER, profile.paperSize()), profile,
                logo, path, units.stream().filter(u -> u.parentId() == null).map(UnitRecord::name)
                        .collect(Collectors.toSet()), entries, LocalDate.now(clock.withZone(profile.timeZone().zone())));
        return printed("register", new PdfFile(fileName("Daftar SOP " + path.getLast()), pdf));
    }

    /**
     * The compliance report of a filter as PDF: the dashboard's figures and charts, a row per step and a
     * row per run, on the pemda's paper, portrait.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN','REVIEWER','SIGNER','AUDITOR')")
    public PdfFile complianceReport(ComplianceFilter filter) {
        TenantProfile profile = tenants.currentProfile();
        java.time.ZoneId zone = profile.timeZone().zone();
        List<UnitRecord> units = organisation.listUnits();
        List<String> path = filter.unitId() == null ? List.of() : unitPath(units, filter.unitId());
        String unit = filter.unitId() == null ? Texts.get(IndonesianDates.INDONESIAN, "compliance.unit.all")
                : String.join(" — ", path);
        String sop = filter.sopId() == null ? Texts.get(IndonesianDates.INDONESIAN, "compliance.sop.all")
                : sops.list(SopQuery.all()).stream().filter(s -> s.sopId() == filter.sopId()).findFirst()
                .map(s -> s.number() == null ? s.title() : s.number() + " " + s.title()).orElse("");
        String scope = Texts.get(IndonesianDates.INDONESIAN, "report.compliance.scope", unit, sop,
                ComplianceReportRenderer.month(filter.from()), ComplianceReportRenderer.month(filter.to()));
        byte[] logo = tenants.currentLogo().map(TenantLogo::bytes).orElse(null);
        byte[] pdf = ComplianceReportRenderer.render(templates.report(SheetTemplates.COMPLIANCE, profile.paperSize()),
                profile, logo, path, units.stream().filter(u -> u.parentId() == null).map(UnitRecord::name)
                        .collect(Collectors.toSet()), scope, compliance.figures(filter), compliance.runs(filter, zone, REPORT_RUNS),
                zone, LocalDate.now(clock.withZone(zone)));
        return printed("compliance", new PdfFile(fileName("Laporan kepatuhan SOP " + filter.from() + " " + filter.to()), pdf));
    }

    /** The Formulir Monitoring Pelaksanaan SOP AP as it stands; marked as a draft until the penilai signs it. */
    public PdfFile monitoringForm(long id) {
        id.baku.compliance.Monitoring m = monitoring.monitoring(id);
        TenantProfile profile = tenants.currentProfile();
        byte[] pdf = MonevRenderer.monitoring(templates.report(SheetTemplates.MONITORING, profile.paperSize()),
                letterhead(profile, m.unitId()), m);
        return printed("monitoring", new PdfFile(fileName("Monitoring SOP " + m.unitName() + " "
                + m.period().year() + " semester " + m.period().half()), pdf));
    }

    /** The Formulir Evaluasi SOP AP as it stands; marked as a draft until the evaluator signs it. */
    public PdfFile evaluationForm(long id) {
        id.baku.compliance.Evaluation e = evaluations.evaluation(id);
        TenantProfile profile = tenants.currentProfile();
        byte[] pdf = MonevRenderer.evaluation(templates.report(SheetTemplates.EVALUATION, profile.paperSize()),
                letterhead(profile, e.unitId()), e);
        return printed("evaluation", new PdfFile(fileName("Evaluasi SOP " + e.sopTitle() + " " + e.year()), pdf));
    }

    private PdfFile printed(String kind, PdfFile pdf) {
        metrics.pdfPrinted(TenantContext.requireTenantId(), kind);
        return pdf;
    }

    /** The kop of a unit's documents (the unit's perangkat daerah named), and today in the pemda. */
    private MonevRenderer.Letterhead letterhead(TenantProfile profile, long unitId) {
        java.time.ZoneId zone = profile.timeZone().zone();
        List<UnitRecord> units = organisation.listUnits();
        List<String> institution = SheetComposer.institution(profile, unitPath(units, unitId),
                units.stream().filter(u -> u.parentId() == null).map(UnitRecord::name).collect(Collectors.toSet()),
                id.baku.design.LetterheadVariant.FULL);
        return new MonevRenderer.Letterhead(profile, tenants.currentLogo().map(TenantLogo::bytes).orElse(null),
                SheetComposer.kop(profile, institution, id.baku.design.LetterheadVariant.FULL), zone,
                LocalDate.now(clock.withZone(zone)));
    }

    /**
     * What a printed code says, for anyone: the pemda, whether that exact version is ratified, by
     * whom, in force since when, and whether a newer revision replaced it. Empty for an unknown code.
     */
    public Optional<SheetVerificationResult> verify(String code) {
        return codes.lookup(code).map(found -> TenantContext.callAs(found.getTenantId(), () -> {
            java.time.ZoneId zone = tenants.zoneOf(found.getTenantId());
            return new SheetVerificationResult(VerificationCodes.display(found.getCode()), tenants.boundName(), zone,
                    ratification.publicVersion(found.getVersionId()));
        }));
    }

    String verifyUrl(String code) {
        return publicUrl + "/verify/" + code;
    }

    /** The unit and its parents, the perangkat daerah first. */
    static List<String> unitPath(List<UnitRecord> units, long unitId) {
        Map<Long, UnitRecord> byId = units.stream().collect(Collectors.toMap(UnitRecord::id, Function.identity()));
        List<String> path = new ArrayList<>();
        UnitRecord unit = byId.get(unitId);
        while (unit != null && path.size() < 20) {
            path.add(unit.name());
            unit = unit.parentId() == null ? null : byId.get(unit.parentId());
        }
        Collections.reverse(path);
        return path;
    }

    /** Characters that file systems or the Content-Disposition header would not take become spaces. */
    static String fileName(String name) {
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        if (safe.length() > 150) {
            safe = safe.substring(0, 150).strip();
        }
        return safe + ".pdf";
    }

    /** Nomor SOP in the order a pemda counts them: by their leading sequence number, then as text. */
    enum SopNumberOrder implements Comparator<String> {
        INSTANCE;

        @Override
        public int compare(String a, String b) {
            long x = leading(a);
            long y = leading(b);
            return x != y ? Long.compare(x, y) : a.compareToIgnoreCase(b);
        }

        private static long leading(String number) {
            int end = 0;
            while (end < number.length() && end < 18 && Character.isDigit(number.charAt(end))) {
                end++;
            }
            return end == 0 ? Long.MAX_VALUE : Long.parseLong(number.substring(0, end));
        }
    }
}
