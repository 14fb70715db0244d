package id.baku.compliance;

import id.baku.compliance.domain.EvaluationAnswer;
import id.baku.compliance.domain.EvaluationForm;
import id.baku.compliance.domain.EvaluationRepository;
import id.baku.compliance.domain.MonitoringRepository;
import id.baku.design.SopQuery;
import id.baku.design.SopService;
import id.baku.design.SopSummary;
import id.baku.design.VersionStatus;
import id.baku.ratification.RatificationService;
import id.baku.ratification.ReviewDue;
import id.baku.security.AppRole;
import id.baku.security.AppRoles;
import id.baku.security.CurrentUser;
import id.baku.shared.Checks;
import id.baku.shared.IndonesianDates;
import id.baku.shared.InvalidInputException;
import id.baku.shared.NotFoundException;
import id.baku.shared.Texts;
import id.baku.tenant.OrganisationService;
import id.baku.tenant.TenantService;
import id.baku.tenant.UnitRecord;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Formulir Evaluasi SOP AP: at least once a year each SOP in force is evaluated against seven Ya/Tidak
 * criteria, with the year's execution figures and monitoring results beside it. The recommendation —
 * tetap, revisi or cabut — can be carried out from the signed form: a revision is started, or the SOP
 * is withdrawn.
 */
@Service
public class EvaluationService {

    private final EvaluationRepository forms;
    private final MonitoringRepository monitoring;
    private final ComplianceService compliance;
    private final SopService sops;
    private final RatificationService ratification;
    private final OrganisationService organisation;
    private final TenantService tenants;
    private final Assessors assessors;
    private final Clock clock;

    EvaluationService(EvaluationRepository forms, MonitoringRepository monitoring, ComplianceService compliance,
                      SopService sops, RatificationService ratification, OrganisationService organisation,
                      TenantService tenants, Assessors assessors, Clock clock) {
        this.forms = forms;
        this.monitoring = monitoring;
        this.compliance = compliance;
        this.sops = sops;
        this.ratification = ratification;
        this.organisation = organisation;
        this.tenants = tenants;
        this.assessors = assessors;
        this.clock = clock;
    }

    /** The SOPs in force, and those evaluated that year, with their evaluation of the year; the earliest review due first. */
    @RolesAllowed({AppRoles.TENANT_ADMIN, AppRoles.REVIEWER, AppRoles.SIGNER, AppRoles.AUDITOR})
    @Transactional(readOnly = true)
    public List<EvaluationSummary> list(int year) {
        Map<Long, EvaluationForm> evaluated = forms.findByYear(year).stream()
                .collect(Collectors.toMap(EvaluationForm::getSopId, Function.identity()));
        Map<Long, SopSummary> summaries = sops.list(SopQuery.all()).stream()
                .collect(Collectors.toMap(SopSummary::sopId, Function.identity()));
        List<EvaluationSummary> found = new ArrayList<>();
        for (ReviewDue due : ratification.reviewsDue()) {
            EvaluationForm form = evaluated.remove(due.sopId());
            SopSummary summary = summaries.get(due.sopId());
            found.add(summary(due.sopId(), due.number(), due.title(), summary == null ? "" : summary.unitName(),
                    due.dueOn(), form));
        }
        Map<Long, String> units = unitNames();
        evaluated.values().forEach(form -> found.add(summary(form.getSopId(), form.getSopNumber(), form.getSopTitle(),
                units.get(form.getUnitId()), null, form)));
        found.sort(Comparator.comparing(EvaluationSummary::reviewDue, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(EvaluationSummary::sopTitle, String.CASE_INSENSITIVE_ORDER));
        return found;
    }

    private static EvaluationSummary summary(long sopId, String number, String title, String unit, LocalDate due,
                                             EvaluationForm form) {
        return new EvaluationSummary(sopId, number, title, unit, due, form == null ? null : form.getId(),
                form != null && form.isFinal(), form == null || form.getRecommendation() == null ? null
                : Recommendation.valueOf(form.getRecommendation()));
    }

    /** The evaluation of an SOP in force for a year, made on first opening; not for a year still to come. */
    @RolesAllowed({AppRoles.TENANT_ADMIN, AppRoles.REVIEWER, AppRoles.SIGNER})
    @Transactional
    public long open(long sopId, int year) {
        Optional<EvaluationForm> existing = forms.findBySopIdAndYear(sopId, year);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        if (year > today().getYear()) {
            throw new InvalidInputException(null, "evaluation.error.future");
        }
        if (year < HalfYear.FIRST_YEAR) {
            throw new InvalidInputException(null, "monev.error.before-first-year", HalfYear.FIRST_YEAR);
        }
        ReviewDue due = inForce(sopId).orElseThrow(() -> new InvalidInputException(null, "evaluation.error.not-in-force"));
        long unitId = sops.version(due.versionId()).orElseThrow().unitId();
        Assessors.Assessor me = assessors.me();
        EvaluationForm form = forms.saveAndFlush(new EvaluationForm(sopId, due.versionId(), unitId, due.number(),
                due.title(), year, me.username(), clock.instant()));
        assessors.audit(clock.instant(), me.username(), "evaluation.opened", "evaluation-form:" + form.getId(),
                Map.of("sop", String.valueOf(sopId), "year", String.valueOf(year)));
        return form.getId();
    }

    @RolesAllowed({AppRoles.TENANT_ADMIN, AppRoles.REVIEWER, AppRoles.SIGNER, AppRoles.AUDITOR})
    @Transactional(readOnly = true)
    public Evaluation evaluation(long id) {
        return record(find(id));
    }

    @RolesAllowed({AppRoles.TENANT_ADMIN, AppRoles.REVIEWER, AppRoles.SIGNER})
    @Transactional
    public Evaluation save(long id, int expectedVersion, EvaluationInput input) {
        EvaluationForm form = fill(id, expectedVersion, input);
        assessors.audit(clock.instant(), form.getUpdatedBy(), "evaluation.saved", "evaluation-form:" + id, Map.of(
                "answered", String.valueOf(form.getAnswers().stream().filter(a -> a.getAnswer() != null).count())));
        return record(form);
    }

    /**
     * Saves and signs the evaluation: all seven criteria answered and a recommendation chosen; revisi
     * and cabut say why. A signed evaluation is final.
     */
    @RolesAllowed({AppRoles.TENANT_ADMIN, AppRoles.REVIEWER, AppRoles.SIGNER})
    @Transactional
    public Evaluation finalise(long id, int expectedVersion, EvaluationInput input) {
        EvaluationForm form = fill(id, expectedVersion, input);
        long answered = form.getAnswers().stream().filter(a -> a.getAnswer() != null).count();
        if (answered < Criterion.values().length) {
            throw new InvalidInputException(null, "evaluation.error.unanswered", Criterion.values().length - answered);
        }
        if (form.getRecommendation() == null) {
            throw new InvalidInputException("recommendation", "evaluation.error.recommendation");
        }
        if (!Recommendation.KEEP.name().equals(form.getRecommendation()) && form.getRecommendationNote() == null) {
            throw new InvalidInputException("recommendationNote", "evaluation.error.reason");
        }
        Assessors.Assessor me = assessors.me();
        Instant now = clock.instant();
        form.finalise(me.username(), me.name(), me.nip(), me.position(), now);
        forms.saveAndFlush(form);
        assessors.audit(now, me.username(), "evaluation.finalised", "evaluation-form:" + id,
                Map.of("sop", String.valueOf(form.getSopId()), "recommendation", form.getRecommendation()));
        return record(form);
    }

    /** Carries out a signed "revisi": a new draft revision of the SOP, which the authors then rework. */
    @RolesAllowed({AppRoles.TENANT_ADMIN, AppRoles.SOP_AUTHOR})
    @Transactional
    public long startRevision(long id) {
        EvaluationForm form = find(id);
        if (!form.isFinal() || !Recommendation.REVISE.name().equals(form.getRecommendation())
                || form.getRevisionVersionId() != null) {
            throw new InvalidInputException(null, "evaluation.error.no-revision");
        }
        long revision = ratification.revise(form.getSopId());
        form.revisionStarted(revision);
        forms.saveAndFlush(form);
        assessors.audit(clock.instant(), CurrentUser.require().getUsername(), "evaluation.revision-started",
                "evaluation-form:" + id, Map.of("sop", String.valueOf(form.getSopId()), "revision", String.valueOf(revision)));
        return revision;
    }

    /** Carries out a signed "cabut": the version in force is withdrawn, the evaluation's reason recorded. */
    @RolesAllowed({AppRoles.TENANT_ADMIN, AppRoles.SIGNER})
    @Transactional
    public void retire(long id) {
        EvaluationForm form = find(id);
        ReviewDue due = inForce(form.getSopId()).orElse(null);
        if (!form.isFinal() || !Recommendation.RETIRE.name().equals(form.getRecommendation())
                || form.getRetiredAt() != null || due == null) {
            throw new InvalidInputException(null, "evaluation.error.no-retire");
        }
        int version = sops.version(due.versionId()).orElseThrow().version();
        ratification.retire(due.versionId(), version, Texts.get(IndonesianDates.INDONESIAN, "evaluation.retire-reason",
                String.valueOf(form.getYear()), form.getRecommendationNote()));
        form.retired(clock.instant());
        forms.saveAndFlush(form);
    }

    private EvaluationForm fill(long id, int expectedVersion, EvaluationInput input) {
        EvaluationForm form = find(id);
        if (form.isFinal()) {
            throw new InvalidInputException(null, "evaluation.error.final");
        }
        Checks.sameVersion(expectedVersion, form.getVersion());
        Map<Criterion, CriterionAnswer> given = new TreeMap<>();
        input.answers().forEach(a -> given.put(Checks.present("criterion", a.criterion()), a));
        List<EvaluationAnswer> answers = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            CriterionAnswer a = given.get(c);
            answers.add(new EvaluationAnswer(c.number(), a == null ? null : a.yes(),
                    a == null ? null : Checks.optional("note", a.note(), 2000)));
        }
        String note = Checks.optional("recommendationNote", input.recommendationNote(), 2000);
        form.answer(answers, input.recommendation() == null ? null : input.recommendation().name(), note,
                assessors.me().username(), clock.instant());
        return forms.saveAndFlush(form);
    }

    private Evaluation record(EvaluationForm f) {
        List<CriterionAnswer> answers = new ArrayList<>();
        Map<Integer, EvaluationAnswer> byNumber = f.getAnswers().stream()
                .collect(Collectors.toMap(EvaluationAnswer::getCriterion, Function.identity()));
        for (Criterion c : Criterion.values()) {
            EvaluationAnswer a = byNumber.get(c.number());
            answers.add(new CriterionAnswer(c, a == null ? null : a.getAnswer(), a == null ? null : a.getNote()));
        }
        Map<HalfYear, Assessment> monitored = new TreeMap<>();
        monitoring.findByYearOrderByHalfAscIdAsc(f.getYear()).forEach(m -> m.getItems().stream()
                .filter(i -> f.getSopId().equals(i.getSopId())).findFirst()
                .ifPresent(i -> monitored.put(new HalfYear(m.getYear(), m.getHalf()),
                        i.getAssessment() == null ? null : Assessment.valueOf(i.getAssessment()))));
        SopFigure figures = compliance.sopFigures(Set.of(f.getSopId()), YearMonth.of(f.getYear(), 1),
                YearMonth.of(f.getYear(), 12)).get(f.getSopId());
        Recommendation recommendation = f.getRecommendation() == null ? null : Recommendation.valueOf(f.getRecommendation());
        var me = CurrentUser.get();
        boolean author = me.map(p -> p.hasRole(AppRole.SOP_AUTHOR) || p.hasRole(AppRole.TENANT_ADMIN)).orElse(false);
        Optional<ReviewDue> inForce = f.isFinal() && recommendation != Recommendation.KEEP ? inForce(f.getSopId())
                : Optional.empty();
        boolean mayRevise = recommendation == Recommendation.REVISE && f.getRevisionVersionId() == null && author
                && inForce.isPresent() && sops.latest(f.getSopId()).map(v -> v.status() == VersionStatus.EFFECTIVE).orElse(false);
        boolean mayRetire = recommendation == Recommendation.RETIRE && f.getRetiredAt() == null && inForce.isPresent()
                && ratification.state(inForce.get().versionId()).mayRetire();
        String updatedBy = f.getUpdatedBy() == null ? null
                : assessors.names(List.of(f.getUpdatedBy())).getOrDefault(f.getUpdatedBy(), f.getUpdatedBy());
        return new Evaluation(f.getId(), f.getSopId(), f.getSopVersionId(), f.getUnitId(), unitNames().get(f.getUnitId()),
                f.getSopNumber(), f.getSopTitle(), f.getYear(), f.isFinal(), answers, recommendation,
                f.getRecommendationNote(), f.getEvaluatorName(), f.getEvaluatorNip(), f.getEvaluatorPosition(),
                f.getFinalisedAt(), updatedBy, f.getUpdatedAt(), figures, monitored, f.getRevisionVersionId(),
                f.getRetiredAt() != null, f.getVersion(), !f.isFinal() && assessors.mayAssess(), mayRevise, mayRetire);
    }

    private Optional<ReviewDue> inForce(long sopId) {
        return ratification.reviewsDue().stream().filter(r -> r.sopId() == sopId).findFirst();
    }

    private EvaluationForm find(long id) {
        return forms.findById(id).orElseThrow(() -> new NotFoundException("evaluation-form", id));
    }

    private Map<Long, String> unitNames() {
        return organisation.listUnits().stream().collect(Collectors.toMap(UnitRecord::id, UnitRecord::name));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(tenants.currentProfile().timeZone().zone()));
    }
}
