package id.baku.ratification;

import id.baku.design.SopVersions;
import id.baku.design.VersionState;
import id.baku.design.VersionStatus;
import id.baku.ratification.domain.SopSignature;
import id.baku.ratification.domain.SopSignatureRepository;
import id.baku.ratification.domain.SopTransition;
import id.baku.ratification.domain.SopTransitionRepository;
import id.baku.security.AppRole;
import id.baku.security.AppRoles;
import id.baku.security.BakuPrincipal;
import id.baku.security.CurrentUser;
import id.baku.shared.Checks;
import id.baku.shared.InvalidInputException;
import id.baku.shared.audit.Audited;
import id.baku.tenant.HeldPosition;
import id.baku.tenant.OrganisationService;
import id.baku.tenant.PositionRecord;
import id.baku.tenant.TenantContext;
import id.baku.tenant.TenantService;
import id.baku.tenant.UserRecord;
import id.baku.tenant.UserService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The way of an SOP version from draft to a signed, numbered, effective SOP (Permenpan RB
 * 35/2012): submit → review by each reviewer of the unit in turn (approve, or return with a note)
 * → ratify by the signer, who confirms with their password → effective from Tanggal Efektif. The
 * author of a version can neither review nor ratify it. Every step is recorded, in the version's history
 * and in the pemda's audit trail.
 */
@Service
public class RatificationService {

    static final String SYSTEM = "baku";

    private final SopVersions versions;
    private final ApprovalRoutes routes;
    private final SopNumbers numbers;
    private final SopTransitionRepository transitions;
    private final SopSignatureRepository signatures;
    private final OrganisationService organisation;
    private final UserService users;
    private final TenantService tenants;
    private final SignatureMethod signing;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    RatificationService(SopVersions versions, ApprovalRoutes routes, SopNumbers numbers,
                        SopTransitionRepository transitions, SopSignatureRepository signatures,
                        OrganisationService organisation, UserService users, TenantService tenants,
                        SignatureMethod signing, org.springframework.context.ApplicationEventPublisher events,
                        Clock clock) {
        this.events = events;
        this.versions = versions;
        this.routes = routes;
        this.numbers = numbers;
        this.transitions = transitions;
        this.signatures = signatures;
        this.organisation = organisation;
        this.users = users;
        this.tenants = tenants;
        this.signing = signing;
        this.clock = clock;
    }

    /** Where a version stands and what the signed-in user may do with it. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public RatificationState state(long versionId) {
        return state(versions.state(versionId), me(), positionNames());
    }

    /** The state of a loaded version for a user; lists pass the user and the position names once. */
    private RatificationState state(VersionState v, Me me, Map<Long, String> positionNames) {
        ApprovalRoute route = routes.of(v.unitId());
        List<Transition> history = history(v.versionId());
        List<String> approvers = approversOfThisRound(history);
        int stage = v.status() == VersionStatus.SUBMITTED ? approvers.size() + 1 : 0;
        List<RatificationState.ReviewerStep> reviewers = new ArrayList<>();
        for (int i = 0; i < route.reviewerPositionIds().size(); i++) {
            reviewers.add(new RatificationState.ReviewerStep(positionNames.get(route.reviewerPositionIds().get(i)),
                    i < approvers.size() ? approvers.get(i) : null));
        }
        boolean author = v.authors().contains(me.username);
        boolean mayReview = v.status() == VersionStatus.SUBMITTED && !author && stage <= route.reviewerPositionIds().size()
                && me.holds(route.reviewerPositionIds().get(stage - 1));
        boolean signer = me.hasRole(AppRole.SIGNER) && route.signerPositionId() != null && me.holds(route.signerPositionId());
        boolean designer = me.hasRole(AppRole.SOP_AUTHOR) || me.hasRole(AppRole.TENANT_ADMIN);
        boolean effective = v.status() == VersionStatus.EFFECTIVE;
        return new RatificationState(v.versionId(), v.status(), reviewers, stage,
                route.signerPositionId() == null ? null : positionNames.get(route.signerPositionId()),
                signature(v.versionId()).orElse(null), history,
                v.status() == VersionStatus.DRAFT && designer && v.problems() == 0,
                mayReview, v.status() == VersionStatus.REVIEWED && !author && signer,
                effective && designer, effective && (me.hasRole(AppRole.TENANT_ADMIN) || signer), v.problems());
    }

    /** The state of a version whose reviewer's turn it is, for the signed-in user; refused otherwise. */
    private RatificationState reviewing(long versionId) {
        RatificationState s = state(versionId);
        if (!s.mayReview()) {
            throw new InvalidInputException("ratification.error.not-your-turn");
        }
        return s;
    }

    /** The author hands a complete draft in for review. */
    @PreAuthorize("hasAnyRole('SOP_AUTHOR','TENANT_ADMIN')")
    @Transactional
    public RatificationState submit(long versionId, int expectedVersion) {
        VersionState v = versions.state(versionId);
        if (v.status() != VersionStatus.DRAFT) {
            throw new InvalidInputException("ratification.error.status-changed");
        }
        if (v.problems() > 0) {
            throw new InvalidInputException("ratification.error.has-problems", v.problems());
        }
        ApprovalRoute route = routes.of(v.unitId());
        if (route.signerPositionId() == null) {
            throw new InvalidInputException("ratification.error.no-signer");
        }
        versions.move(versionId, expectedVersion, VersionStatus.DRAFT, VersionStatus.SUBMITTED);
        record(v, VersionStatus.DRAFT, VersionStatus.SUBMITTED, null, null);
        if (route.reviewerPositionIds().isEmpty()) {
            VersionState submitted = versions.state(versionId);
            versions.move(versionId, submitted.version(), VersionStatus.SUBMITTED, VersionStatus.REVIEWED);
            record(v, VersionStatus.SUBMITTED, VersionStatus.REVIEWED, null, null);
        }
        return state(versionId);
    }

    /** The reviewer whose turn it is gives their paraf; after the last reviewer the signer's turn comes. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional
    public RatificationState approve(long versionId, int expectedVersion, String note) {
        RatificationState s = reviewing(versionId);
        VersionState v = versions.state(versionId);
        String cleanNote = Checks.optional("note", note, 2000);
        if (s.stage() == s.reviewers().size()) {
            versions.move(versionId, expectedVersion, VersionStatus.SUBMITTED, VersionStatus.REVIEWED);
            record(v, VersionStatus.SUBMITTED, VersionStatus.REVIEWED, s.stage(), cleanNote);
        } else {
            Checks.sameVersion(expectedVersion, v.version());
            record(v, VersionStatus.SUBMITTED, VersionStatus.SUBMITTED, s.stage(), cleanNote);
        }
        return state(versionId);
    }

    /** The reviewer whose turn it is returns the draft to its author with a note saying what to fix. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional
    public RatificationState returnToAuthor(long versionId, int expectedVersion, String note) {
        RatificationState s = reviewing(versionId);
        String cleanNote = Checks.required("note", note, 2000);
        VersionState v = versions.state(versionId);
        versions.move(versionId, expectedVersion, VersionStatus.SUBMITTED, VersionStatus.DRAFT);
        record(v, VersionStatus.SUBMITTED, VersionStatus.DRAFT, s.stage(), cleanNote);
        return state(versionId);
    }

    /**
     * The signer ratifies: confirms with their password, the version gets its Nomor SOP (kept when
     * it already has one of its own, else the next of the pemda's pattern) and Tanggal Efektif
     * (the one written, or today), the signature records the hash of the content, and the version
     * in force until now is superseded once this one is effective.
     */
    @PreAuthorize("hasRole('SIGNER')")
    @Transactional
    public RatificationState ratify(long versionId, int expectedVersion, String password) {
        RatificationState s = state(versionId);
        if (!s.mayRatify()) {
            throw new InvalidInputException("ratification.error.not-signer");
        }
        VersionState v = versions.state(versionId);
        LocalDate today = LocalDate.now(clock.withZone(tenants.currentProfile().timeZone().zone()));
        LocalDate effectiveOn = v.effectiveOn() != null && !v.effectiveOn().isBefore(today) ? v.effectiveOn() : today;
        String number = v.number() != null && !versions.numberTaken(v.number(), v.sopId()) ? v.number()
                : numbers.allocate(tenants.currentProfile().sopNumberPattern(), today,
                n -> versions.numberTaken(n, v.sopId()));
        Me me = me();
        String hash = versions.ratify(versionId, expectedVersion, number, effectiveOn, me.username);
        // The signer signs the final content (with its number); refused, the whole step rolls back.
        String evidence = signing.sign(password, hash);
        record(v, VersionStatus.REVIEWED, VersionStatus.RATIFIED, null, null, Map.of("number", number,
                "effectiveOn", effectiveOn.toString(), "contentSha256", hash, "signatureMethod", signing.code()));
        UserRecord signer = me.user;
        signatures.save(new SopSignature(versionId, me.username, signer == null ? me.username : signer.fullName(),
                signer == null ? null : signer.nip(), s.signer(), clock.instant(), hash, signing.code(), evidence));
        if (!effectiveOn.isAfter(today)) {
            takeEffect(versions.state(versionId));
        }
        return state(versionId);
    }

    /** "Revisi": a new draft copying the version in force, which stays in force until the revision is ratified. */
    @PreAuthorize("hasAnyRole('SOP_AUTHOR','TENANT_ADMIN')")
    @Transactional
    public long revise(long sopId) {
        String author = me().username;
        long revisionId = versions.revise(sopId, author);
        VersionState revision = versions.state(revisionId);
        audit("sop.revised", author, revision, Map.of("revision", String.valueOf(revision.revision())));
        return revisionId;
    }

    /** Dicabut: an SOP in force is withdrawn, with the reason. */
    @PreAuthorize("hasAnyRole('SIGNER','TENANT_ADMIN')")
    @Transactional
    public RatificationState retire(long versionId, int expectedVersion, String note) {
        RatificationState s = state(versionId);
        if (!s.mayRetire()) {
            throw new InvalidInputException("ratification.error.status-changed");
        }
        String reason = Checks.required("note", note, 2000);
        VersionState v = versions.state(versionId);
        versions.move(versionId, expectedVersion, VersionStatus.EFFECTIVE, VersionStatus.RETIRED);
        record(v, VersionStatus.EFFECTIVE, VersionStatus.RETIRED, null, reason);
        return state(versionId);
    }

    /** What waits for the signed-in user: reviews, signatures and drafts returned to them. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Task> myTasks() {
        Me me = me();
        Map<Long, String> positionNames = positionNames();
        List<Task> tasks = new ArrayList<>();
        for (VersionStatus status : List.of(VersionStatus.SUBMITTED, VersionStatus.REVIEWED)) {
            for (VersionState v : versions.inStatus(status)) {
                RatificationState s = state(v, me, positionNames);
                if (s.mayReview() || s.mayRatify()) {
                    tasks.add(new Task(s.mayReview() ? Task.Kind.REVIEW : Task.Kind.SIGN, v.sopId(), v.versionId(),
                            v.title(), v.number(), s.transitions().isEmpty() ? clock.instant() : s.transitions().getLast().at(),
                            null));
                }
            }
        }
        for (VersionState v : versions.inStatus(VersionStatus.DRAFT)) {
            if (!v.authors().contains(me.username)) {
                continue;
            }
            List<Transition> history = history(v.versionId());
            if (!history.isEmpty() && history.getLast().to() == VersionStatus.DRAFT) {
                Transition returned = history.getLast();
                tasks.add(new Task(Task.Kind.RETURNED, v.sopId(), v.versionId(), v.title(), v.number(), returned.at(),
                        returned.note()));
            }
        }
        if (me.hasRole(AppRole.TENANT_ADMIN) || me.hasRole(AppRole.SOP_AUTHOR)) {
            java.time.ZoneId zone = tenants.currentProfile().timeZone().zone();
            reviewsDue().stream().filter(ReviewDue::overdue).forEach(r -> tasks.add(new Task(Task.Kind.PERIODIC_REVIEW,
                    r.sopId(), r.versionId(), r.title(), r.number(), r.dueOn().atStartOfDay(zone).toInstant(), null)));
        }
        tasks.sort(Comparator.comparing(Task::since));
        return tasks;
    }

    /** A unit's route: its own, or the one read from the organisation. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public RouteRecord route(long unitId) {
        organisation.findUnit(unitId).orElseThrow(() -> new InvalidInputException("unit", "sop.error.unknown-unit"));
        ApprovalRoute route = routes.of(unitId);
        return new RouteRecord(unitId, route.reviewerPositionIds(), route.signerPositionId(), routes.isConfigured(unitId));
    }

    /** Every unit's route, by unit id. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Map<Long, RouteRecord> routes() {
        Set<Long> own = new java.util.HashSet<>(routes.configuredUnits());
        return routes.ofAll().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> new RouteRecord(
                e.getKey(), e.getValue().reviewerPositionIds(), e.getValue().signerPositionId(), own.contains(e.getKey()))));
    }

    /**
     * Sets a unit's own route (reviewers in order, a signer, all positions of the pemda, nobody
     * twice), or with {@code reviewers} and {@code signer} both null goes back to the organisation's.
     */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional
    public RouteRecord configureRoute(long unitId, List<Long> reviewers, Long signer) {
        organisation.findUnit(unitId).orElseThrow(() -> new InvalidInputException("unit", "sop.error.unknown-unit"));
        if (reviewers == null && signer == null) {
            routes.configure(unitId, null);
            return route(unitId);
        }
        Set<Long> known = positionNames().keySet();
        if (signer == null) {
            throw new InvalidInputException("signer", "validation.required");
        }
        if (!known.contains(signer) || !known.containsAll(reviewers)) {
            throw new InvalidInputException("reviewers", "sop.error.unknown-position");
        }
        if (reviewers.stream().distinct().count() != reviewers.size() || reviewers.contains(signer)) {
            throw new InvalidInputException("reviewers", "ratification.error.route-twice");
        }
        if (reviewers.size() > 10) {
            throw new InvalidInputException("reviewers", "ratification.error.route-long", 10);
        }
        routes.configure(unitId, new ApprovalRoute(reviewers, signer));
        return route(unitId);
    }

    /** Every SOP in force with the date its periodic review is due, the most overdue first. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ReviewDue> reviewsDue() {
        var profile = tenants.currentProfile();
        LocalDate today = LocalDate.now(clock.withZone(profile.timeZone().zone()));
        return versions.inStatus(VersionStatus.EFFECTIVE).stream()
                .filter(v -> v.effectiveOn() != null || v.createdOn() != null).map(v -> {
                    LocalDate since = v.effectiveOn() != null ? v.effectiveOn() : v.createdOn();
                    LocalDate due = since.plusMonths(profile.reviewPeriodMonths());
                    return new ReviewDue(v.sopId(), v.versionId(), v.title(), v.number(), since, due, !due.isAfter(today));
                }).sorted(Comparator.comparing(ReviewDue::dueOn)).toList();
    }

    /** The history of one version, oldest first. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Transition> history(long versionId) {
        return transitions.findBySopVersionIdOrderByAtAscIdAsc(versionId).stream().map(t -> new Transition(
                t.getSopVersionId(), t.getFromStatus(), t.getToStatus(), t.getReviewStage(), t.getActor(),
                t.getActorName(), t.getAt(), t.getNote())).toList();
    }

    /**
     * The public facts of a version for the verification page of a printed sheet, which anyone may
     * open without signing in; the caller binds the pemda the printed code belongs to.
     */
    @Transactional(readOnly = true)
    public PublicVersion publicVersion(long versionId) {
        VersionState v = versions.state(versionId);
        PublicVersion.Successor successor = versions.effective(v.sopId())
                .filter(e -> e.versionId() != versionId)
                .map(e -> new PublicVersion.Successor(e.versionId(), e.revision(), e.number(), e.effectiveOn()))
                .orElse(null);
        java.time.Instant retiredAt = v.status() != VersionStatus.RETIRED ? null
                : transitions.findBySopVersionIdOrderByAtAscIdAsc(versionId).stream()
                .filter(t -> t.getToStatus() == VersionStatus.RETIRED).map(SopTransition::getAt)
                .reduce((first, second) -> second).orElse(null);
        return new PublicVersion(v.versionId(), v.sopId(), v.revision(), v.status(), v.number(), v.title(),
                v.effectiveOn(), signature(versionId).orElse(null), successor, retiredAt);
    }

    private java.util.Optional<Signature> signature(long versionId) {
        return signatures.findBySopVersionId(versionId).map(s -> new Signature(s.getSigner(), s.getSignerName(),
                s.getSignerNip(), s.getPositionTitle(), s.getSignedAt(), s.getContentSha256(), s.getMethod(),
                s.getContentSha256().equals(versions.contentHash(versionId))));
    }

    /**
     * Brings into force the pemda's ratified versions whose Tanggal Efektif has come ({@code today}
     * in the pemda's time zone). Runs for each pemda from {@link EffectiveDateJob}, bound to it and
     * with no user signed in; running twice changes nothing.
     */
    @Transactional
    public int activateDue(LocalDate today) {
        int activated = 0;
        for (VersionState v : versions.inStatus(VersionStatus.RATIFIED)) {
            if (v.effectiveOn() != null && !v.effectiveOn().isAfter(today)) {
                takeEffect(v);
                activated++;
            }
        }
        return activated;
    }

    /** The ratified version comes into force; the one in force until now is superseded. */
    private void takeEffect(VersionState ratified) {
        versions.effective(ratified.sopId()).ifPresent(previous -> {
            versions.move(previous.versionId(), previous.version(), VersionStatus.EFFECTIVE, VersionStatus.SUPERSEDED);
            record(previous, VersionStatus.EFFECTIVE, VersionStatus.SUPERSEDED, null, null);
        });
        versions.move(ratified.versionId(), ratified.version(), VersionStatus.RATIFIED, VersionStatus.EFFECTIVE);
        record(ratified, VersionStatus.RATIFIED, VersionStatus.EFFECTIVE, null, null);
    }

    /** Who gave their paraf since the version was last submitted; the next reviewer is one after them. */
    private static List<String> approversOfThisRound(List<Transition> history) {
        List<String> approvers = new ArrayList<>();
        for (Transition t : history) {
            if (t.from() == VersionStatus.DRAFT && t.to() == VersionStatus.SUBMITTED) {
                approvers.clear();
            } else if (t.from() == VersionStatus.SUBMITTED && t.reviewStage() != null
                    && (t.to() == VersionStatus.SUBMITTED || t.to() == VersionStatus.REVIEWED)) {
                approvers.add(t.actorName() == null ? t.actor() : t.actorName());
            }
        }
        return approvers;
    }

    private void record(VersionState v, VersionStatus from, VersionStatus to, Integer stage, String note) {
        record(v, from, to, stage, note, Map.of());
    }

    /**
     * Records a step in the version's history and the pemda's audit trail, with {@code facts} such
     * as the signed content's hash; one taken by the effective-date job carries the actor {@value #SYSTEM}.
     */
    private void record(VersionState v, VersionStatus from, VersionStatus to, Integer stage, String note,
                        Map<String, String> facts) {
        String actor = SYSTEM;
        String name = null;
        if (CurrentUser.get().isPresent()) {
            Me me = me();
            actor = me.username;
            name = me.user == null ? null : me.user.fullName();
        }
        Instant at = clock.instant();
        transitions.save(new SopTransition(v.sopId(), v.versionId(), from, to, stage, actor, name, at, note));
        Map<String, String> details = new HashMap<>(facts);
        details.put("from", from.code());
        details.put("to", to.code());
        if (stage != null) {
            details.put("stage", String.valueOf(stage));
        }
        if (note != null) {
            details.put("note", note);
        }
        audit(action(from, to, stage), actor, at, v, details);
        // The next reviewer's turn after a paraf; the first reviewer's on submission.
        int nextStage = to == VersionStatus.SUBMITTED ? (stage == null ? 1 : stage + 1) : 0;
        events.publishEvent(new LifecycleStep(v.sopId(), v.versionId(), v.title(), v.unitId(), to, nextStage,
                v.authors(), note));
    }

    /** The audit action of a step: an approval is a paraf, whether or not the last reviewer gave it. */
    private static String action(VersionStatus from, VersionStatus to, Integer stage) {
        return switch (to) {
            case SUBMITTED -> from == VersionStatus.DRAFT ? "sop.submitted" : "sop.approved";
            case REVIEWED -> stage == null ? "sop.reviewed" : "sop.approved";
            case DRAFT -> "sop.returned";
            case RATIFIED -> "sop.ratified";
            case EFFECTIVE -> "sop.effective";
            case SUPERSEDED -> "sop.superseded";
            case RETIRED -> "sop.retired";
        };
    }

    private void audit(String action, String actor, VersionState v, Map<String, String> facts) {
        audit(action, actor, clock.instant(), v, facts);
    }

    /** Into the pemda's audit trail, in this transaction; the version's SOP, Nama SOP and Nomor SOP go with every event. */
    private void audit(String action, String actor, Instant at, VersionState v, Map<String, String> facts) {
        Map<String, String> details = new HashMap<>(facts);
        details.put("sop", String.valueOf(v.sopId()));
        if (v.title() != null && !v.title().isBlank()) {
            details.put("title", v.title());
        }
        if (v.number() != null) {
            details.putIfAbsent("number", v.number());
        }
        events.publishEvent(new Audited(TenantContext.requireTenantId(), at, actor, action,
                "sop-version:" + v.versionId(), details));
    }

    private Map<Long, String> positionNames() {
        return organisation.listPositions().stream().collect(Collectors.toMap(PositionRecord::id, PositionRecord::name,
                (a, b) -> a));
    }

    private Me me() {
        BakuPrincipal principal = CurrentUser.require();
        UserRecord user = users.currentUser().orElse(null);
        Set<Long> held = user == null ? Set.of() : user.positions().stream().map(HeldPosition::positionId)
                .collect(Collectors.toSet());
        return new Me(principal.getUsername(), principal.roles(), held, user);
    }

    /** The signed-in user: their roles and the positions they hold, definitive or Plt. */
    private record Me(String username, Set<AppRole> roles, Set<Long> positions, UserRecord user) {
        boolean holds(long positionId) {
            return positions.contains(positionId);
        }

        boolean hasRole(AppRole role) {
            return roles.contains(role);
        }
    }
}
