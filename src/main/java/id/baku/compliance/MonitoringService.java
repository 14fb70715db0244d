package id.baku.compliance;

import id.baku.compliance.domain.MonitoringForm;
import id.baku.compliance.domain.MonitoringItem;
import id.baku.compliance.domain.MonitoringRepository;
import id.baku.design.SopContent;
import id.baku.design.SopQuery;
import id.baku.design.SopService;
import id.baku.design.SopSummary;
import id.baku.ratification.RatificationService;
import id.baku.ratification.ReviewDue;
import id.baku.security.AppRoles;
import id.baku.shared.Checks;
import id.baku.shared.InvalidInputException;
import id.baku.shared.NotFoundException;
import id.baku.tenant.OrganisationService;
import id.baku.tenant.TenantService;
import id.baku.tenant.UnitRecord;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Formulir Monitoring Pelaksanaan SOP AP: every half-year a supervisor assesses, per unit, whether
 * each SOP is applied well. Baku proposes the assessment from the half-year's execution data; the
 * monitor confirms or overrides it per SOP (their paraf), writes the Catatan and the Tindakan, and
 * signs the form, after which it no longer changes.
 */
@Service
public class MonitoringService {

    private final MonitoringRepository forms;
    private final ComplianceService compliance;
    private final SopService sops;
    private final RatificationService ratification;
    private final OrganisationService organisation;
    private final TenantService tenants;
    private final Assessors assessors;
    private final Clock clock;

    MonitoringService(MonitoringRepository forms, ComplianceService compliance, SopService sops,
                      RatificationService ratification, OrganisationService organisation, TenantService tenants,
                      Assessors assessors, Clock clock) {
        this.forms = forms;
        this.compliance = compliance;
        this.sops = sops;
        this.ratification = ratification;
        this.organisation = organisation;
        this.tenants = tenants;
        this.assessors = assessors;
        this.clock = clock;
    }

    /** The forms of a year, by half-year and unit. */
    @RolesAllowed({AppRoles.TENANT_ADMIN, AppRoles.REVIEWER, AppRoles.SIGNER, AppRoles.AUDITOR})
    @Transactional(readOnly = true)
    public List<MonitoringSummary> list(int year) {
        Map<Long, String> units = unitNames();
        return forms.findByYearOrderByHalfAscIdAsc(year).stream().map(f -> new MonitoringSummary(f.getId(),
                        f.getUnitId(), units.get(f.getUnitId()), new HalfYear(f.getYear(), f.getHalf()), f.isFinal(),
                        f.getItems().size(), (int) f.getItems().stream().filter(i -> i.getAssessment() != null).count(),
                        (int) f.getItems().stream().filter(i -> Assessment.POOR.name().equals(i.getAssessment())).count()))
                .sorted(Comparator.comparing(MonitoringSummary::period).reversed()
                        .thenComparing(MonitoringSummary::unitName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The half-year that is being lived now, in the pemda's calendar. */
    public HalfYear currentHalf() {
        return HalfYear.of(today());
    }

    /**
     * The form of a unit (with the units below it) and half-year, made on first opening with a row
     * per SOP in force or run in that half-year. A half-year that has not begun cannot be monitored.
     */
    @RolesAllowed({AppRoles.TENANT_ADMIN, AppRoles.REVIEWER, AppRoles.SIGNER})
    @Transactional
    public long open(long unitId, HalfYear period) {
        if (!unitNames().containsKey(unitId)) {
            throw new NotFoundException("unit", unitId);
        }
        if (period.from().atDay(1).isAfter(today())) {
            throw new InvalidInputException(null, "monitoring.error.future");
        }
        if (period.year() < HalfYear.FIRST_YEAR) {
            throw new InvalidInputException(null, "monev.error.before-first-year", HalfYear.FIRST_YEAR);
        }
        MonitoringForm form = forms.findByUnitIdAndYearAndHalf(unitId, period.year(), period.half()).orElseGet(() -> {
            MonitoringForm made = forms.save(new MonitoringForm(unitId, period.year(), period.half(),
                    assessors.me().username(), clock.instant()));
            assessors.audit(clock.instant(), made.getOpenedBy(), "monitoring.opened", "monitoring-form:" + made.getId(),
                    Map.of("unit", String.valueOf(unitId), "period", period.year() + "-" + period.half()));
            return made;
        });
        propose(form);
        return form.getId();
    }

    /**
     * A form with its rows. While it is open, the rows follow the execution data: the proposals are
     * brought up to date and SOPs that came into force are added; what the monitor wrote stays.
     */
    @RolesAllowed({AppRoles.TENANT_ADMIN, AppRoles.REVIEWER, AppRoles.SIGNER, AppRoles.AUDITOR})
    @Transactional
    public Monitoring monitoring(long id) {
        MonitoringForm form = find(id);
        propose(form);
        return record(form);
    }

    /** Saves what the monitor filled in; their paraf goes on each row whose assessment, note or action changed. */
    @RolesAllowed({AppRoles.TENANT_ADMIN, AppRoles.REVIEWER, AppRoles.SIGNER})
    @Transactional
    public Monitoring save(long id, int expectedVersion, List<MonitoringAnswer> answers) {
        MonitoringForm form = fill(id, expectedVersion, answers);
        assessors.audit(clock.instant(), form.getUpdatedBy(), "monitoring.saved", "monitoring-form:" + id,
                Map.of("assessed", String.valueOf(form.getItems().stream().filter(i -> i.getAssessment() != null).count())));
        return record(form);
    }

    /**
     * Saves and signs the form: every SOP must be assessed, and an SOP not applied well needs the
     * Tindakan to take. A signed form is final.
     */
    @RolesAllowed({AppRoles.TENANT_ADMIN, AppRoles.REVIEWER, AppRoles.SIGNER})
    @Transactional
    public Monitoring finalise(long id, int expectedVersion, List<MonitoringAnswer> answers) {
        MonitoringForm form = fill(id, expectedVersion, answers);
        if (form.getItems().isEmpty()) {
            throw new InvalidInputException(null, "monitoring.error.empty");
        }
        for (MonitoringItem item : form.getItems()) {
            if (item.getAssessment() == null) {
                throw new InvalidInputException(null, "monitoring.error.unassessed", item.getSopTitle());
            }
            if (Assessment.POOR.name().equals(item.getAssessment()) && item.getAction() == null) {
                throw new InvalidInputException(null, "monitoring.error.action-required", item.getSopTitle());
            }
        }
        Assessors.Assessor me = assessors.me();
        Instant now = clock.instant();
        form.finalise(me.username(), me.name(), me.nip(), me.position(), now);
        forms.saveAndFlush(form);
        assessors.audit(now, me.username(), "monitoring.finalised", "monitoring-form:" + id, Map.of(
                "poor", String.valueOf(form.getItems().stream().filter(i -> Assessment.POOR.name().equals(i.getAssessment())).count()),
                "rows", String.valueOf(form.getItems().size())));
        return record(form);
    }

    private MonitoringForm fill(long id, int expectedVersion, List<MonitoringAnswer> answers) {
        MonitoringForm form = find(id);
        if (form.isFinal()) {
            throw new InvalidInputException(null, "monitoring.error.final");
        }
        Checks.sameVersion(expectedVersion, form.getVersion());
        Map<Long, MonitoringItem> items = form.getItems().stream()
                .collect(Collectors.toMap(MonitoringItem::getId, Function.identity()));
        Assessors.Assessor me = assessors.me();
        Instant now = clock.instant();
        for (MonitoringAnswer answer : answers) {
            MonitoringItem item = items.get(answer.rowId());
            if (item == null) {
                throw new InvalidInputException(null, "monitoring.error.unknown-row");
            }
            item.assess(answer.assessment() == null ? null : answer.assessment().name(),
                    Checks.optional("note", answer.note(), 2000), Checks.optional("action", answer.action(), 2000),
                    me.username(), me.name(), now);
        }
        form.touch(me.username(), now);
        return forms.saveAndFlush(form);
    }

    /** Brings an open form's rows up to date with the SOPs in force and the half-year's execution data. */
    private void propose(MonitoringForm form) {
        if (form.isFinal()) {
            return;
        }
        Set<Long> units = unitAndBelow(form.getUnitId());
        Map<Long, SopSummary> summaries = sops.list(SopQuery.all()).stream().filter(s -> units.contains(s.unitId()))
                .collect(Collectors.toMap(SopSummary::sopId, Function.identity()));
        Map<Long, ReviewDue> inForce = ratification.reviewsDue().stream().filter(r -> summaries.containsKey(r.sopId()))
                .collect(Collectors.toMap(ReviewDue::sopId, Function.identity()));
        HalfYear period = new HalfYear(form.getYear(), form.getHalf());
        Map<Long, SopFigure> figures = compliance.sopFigures(summaries.keySet(), period.from(), period.to());
        Map<Long, MonitoringItem> items = new HashMap<>();
        form.getItems().stream().filter(i -> i.getSopId() != null).forEach(i -> items.put(i.getSopId(), i));
        Set<Long> listed = new HashSet<>(inForce.keySet());
        figures.values().stream().filter(f -> f.runsStarted() > 0 || f.stepExecutions() > 0)
                .forEach(f -> listed.add(f.sopId()));
        listed.addAll(items.keySet());
        listed.retainAll(summaries.keySet());

        record Listed(long sopId, String number, String title, Long versionId) {
        }
        List<Listed> rows = new ArrayList<>();
        for (long sopId : listed) {
            ReviewDue due = inForce.get(sopId);
            SopSummary summary = summaries.get(sopId);
            rows.add(due != null ? new Listed(sopId, due.number(), due.title(), due.versionId())
                    : new Listed(sopId, summary.number(), summary.title(), null));
        }
        rows.sort(Comparator.comparing((Listed l) -> l.number() == null ? "\uffff" : l.number())
                .thenComparing(Listed::title, String.CASE_INSENSITIVE_ORDER));
        int position = 1;
        for (Listed row : rows) {
            SopFigure f = figures.getOrDefault(row.sopId(), SopFigure.none(row.sopId()));
            // Read before a new row joins the form: the read flushes the session, and a row is only
            // complete once proposed.
            String worst = worstStep(row.sopId(), row.versionId(), f.worstStep());
            MonitoringItem item = items.get(row.sopId());
            boolean added = item == null;
            if (added) {
                item = new MonitoringItem(row.sopId());
            }
            item.propose(position++, row.number(), row.title(), f.proposal().name(), f.runsStarted(), f.runsCompleted(),
                    f.stepExecutions(), f.stepsWithin(), f.late(), f.incomplete(), f.noOutput(), worst);
            if (added) {
                form.getItems().add(item);
            }
        }
        // Not re-sorted here: reordering the collection would count as a change of the form for its lock.
        forms.saveAndFlush(form);
    }

    /** "3. Memeriksa kelengkapan berkas": the step that deviated most, as the SOP in force words it. */
    private String worstStep(long sopId, Long versionId, int step) {
        if (step == 0) {
            return null;
        }
        SopContent content = (versionId == null ? sops.latest(sopId) : sops.version(versionId))
                .map(v -> v.content()).orElse(null);
        String activity = content != null && step <= content.steps().size() ? content.steps().get(step - 1).activity() : "";
        // Without the activity's closing period: the sentence quoting it has its own.
        String text = step + ". " + activity.strip().replaceAll("[.\\s]+$", "");
        return text.length() > 600 ? text.substring(0, 599) + "\u2026" : text;
    }

    private Monitoring record(MonitoringForm f) {
        String updatedBy = f.getUpdatedBy() == null ? null
                : assessors.names(List.of(f.getUpdatedBy())).getOrDefault(f.getUpdatedBy(), f.getUpdatedBy());
        List<MonitoringRow> rows = f.getItems().stream().sorted(Comparator.comparingInt(MonitoringItem::getPosition)).map(i -> new MonitoringRow(i.getId(), i.getSopId(),
                i.getSopNumber(), i.getSopTitle(), Assessment.valueOf(i.getProposed()), i.getRunsStarted(),
                i.getRunsCompleted(), i.getStepExecutions(), i.getStepsWithin(), i.getLate(), i.getIncomplete(),
                i.getNoOutput(), i.getWorstStep(), i.getAssessment() == null ? null : Assessment.valueOf(i.getAssessment()),
                i.getNote(), i.getAction(), i.getConfirmedName(), i.getConfirmedAt())).toList();
        return new Monitoring(f.getId(), f.getUnitId(), unitNames().get(f.getUnitId()),
                new HalfYear(f.getYear(), f.getHalf()), f.isFinal(), f.getMonitorName(), f.getMonitorNip(),
                f.getMonitorPosition(), f.getFinalisedAt(), updatedBy, f.getUpdatedAt(), rows, f.getVersion(),
                !f.isFinal() && assessors.mayAssess());
    }

    private MonitoringForm find(long id) {
        return forms.findById(id).orElseThrow(() -> new NotFoundException("monitoring-form", id));
    }

    private Map<Long, String> unitNames() {
        return organisation.listUnits().stream().collect(Collectors.toMap(UnitRecord::id, UnitRecord::name));
    }

    private Set<Long> unitAndBelow(long unitId) {
        return ComplianceService.unitAndBelow(organisation.listUnits(), unitId);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(tenants.currentProfile().timeZone().zone()));
    }
}
