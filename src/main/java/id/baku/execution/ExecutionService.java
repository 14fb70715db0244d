package id.baku.execution;

import id.baku.design.Executor;
import id.baku.design.SopContent;
import id.baku.design.SopService;
import id.baku.design.SopVersionRecord;
import id.baku.design.Step;
import id.baku.design.VersionStatus;
import id.baku.design.VersionSummary;
import id.baku.execution.domain.CompletedRow;
import id.baku.execution.domain.ExecutorMapping;
import id.baku.execution.domain.ExecutionSettings;
import id.baku.execution.domain.ExecutionSettingsRepository;
import id.baku.execution.domain.ExecutorMappingRepository;
import id.baku.execution.domain.SopRun;
import id.baku.execution.domain.SopRunRepository;
import id.baku.execution.domain.StepAttachment;
import id.baku.execution.domain.StepAttachmentRepository;
import id.baku.execution.domain.StepExecution;
import id.baku.execution.domain.StepExecutionRepository;
import id.baku.security.AppRole;
import id.baku.security.AppRoles;
import id.baku.shared.Checks;
import id.baku.shared.InvalidInputException;
import id.baku.shared.NotFoundException;
import id.baku.shared.audit.Audited;
import id.baku.shared.storage.AttachmentStorage;
import id.baku.shared.storage.AttachmentTypes;
import id.baku.tenant.HeldPosition;
import id.baku.tenant.OrganisationService;
import id.baku.tenant.PositionRecord;
import id.baku.tenant.TenantContext;
import id.baku.tenant.UnitRecord;
import id.baku.tenant.UserRecord;
import id.baku.tenant.UserService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs of effective SOPs: starting them, the steps waiting for each person, taking and completing
 * steps (Kelengkapan, Output, decisions that route the run), reassignment by a supervisor, and the
 * overdue flag. Every change publishes an {@link Audited} event in its transaction.
 */
@Service
public class ExecutionService {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int TITLE_MAX = 300;
    private static final int REFERENCE_MAX = 200;
    private static final int TEXT_MAX = 4000;
    private static final int DEFAULT_MAX_ATTACHMENT_MB = 25;
    /** Rows per page of an export: large enough for few queries, small enough to keep memory flat. */
    private static final int PAGE = 2000;

    private final SopRunRepository runs;
    private final StepExecutionRepository executions;
    private final StepAttachmentRepository attachments;
    private final ExecutorMappingRepository mappings;
    private final ExecutionSettingsRepository settings;
    private final AttachmentStorage storage;
    private final SopService sops;
    private final UserService users;
    private final OrganisationService organisation;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExecutionService(SopRunRepository runs, StepExecutionRepository executions, StepAttachmentRepository attachments,
                     ExecutorMappingRepository mappings, ExecutionSettingsRepository settings,
                     AttachmentStorage storage, SopService sops, UserService users,
                     OrganisationService organisation, ApplicationEventPublisher events, Clock clock) {
        this.settings = settings;
        this.storage = storage;
        this.runs = runs;
        this.executions = executions;
        this.attachments = attachments;
        this.mappings = mappings;
        this.sops = sops;
        this.users = users;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts a run of the SOP's effective version. The starter holds the first step's jabatan
     * (definitive or Plt.) or is a tenant admin; every Pelaksana of the SOP must be a jabatan or mapped to one.
     */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional
    public RunRecord start(long sopId, String title, String reference) {
        String cleanTitle = Checks.required("title", title, TITLE_MAX);
        String cleanReference = Checks.optional("reference", reference, REFERENCE_MAX);
        SopVersionRecord version = effective(sopId);
        SopContent content = version.content();
        if (content.steps().isEmpty()) {
            throw new InvalidInputException("execution.error.no-steps");
        }
        Map<Integer, Set<Long>> positions = positionsByColumn(sopId, content, true);
        Me me = me();
        Step first = content.steps().getFirst();
        if (!me.admin() && !me.holdsAny(positions.get(first.executor()))) {
            throw new InvalidInputException(null, "execution.error.not-first-executor",
                    content.executors().get(first.executor() - 1).label());
        }
        Instant now = clock.instant();
        SopRun run = runs.saveAndFlush(new SopRun(sopId, version.versionId(), version.unitId(), cleanTitle,
                cleanReference, me.username(), now));
        StepExecution firstReady = readyStep(run, content, 1, now);
        // The same lock order as complete(): the kept figures, then the pemda's audit chain head, last and
        // held only for the audit inserts and the commit. Opposite orders deadlocked with a run's last step
        // completed at the same moment.
        events.publishEvent(new RunStarted(TenantContext.requireTenantId(), run.getId(), sopId, version.unitId(), now));
        audit(now, me.username(), "run.started", "run:" + run.getId(), Map.of("sop", String.valueOf(sopId),
                "version", String.valueOf(version.versionId()), "title", cleanTitle,
                "reference", cleanReference == null ? "" : cleanReference));
        auditReady(firstReady, me.username());
        return record(run, content, executions.findByRunIdOrderByIdAsc(run.getId()), names(List.of(me.username())));
    }

    /** The SOPs in force that a run can be started of, by title. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<StartableSop> startable() {
        Map<Long, VersionSummary> inForce = sops.inForce();
        List<StartableSop> found = new ArrayList<>();
        for (var sop : sops.list(id.baku.design.SopQuery.all())) {
            VersionSummary v = inForce.get(sop.sopId());
            if (v != null) {
                found.add(new StartableSop(sop.sopId(), v.number(), v.title(), sop.unitName()));
            }
        }
        return found;
    }

    /** Open steps for me, overdue ones first, then by due time. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Task> myTasks() {
        Me me = me();
        Instant now = clock.instant();
        List<StepExecution> open = executions.findByStatusIn(EnumSet.of(StepStatus.OPEN, StepStatus.TAKEN));
        Map<Long, SopRun> byId = runs.findByIdIn(open.stream().map(StepExecution::getRunId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(SopRun::getId, r -> r));
        Map<Long, SopContent> contents = new HashMap<>();
        Map<Long, Map<Integer, Set<Long>>> positions = new HashMap<>();
        List<Task> tasks = new ArrayList<>();
        for (StepExecution e : open) {
            SopRun run = byId.get(e.getRunId());
            if (run == null || run.getStatus() != RunStatus.RUNNING) {
                continue;
            }
            SopContent content = contents.computeIfAbsent(run.getSopVersionId(), this::content);
            Set<Long> wanted = positions.computeIfAbsent(run.getSopId(), id -> positionsByColumn(id, content))
                    .getOrDefault(e.getExecutorColumn(), Set.of());
            if (!mayWork(me, e, wanted)) {
                continue;
            }
            Step step = content.steps().get(e.getStep() - 1);
            tasks.add(new Task(e.getId(), run.getId(), run.getTitle(), content.title(), e.getStep(), step.activity(),
                    label(content, e.getExecutorColumn()), e.getStatus(), e.getTakenBy(), e.getReadyAt(), e.getDueAt(),
                    now.isAfter(e.getDueAt()), e.getVersion()));
        }
        tasks.sort(Comparator.comparing(Task::overdue).reversed().thenComparing(Task::dueAt));
        Map<String, String> names = names(tasks.stream().map(Task::takenBy).toList());
        return tasks.stream().map(t -> t.takenBy() == null ? t : new Task(t.stepExecutionId(), t.runId(), t.runTitle(),
                t.sopTitle(), t.step(), t.activity(), t.executorLabel(), t.status(), display(names, t.takenBy()),
                t.readyAt(), t.dueAt(), t.overdue(), t.version())).toList();
    }

    /** Runs I started or worked a step of, newest first; every run of the pemda for a tenant admin or auditor. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<RunRecord> myRuns() {
        Me me = me();
        List<SopRun> mine;
        if (me.admin() || me.roles().contains(AppRole.AUDITOR)) {
            mine = runs.findAllByOrderByStartedAtDesc();
        } else {
            Set<Long> ids = new HashSet<>(executions.runsWorkedOnBy(me.username()));
            runs.findByStartedByOrderByStartedAtDesc(me.username()).forEach(r -> ids.add(r.getId()));
            mine = runs.findByIdIn(ids).stream().sorted(Comparator.comparing(SopRun::getStartedAt).reversed()).toList();
        }
        return records(mine);
    }

    /**
     * The runs behind a compliance figure: those in which a step of an SOP was completed in a period,
     * optionally only where it had a given deviation. For the people who watch compliance.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN','REVIEWER','SIGNER','AUDITOR')")
    @Transactional(readOnly = true)
    public List<RunRecord> runsWithStep(long sopId, int step, Instant from, Instant to, Deviation deviation) {
        List<Long> ids = executions.runsWithStep(sopId, step, from, to, deviation == null ? null : deviation.name());
        List<SopRun> found = runs.findByIdIn(ids).stream().sorted(Comparator.comparing(SopRun::getStartedAt).reversed())
                .toList();
        return records(found);
    }

    /**
     * The first {@code limit} runs started in a period, of one SOP or all and of some units or all, oldest
     * first: a compliance report's rows.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN','REVIEWER','SIGNER','AUDITOR')")
    @Transactional(readOnly = true)
    public List<RunRecord> runsStarted(Long sopId, Set<Long> unitIds, Instant from, Instant to, int limit) {
        return records(runs.startedBetween(from, to, sopId, unitIds == null, inList(unitIds),
                org.springframework.data.domain.PageRequest.of(0, limit)));
    }

    /**
     * The completed step executions of a period, of one SOP or all and of some units or all, oldest
     * first: the rows behind the compliance figures, for export. They are read a page at a time and
     * handed to {@code each}, all in one read-only transaction (one consistent snapshot), so that a
     * year of a large pemda never sits in memory at once.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN','REVIEWER','SIGNER','AUDITOR')")
    @Transactional(readOnly = true)
    public void completedSteps(Long sopId, Set<Long> unitIds, Instant from, Instant to, Consumer<CompletedStep> each) {
        Map<Long, SopContent> contents = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Collection<Long> units = inList(unitIds);
        Instant afterAt = from;
        long afterId = 0;
        while (true) {
            List<CompletedRow> page = executions.completedPage(afterAt, afterId, to, sopId, unitIds == null, units,
                    Limit.of(PAGE));
            // Names of people not met on an earlier page, in one query; unknown ones are kept as usernames.
            List<String> unseen = page.stream().map(CompletedRow::completedBy)
                    .filter(u -> u != null && !names.containsKey(u)).distinct().toList();
            names.putAll(names(unseen));
            unseen.forEach(u -> names.putIfAbsent(u, u));
            for (CompletedRow e : page) {
                SopContent content = contents.computeIfAbsent(e.sopVersionId(), this::content);
                Set<Deviation> deviations = e.deviations() == null || e.deviations().isBlank() ? Set.of()
                        : Arrays.stream(e.deviations().split(",")).map(Deviation::valueOf).collect(Collectors.toSet());
                each.accept(new CompletedStep(e.runId(), e.runTitle(), e.sopId(), content.number(), content.title(),
                        e.step(), e.attempt(), content.steps().get(e.step() - 1).activity(),
                        label(content, e.executorColumn()), display(names, e.completedBy()), e.readyAt(), e.completedAt(),
                        StepRules.minutes(e.readyAt(), e.completedAt()), e.standardMinutes(), deviations));
            }
            if (page.size() < PAGE) {
                return;
            }
            afterAt = page.getLast().completedAt();
            afterId = page.getLast().id();
        }
    }

    /** A unit filter for an IN clause: never empty, which not every database accepts (null means any unit). */
    private static Collection<Long> inList(Set<Long> unitIds) {
        return unitIds == null || unitIds.isEmpty() ? List.of(-1L) : unitIds;
    }

    /**
     * Runs as listed, with their SOP's content read once per version, the starters' names in one query
     * and the step executions a thousand runs per query.
     */
    private List<RunRecord> records(List<SopRun> list) {
        Map<Long, SopContent> contents = new HashMap<>();
        Map<String, String> names = names(list.stream().map(SopRun::getStartedBy).toList());
        Map<Long, List<StepExecution>> steps = new HashMap<>();
        List<Long> ids = list.stream().map(SopRun::getId).toList();
        for (int i = 0; i < ids.size(); i += 1000) {
            executions.findByRunIdInOrderByIdAsc(ids.subList(i, Math.min(ids.size(), i + 1000)))
                    .forEach(e -> steps.computeIfAbsent(e.getRunId(), k -> new ArrayList<>()).add(e));
        }
        return list.stream().map(r -> record(r, contents.computeIfAbsent(r.getSopVersionId(), this::content),
                steps.getOrDefault(r.getId(), List.of()), names)).toList();
    }

    /** A run with every step execution; for anyone of the pemda who can sign in (runs are not secret inside it). */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public RunDetail run(long runId) {
        SopRun run = runs.findById(runId).orElseThrow(() -> new NotFoundException("run", runId));
        SopContent content = content(run.getSopVersionId());
        List<StepExecution> all = executions.findByRunIdOrderByIdAsc(runId);
        Map<Long, List<AttachmentRecord>> files = attachments.findByStepExecutionIdIn(
                        all.stream().map(StepExecution::getId).toList()).stream()
                .collect(Collectors.groupingBy(StepAttachment::getStepExecutionId, LinkedHashMap::new,
                        Collectors.mapping(ExecutionService::attachment, Collectors.toList())));
        Set<String> usernames = new HashSet<>();
        all.forEach(e -> {
            usernames.add(e.getTakenBy());
            usernames.add(e.getCompletedBy());
            usernames.add(e.getAssignedTo());
        });
        usernames.add(run.getStartedBy());
        Map<String, String> names = names(usernames);
        Instant now = clock.instant();
        Me me = me();
        Map<Integer, Set<Long>> positions = positionsByColumn(run.getSopId(), content);
        List<StepRecord> steps = all.stream().map(e -> step(e, content, files.getOrDefault(e.getId(), List.of()), names, now,
                        run.getStatus() == RunStatus.RUNNING && e.getStatus() != StepStatus.DONE
                                && mayWork(me, e, positions.getOrDefault(e.getExecutorColumn(), Set.of()))))
                .toList();
        return new RunDetail(record(run, content, all, names), content, steps,
                all.stream().map(StepExecution::getStep).toList(), maySupervise(me, run));
    }

    /** Takes an open step, so that colleagues holding the same jabatan see who is on it. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional
    public StepRecord take(long stepExecutionId, int expectedVersion) {
        Me me = me();
        StepExecution e = workable(stepExecutionId, me);
        if (e.getStatus() != StepStatus.OPEN) {
            throw alreadyTaken(e);
        }
        Checks.sameVersion(expectedVersion, e.getVersion());
        Instant now = clock.instant();
        e.take(me.username(), now);
        flush(e);
        audit(now, me.username(), "step.taken", "step-execution:" + e.getId(), Map.of("run", String.valueOf(e.getRunId()),
                "step", String.valueOf(e.getStep())));
        return stepRecord(e);
    }

    /**
     * Completes a step: checks what the step asks for, records it with its deviations, and makes the next
     * step ready (the decision's outcome picks it) or ends the run. A second completion of the same step —
     * a colleague at the same moment, or the same form sent twice — is refused and changes nothing.
     */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional
    public StepRecord complete(long stepExecutionId, int expectedVersion, Completion completion) {
        Me me = me();
        Work work = work(stepExecutionId, me);
        StepExecution e = work.step();
        if (e.getStatus() == StepStatus.DONE) {
            throw alreadyDone(e);
        }
        if (e.getStatus() == StepStatus.TAKEN && !me.username().equals(e.getTakenBy())) {
            throw alreadyTaken(e);
        }
        if (e.getVersion() != expectedVersion) {
            throw new InvalidInputException("error.concurrent-change");
        }
        SopRun run = work.run();
        if (run.getStatus() != RunStatus.RUNNING) {
            throw new InvalidInputException("execution.error.run-closed");
        }
        SopContent content = work.content();
        Step step = content.steps().get(e.getStep() - 1);
        List<String> items = step.standard().requirements();
        if (completion.present().size() != items.size()) {
            throw new InvalidInputException("requirements", "execution.error.requirements", items.size());
        }
        if (step.isDecision() && completion.choice() == null) {
            throw new InvalidInputException("choice", "execution.error.choice");
        }
        String output = Checks.optional("output", completion.output(), TEXT_MAX);
        String note = Checks.optional("note", completion.note(), TEXT_MAX);
        Instant now = clock.instant();
        List<StepAttachment> files = attachments.findByStepExecutionId(e.getId());
        Set<Deviation> deviations = StepRules.deviations(step.standard(), e.getDueAt(), now, completion.present(),
                output, files.size());
        int next = StepRules.next(content, e.getStep(), step.isDecision() ? completion.choice() : null);
        List<RequirementCheck> checks = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            checks.add(new RequirementCheck(items.get(i), completion.present().get(i)));
        }
        String choice = step.isDecision() ? completion.choice().name() : null;
        e.complete(me.username(), now, choice, next == 0 ? null : next, JSON.writeValueAsString(checks), output, note,
                deviations.stream().map(Enum::name).collect(Collectors.joining(",")));
        flush(e);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("run", String.valueOf(run.getId()));
        details.put("step", String.valueOf(e.getStep()));
        details.put("attempt", String.valueOf(e.getAttempt()));
        details.put("minutes", String.valueOf(StepRules.minutes(e.getReadyAt(), now)));
        details.put("deviations", deviations.stream().map(Enum::name).collect(Collectors.joining(",")));
        if (choice != null) {
            details.put("choice", choice);
        }
        details.put("next", String.valueOf(next));
        Map<String, String> runDetails = null;
        StepExecution readied = null;
        boolean within = false;
        if (next == 0) {
            run.complete(now);
            runs.saveAndFlush(run);
            List<StepExecution> all = executions.findByRunIdOrderByIdAsc(run.getId());
            within = all.stream().allMatch(x -> x.getDeviations() == null || x.getDeviations().isBlank());
            runDetails = Map.of("steps", String.valueOf(all.size()));
        } else {
            readied = readyStep(run, content, next, now);
        }
        StepRecord record = stepRecord(e, content, files, me);
        // Rows every completion in the pemda shares come last, so they stay locked for as short a time as
        // possible: the kept figures of this SOP's step and month, then the pemda's audit chain head (in this
        // order, as when a run starts), both held until commit.
        long tenantId = TenantContext.requireTenantId();
        events.publishEvent(new StepCompleted(tenantId, run.getId(), run.getSopId(), run.getUnitId(), e.getStep(),
                e.getReadyAt(), now, e.getStandardMinutes(), deviations));
        if (next == 0) {
            events.publishEvent(new RunCompleted(tenantId, run.getId(), run.getSopId(), run.getUnitId(),
                    run.getStartedAt(), now, within));
        }
        audit(now, me.username(), "step.completed", "step-execution:" + e.getId(), details);
        if (readied != null) {
            auditReady(readied, me.username());
        } else {
            audit(now, me.username(), "run.completed", "run:" + run.getId(), runDetails);
        }
        return record;
    }

    /** A supervisor (head of the SOP's unit or a unit above it, or a tenant admin) gives an open step to one person. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional
    public StepRecord reassign(long stepExecutionId, int expectedVersion, String username) {
        Me me = me();
        StepExecution e = executions.findById(stepExecutionId)
                .orElseThrow(() -> new NotFoundException("step execution", stepExecutionId));
        SopRun run = runs.findById(e.getRunId()).orElseThrow();
        if (!maySupervise(me, run)) {
            throw new AccessDeniedException("not a supervisor of this run");
        }
        if (e.getStatus() == StepStatus.DONE) {
            throw alreadyDone(e);
        }
        Checks.sameVersion(expectedVersion, e.getVersion());
        UserRecord to = users.named(List.of(username == null ? "" : username)).stream().findFirst()
                .orElseThrow(() -> new InvalidInputException("assignee", "execution.error.no-such-user"));
        e.assign(to.username());
        flush(e);
        audit(clock.instant(), me.username(), "step.reassigned", "step-execution:" + e.getId(),
                Map.of("run", String.valueOf(run.getId()), "step", String.valueOf(e.getStep()), "to", to.username()));
        return stepRecord(e);
    }

    /** The people who may take a step: holders of its jabatan, and whoever it is assigned to. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<UserRecord> candidates(long stepExecutionId) {
        StepExecution e = executions.findById(stepExecutionId)
                .orElseThrow(() -> new NotFoundException("step execution", stepExecutionId));
        SopRun run = runs.findById(e.getRunId()).orElseThrow();
        Set<Long> wanted = positionsByColumn(run.getSopId(), content(run.getSopVersionId()))
                .getOrDefault(e.getExecutorColumn(), Set.of());
        Map<String, UserRecord> holders = new LinkedHashMap<>();
        for (long position : wanted) {
            users.holdersOf(position).forEach(u -> holders.putIfAbsent(u.username(), u));
        }
        return List.copyOf(holders.values());
    }

    /** The bound pemda's steps that passed their due time since the last look, for the overdue job. */
    @Transactional(readOnly = true)
    public List<Long> newlyOverdue() {
        TenantContext.requireTenantId();
        return executions.newlyOverdue(clock.instant()).stream().map(StepExecution::getId).toList();
    }

    /**
     * Flags one overdue step, once, with its audited event (no user is signed in there). One step per
     * transaction: the step's row is locked before the pemda's audit chain, as in a completion, so the job
     * and a colleague completing steps never wait on each other in opposite order.
     */
    @Transactional
    public boolean flagOverdue(long stepExecutionId) {
        Instant now = clock.instant();
        StepExecution e = executions.findById(stepExecutionId).orElse(null);
        if (e == null || e.getStatus() == StepStatus.DONE || e.getOverdueAt() != null || !e.getDueAt().isBefore(now)) {
            return false;
        }
        e.markOverdue(now);
        executions.saveAndFlush(e);
        audit(now, "baku", "step.overdue", "step-execution:" + e.getId(), Map.of("run", String.valueOf(e.getRunId()),
                "step", String.valueOf(e.getStep()), "due", e.getDueAt().toString()));
        return true;
    }

    /** The SOP's Pelaksana that are free labels, with the jabatan mapped to each. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Map<String, List<Long>> mappings(long sopId) {
        Map<String, List<Long>> mapped = new LinkedHashMap<>();
        SopContent content = effective(sopId).content();
        for (Executor executor : content.executors()) {
            if (executor.positionId() == null) {
                mapped.put(executor.label(), mappings.findBySopIdAndLabel(sopId, executor.label()).stream()
                        .map(ExecutorMapping::getPositionId).toList());
            }
        }
        return mapped;
    }

    /** The tenant admin says which jabatan run a free-label Pelaksana of an SOP. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional
    public void map(long sopId, String label, Collection<Long> positionIds) {
        SopContent content = effective(sopId).content();
        boolean known = content.executors().stream().anyMatch(e -> e.positionId() == null && e.label().equals(label));
        if (!known) {
            throw new InvalidInputException("execution.error.no-such-executor");
        }
        Set<Long> existing = organisation.listPositions().stream().map(PositionRecord::id).collect(Collectors.toSet());
        if (!existing.containsAll(positionIds)) {
            throw new InvalidInputException("execution.error.no-such-position");
        }
        mappings.deleteBySopIdAndLabel(sopId, label);
        mappings.flush();
        positionIds.stream().distinct().forEach(id -> mappings.save(new ExecutorMapping(sopId, label, id)));
        audit(clock.instant(), me().username(), "executor.mapped", "sop:" + sopId,
                Map.of("label", label, "positions", positionIds.stream().sorted().map(String::valueOf)
                        .collect(Collectors.joining(","))));
    }

    /**
     * Adds a file to a step's Output before it is completed: a photo, a video or a PDF, no larger than the
     * pemda's limit, whose content really is of that kind (the declared type is not trusted).
     */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional
    public AttachmentRecord addAttachment(long stepExecutionId, String fileName, String declaredType, InputStream content,
                                          long size) {
        Me me = me();
        StepExecution e = workable(stepExecutionId, me);
        if (e.getStatus() == StepStatus.DONE) {
            throw alreadyDone(e);
        }
        int limitMb = maxAttachmentMb();
        if (size <= 0 || size > limitMb * 1024L * 1024L) {
            throw new InvalidInputException(null, "execution.error.attachment-size", limitMb);
        }
        String name = Checks.required("fileName", fileName == null ? null : fileName.replaceAll("[\\p{Cntrl}/\\\\]", "_"), 255);
        InputStream in = content.markSupported() ? content : new BufferedInputStream(content);
        String type;
        try {
            type = AttachmentTypes.detect(in).orElseThrow(() -> new InvalidInputException(null,
                    "execution.error.attachment-type", name));
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
        if (!AttachmentTypes.agrees(declaredType, type)) {
            throw new InvalidInputException(null, "execution.error.attachment-type", name);
        }
        String key = TenantContext.requireTenantId() + "/" + e.getRunId() + "/" + UUID.randomUUID();
        storage.put(key, in, size, type);
        try {
            StepAttachment saved = attachments.saveAndFlush(new StepAttachment(e.getId(), key, name, type, size,
                    me.username(), clock.instant()));
            audit(saved.getUploadedAt(), me.username(), "attachment.added", "step-execution:" + e.getId(),
                    Map.of("run", String.valueOf(e.getRunId()), "file", name, "type", type, "bytes", String.valueOf(size)));
            return attachment(saved);
        } catch (RuntimeException failed) {
            storage.delete(key);
            throw failed;
        }
    }

    /** An attachment's bytes for download, with its detected type. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public AttachmentContent attachmentContent(long attachmentId) {
        StepAttachment a = attachments.findById(attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        return new AttachmentContent(a.getFileName(), a.getContentType(), a.getSizeBytes(),
                () -> storage.get(a.getStorageKey()));
    }

    /** The largest attachment the pemda accepts per file, in MB (25 unless the admin set another). */
    @Transactional(readOnly = true)
    public int maxAttachmentMb() {
        return settings.findFirstBy().map(ExecutionSettings::getMaxAttachmentMb).orElse(DEFAULT_MAX_ATTACHMENT_MB);
    }

    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional
    public void setMaxAttachmentMb(int mb) {
        if (mb < 1 || mb > 2048) {
            throw new InvalidInputException("maxAttachmentMb", "execution.error.attachment-limit", 1, 2048);
        }
        ExecutionSettings current = settings.findFirstBy().orElseGet(() -> new ExecutionSettings(mb));
        current.setMaxAttachmentMb(mb);
        settings.saveAndFlush(current);
        audit(clock.instant(), me().username(), "settings.changed", "execution-settings",
                Map.of("maxAttachmentMb", String.valueOf(mb)));
    }

    // --- internals ---

    private StepExecution readyStep(SopRun run, SopContent content, int step, Instant at) {
        Step s = content.steps().get(step - 1);
        int attempt = executions.countByRunIdAndStep(run.getId(), step) + 1;
        return executions.saveAndFlush(new StepExecution(run.getId(), step, attempt, s.executor(), s.standard().minutes(),
                at));
    }

    private void auditReady(StepExecution e, String actor) {
        audit(e.getReadyAt(), actor, "step.ready", "step-execution:" + e.getId(), Map.of("run",
                String.valueOf(e.getRunId()), "step", String.valueOf(e.getStep()), "attempt", String.valueOf(e.getAttempt()),
                "due", e.getDueAt().toString()));
    }

    private SopVersionRecord effective(long sopId) {
        VersionSummary effective = sops.history(sopId).stream().filter(v -> v.status() == VersionStatus.EFFECTIVE)
                .findFirst().orElseThrow(() -> new InvalidInputException("execution.error.not-effective"));
        return sops.version(effective.versionId()).orElseThrow();
    }

    private SopContent content(long versionId) {
        return sops.content(versionId).orElseThrow(() -> new NotFoundException("SOP version", versionId));
    }

    /** The jabatan behind each Pelaksana column, for a run that exists: an unmapped label has nobody. */
    private Map<Integer, Set<Long>> positionsByColumn(long sopId, SopContent content) {
        return positionsByColumn(sopId, content, false);
    }

    /**
     * The jabatan behind each Pelaksana column: its own, or those the admin mapped to a free label.
     * {@code strict} (starting a run) refuses a used column that nobody could work.
     */
    private Map<Integer, Set<Long>> positionsByColumn(long sopId, SopContent content, boolean strict) {
        Map<String, Set<Long>> mapped = mappings.findBySopId(sopId).stream().collect(Collectors.groupingBy(
                ExecutorMapping::getLabel, Collectors.mapping(ExecutorMapping::getPositionId, Collectors.toSet())));
        Map<Integer, Set<Long>> byColumn = new HashMap<>();
        Set<Integer> used = content.steps().stream().map(Step::executor).collect(Collectors.toSet());
        for (int column = 1; column <= content.executors().size(); column++) {
            Executor executor = content.executors().get(column - 1);
            Set<Long> positions = executor.positionId() != null ? Set.of(executor.positionId())
                    : mapped.getOrDefault(executor.label(), Set.of());
            if (strict && positions.isEmpty() && used.contains(column)) {
                throw new InvalidInputException(null, "execution.error.unmapped", executor.label());
            }
            byColumn.put(column, positions);
        }
        return byColumn;
    }

    /** A step the signed-in user may take or complete: theirs by jabatan, or assigned to them. */
    private StepExecution workable(long stepExecutionId, Me me) {
        return work(stepExecutionId, me).step();
    }

    /** A workable step with its run and the SOP content it follows, read once for the whole action. */
    private record Work(StepExecution step, SopRun run, SopContent content) {
    }

    private Work work(long stepExecutionId, Me me) {
        StepExecution e = executions.findById(stepExecutionId)
                .orElseThrow(() -> new NotFoundException("step execution", stepExecutionId));
        SopRun run = runs.findById(e.getRunId()).orElseThrow();
        SopContent content = content(run.getSopVersionId());
        Set<Long> wanted = positionsByColumn(run.getSopId(), content).getOrDefault(e.getExecutorColumn(), Set.of());
        if (!mayWork(me, e, wanted)) {
            throw new InvalidInputException("execution.error.not-your-step");
        }
        return new Work(e, run, content);
    }

    /** An assigned step is that person's alone; otherwise every holder of the jabatan may work it. */
    private static boolean mayWork(Me me, StepExecution e, Set<Long> positions) {
        if (e.getAssignedTo() != null) {
            return e.getAssignedTo().equals(me.username());
        }
        return me.holdsAny(positions);
    }

    private boolean maySupervise(Me me, SopRun run) {
        if (me.admin()) {
            return true;
        }
        Map<Long, UnitRecord> units = organisation.listUnits().stream().collect(Collectors.toMap(UnitRecord::id, u -> u));
        // The SOP's unit and every unit above it, up to its perangkat daerah.
        Set<Long> chain = new HashSet<>();
        UnitRecord unit = units.get(run.getUnitId());
        while (unit != null && chain.add(unit.id())) {
            unit = unit.parentId() == null ? null : units.get(unit.parentId());
        }
        Set<Long> heads = organisation.listPositions().stream()
                .filter(p -> p.unitHead() && p.unitId() != null && chain.contains(p.unitId()))
                .map(PositionRecord::id).collect(Collectors.toSet());
        return me.holdsAny(heads);
    }

    private void flush(StepExecution e) {
        try {
            executions.saveAndFlush(e);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            // Someone completed or took it between our read and our write: one of us wins, the other is told.
            throw new InvalidInputException("execution.error.changed-meanwhile");
        }
    }

    private InvalidInputException alreadyDone(StepExecution e) {
        return new InvalidInputException(null, "execution.error.already-done", name(e.getCompletedBy()));
    }

    private InvalidInputException alreadyTaken(StepExecution e) {
        return new InvalidInputException(null, "execution.error.already-taken", name(e.getTakenBy()));
    }

    private String name(String username) {
        return names(List.of(username)).getOrDefault(username, username);
    }

    private Map<String, String> names(Collection<String> usernames) {
        List<String> wanted = usernames.stream().filter(u -> u != null && !u.isBlank()).distinct().toList();
        Map<String, String> names = new HashMap<>();
        if (!wanted.isEmpty()) {
            users.named(wanted).forEach(u -> names.put(u.username(), u.fullName()));
        }
        return names;
    }

    private StepRecord stepRecord(StepExecution e) {
        SopRun run = runs.findById(e.getRunId()).orElseThrow();
        return stepRecord(e, content(run.getSopVersionId()), attachments.findByStepExecutionId(e.getId()), null);
    }

    /** {@code me}, when known, names its own user without a query (a completion is mostly by whoever took it). */
    private StepRecord stepRecord(StepExecution e, SopContent content, List<StepAttachment> files, Me me) {
        List<String> people = Arrays.asList(e.getTakenBy(), e.getCompletedBy(), e.getAssignedTo());
        Map<String, String> names = names(people.stream().filter(u -> me == null || !me.username().equals(u)).toList());
        if (me != null && people.contains(me.username())) {
            names.put(me.username(), me.fullName());
        }
        return step(e, content, files.stream().map(ExecutionService::attachment).toList(), names, clock.instant(), false);
    }

    private static StepRecord step(StepExecution e, SopContent content, List<AttachmentRecord> files,
                                   Map<String, String> names, Instant now, boolean mayWork) {
        Step step = content.steps().get(e.getStep() - 1);
        Choice choice = e.getOutcome() == null ? null : Choice.valueOf(e.getOutcome());
        String choiceLabel = choice == null ? null
                : choice == Choice.YES ? step.yes() == null ? null : step.yes().label() : step.no() == null ? null : step.no().label();
        List<RequirementCheck> checks = e.getRequirements() == null
                ? step.standard().requirements().stream().map(item -> new RequirementCheck(item, false)).toList()
                : JSON.readValue(e.getRequirements(), new TypeReference<List<RequirementCheck>>() { });
        Set<Deviation> deviations = e.getDeviations() == null || e.getDeviations().isBlank() ? Set.of()
                : Arrays.stream(e.getDeviations().split(",")).map(Deviation::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Deviation.class)));
        boolean done = e.getStatus() == StepStatus.DONE;
        return new StepRecord(e.getId(), e.getRunId(), e.getStep(), e.getAttempt(), step.activity(),
                label(content, e.getExecutorColumn()), e.getStatus(), e.getStandardMinutes(), e.getReadyAt(),
                e.getDueAt(), display(names, e.getAssignedTo()), display(names, e.getTakenBy()), e.getTakenAt(),
                display(names, e.getCompletedBy()), e.getCompletedAt(), choice, choiceLabel, e.getNextStep(), checks,
                e.getOutputText(), e.getNote(), deviations, files,
                done ? StepRules.minutes(e.getReadyAt(), e.getCompletedAt()) : null,
                !done && now.isAfter(e.getDueAt()), mayWork, e.getVersion());
    }

    private static String display(Map<String, String> names, String username) {
        return username == null ? null : names.getOrDefault(username, username);
    }

    private RunRecord record(SopRun run, SopContent content, List<StepExecution> all, Map<String, String> names) {
        Instant now = clock.instant();
        int current = all.stream().filter(e -> e.getStatus() != StepStatus.DONE).mapToInt(StepExecution::getStep)
                .findFirst().orElse(0);
        int deviations = all.stream().mapToInt(e -> e.getDeviations() == null || e.getDeviations().isBlank() ? 0
                : e.getDeviations().split(",").length).sum();
        boolean overdue = all.stream().anyMatch(e -> e.getStatus() != StepStatus.DONE && now.isAfter(e.getDueAt()));
        return new RunRecord(run.getId(), run.getSopId(), run.getSopVersionId(), content.number(), content.title(),
                run.getTitle(), run.getReference(), run.getStatus(), display(names, run.getStartedBy()),
                run.getStartedAt(), run.getCompletedAt(), current, deviations, overdue);
    }

    private static String label(SopContent content, int column) {
        return column >= 1 && column <= content.executors().size() ? content.executors().get(column - 1).label() : "";
    }

    private static AttachmentRecord attachment(StepAttachment a) {
        return new AttachmentRecord(a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes(), a.getUploadedBy(),
                a.getUploadedAt());
    }

    private void audit(Instant at, String actor, String action, String subject, Map<String, String> details) {
        events.publishEvent(new Audited(TenantContext.requireTenantId(), at, actor, action, subject, details));
    }

    private Me me() {
        UserRecord user = users.currentUser().orElseThrow(() -> new AccessDeniedException("no pemda user"));
        return new Me(user.username(), user.fullName(), user.roles(), user.positions().stream()
                .map(HeldPosition::positionId).collect(Collectors.toSet()));
    }

    private record Me(String username, String fullName, Set<AppRole> roles, Set<Long> positions) {

        boolean admin() {
            return roles.contains(AppRole.TENANT_ADMIN);
        }

        boolean holdsAny(Set<Long> wanted) {
            return wanted != null && wanted.stream().anyMatch(positions::contains);
        }
    }
}
