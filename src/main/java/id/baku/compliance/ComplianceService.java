package id.baku.compliance;

import id.baku.compliance.domain.RunStatistic;
import id.baku.compliance.domain.StatisticsRepository;
import id.baku.compliance.domain.StepStatistic;
import id.baku.compliance.domain.BucketTotal;
import id.baku.design.SopContent;
import id.baku.design.SopQuery;
import id.baku.design.SopService;
import id.baku.design.SopSummary;
import id.baku.execution.CompletedStep;
import id.baku.execution.ExecutionService;
import id.baku.execution.RunRecord;
import id.baku.execution.StartableSop;
import id.baku.security.AppRoles;
import id.baku.tenant.OrganisationService;
import id.baku.tenant.UnitRecord;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The figures of how SOPs are followed, for the Kabag, the Sekda and auditors: from the figures kept
 * per SOP, step and month, so a pemda with a million step executions reads a few hundred rows.
 */
@Service
public class ComplianceService {

    private static final int BOTTLENECKS = 5;

    private final StatisticsRepository statistics;
    private final SopService sops;
    private final ExecutionService execution;
    private final OrganisationService organisation;

    ComplianceService(StatisticsRepository statistics, SopService sops, ExecutionService execution,
                      OrganisationService organisation) {
        this.statistics = statistics;
        this.sops = sops;
        this.execution = execution;
        this.organisation = organisation;
    }

    @RolesAllowed({AppRoles.TENANT_ADMIN, AppRoles.REVIEWER, AppRoles.SIGNER, AppRoles.AUDITOR})
    @Transactional(readOnly = true)
    public ComplianceFigures figures(ComplianceFilter filter) {
        LocalDate from = filter.from().atDay(1);
        LocalDate to = filter.to().atDay(1);
        Set<Long> units = filter.unitId() == null ? null : unitAndBelow(filter.unitId());
        // Unit and SOP filters go to the database; an IN list is never empty (not every database takes one).
        Collection<Long> unitList = units == null || units.isEmpty() ? List.of(-1L) : units;
        List<RunStatistic> runs = statistics.runs(from, to, filter.sopId(), units == null, unitList);
        List<StepStatistic> steps = statistics.steps(from, to, filter.sopId(), units == null, unitList);
        Set<Long> sopIds = steps.stream().map(StepStatistic::getSopId).collect(Collectors.toSet());
        List<BucketTotal> buckets = sopIds.isEmpty() ? List.of() : statistics.buckets(from, to, sopIds);

        Map<Long, SopSummary> summaries = sops.list(SopQuery.all()).stream()
                .collect(Collectors.toMap(SopSummary::sopId, Function.identity()));
        // Step names from each SOP's newest version, read in one query for all of them.
        Map<Long, SopContent> contents = sops.contents(sopIds);
        List<StepFigure> stepFigures = stepFigures(steps, buckets, summaries, contents);

        Map<YearMonth, int[]> months = new TreeMap<>();
        for (YearMonth m = filter.from(); !m.isAfter(filter.to()); m = m.plusMonths(1)) {
            months.put(m, new int[4]);
        }
        runs.forEach(r -> {
            int[] m = months.get(YearMonth.from(r.getMonth()));
            m[0] += r.getStarted();
            m[1] += r.getCompleted();
        });
        steps.forEach(s -> {
            int[] m = months.get(YearMonth.from(s.getMonth()));
            m[2] += s.getExecutions();
            m[3] += s.getWithinStandard();
        });
        List<MonthFigure> trend = months.entrySet().stream()
                .map(e -> new MonthFigure(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .toList();

        Set<Long> everRun = new HashSet<>(statistics.sopsEverRun());
        List<SopRef> neverRun = execution.startable().stream()
                .filter(s -> !everRun.contains(s.sopId()))
                .filter(s -> filter.sopId() == null || filter.sopId() == s.sopId())
                .filter(s -> units == null || units.contains(summaries.get(s.sopId()).unitId()))
                .sorted(Comparator.comparing(StartableSop::title, String.CASE_INSENSITIVE_ORDER))
                .map(s -> new SopRef(s.sopId(), s.number(), s.title())).toList();

        List<StepFigure> bottlenecks = stepFigures.stream().filter(f -> f.overrun() > 0)
                .sorted(Comparator.comparingDouble(StepFigure::overrun).reversed()).limit(BOTTLENECKS).toList();
        return new ComplianceFigures(runs.stream().mapToInt(RunStatistic::getStarted).sum(),
                runs.stream().mapToInt(RunStatistic::getCompleted).sum(),
                runs.stream().mapToInt(RunStatistic::getCompletedWithin).sum(),
                steps.stream().mapToInt(StepStatistic::getExecutions).sum(),
                steps.stream().mapToInt(StepStatistic::getWithinStandard).sum(),
                steps.stream().mapToInt(StepStatistic::getLate).sum(),
                steps.stream().mapToInt(StepStatistic::getIncomplete).sum(),
                steps.stream().mapToInt(StepStatistic::getNoOutput).sum(),
                stepFigures, bottlenecks, trend, neverRun);
    }

    /**
     * The first {@code limit} runs started in the filter's scope and period, oldest first, for the compliance
     * report (a printed list of a busy year's hundred thousand runs would help nobody; the CSV has them all).
     */
    @RolesAllowed({AppRoles.TENANT_ADMIN, AppRoles.REVIEWER, AppRoles.SIGNER, AppRoles.AUDITOR})
    @Transactional(readOnly = true)
    public List<RunRecord> runs(ComplianceFilter filter, ZoneId zone, int limit) {
        Set<Long> units = filter.unitId() == null ? null : unitAndBelow(filter.unitId());
        return execution.runsStarted(filter.sopId(), units, filter.from().atDay(1).atStartOfDay(zone).toInstant(),
                filter.to().plusMonths(1).atDay(1).atStartOfDay(zone).toInstant(), limit);
    }

    /**
     * The completed steps behind the figures of a filter, oldest first, handed to {@code each} page by
     * page (the unit and SOP filters are applied in the database).
     */
    @RolesAllowed({AppRoles.TENANT_ADMIN, AppRoles.REVIEWER, AppRoles.SIGNER, AppRoles.AUDITOR})
    @Transactional(readOnly = true)
    public void rows(ComplianceFilter filter, ZoneId zone, Consumer<CompletedStep> each) {
        Set<Long> units = filter.unitId() == null ? null : unitAndBelow(filter.unitId());
        execution.completedSteps(filter.sopId(), units, filter.from().atDay(1).atStartOfDay(zone).toInstant(),
                filter.to().plusMonths(1).atDay(1).atStartOfDay(zone).toInstant(), each);
    }

    /**
     * Each SOP's figures over a period, for the monitoring and evaluation forms: from the kept
     * statistics, like the dashboard, so a form of a busy unit opens as fast.
     */
    @RolesAllowed({AppRoles.TENANT_ADMIN, AppRoles.REVIEWER, AppRoles.SIGNER, AppRoles.AUDITOR})
    @Transactional(readOnly = true)
    public Map<Long, SopFigure> sopFigures(Set<Long> sopIds, YearMonth from, YearMonth to) {
        // One SOP (an evaluation) is read alone; a unit's SOPs from the period's rows of the pemda.
        Long only = sopIds.size() == 1 ? sopIds.iterator().next() : null;
        Map<Long, int[]> runs = new HashMap<>();
        for (RunStatistic r : statistics.runs(from.atDay(1), to.atDay(1), only, true, List.of(-1L))) {
            if (sopIds.contains(r.getSopId())) {
                int[] n = runs.computeIfAbsent(r.getSopId(), k -> new int[2]);
                n[0] += r.getStarted();
                n[1] += r.getCompleted();
            }
        }
        Map<Long, int[]> steps = new HashMap<>();
        Map<Long, Map<Integer, Integer>> deviationsByStep = new HashMap<>();
        for (StepStatistic s : statistics.steps(from.atDay(1), to.atDay(1), only, true, List.of(-1L))) {
            if (sopIds.contains(s.getSopId())) {
                int[] n = steps.computeIfAbsent(s.getSopId(), k -> new int[5]);
                n[0] += s.getExecutions();
                n[1] += s.getWithinStandard();
                n[2] += s.getLate();
                n[3] += s.getIncomplete();
                n[4] += s.getNoOutput();
                deviationsByStep.computeIfAbsent(s.getSopId(), k -> new TreeMap<>())
                        .merge(s.getStep(), s.getLate() + s.getIncomplete() + s.getNoOutput(), Integer::sum);
            }
        }
        Map<Long, SopFigure> figures = new HashMap<>();
        for (long sopId : sopIds) {
            int[] r = runs.getOrDefault(sopId, new int[2]);
            int[] s = steps.getOrDefault(sopId, new int[5]);
            // The lowest-numbered of the steps with the most deviations.
            Map.Entry<Integer, Integer> worst = deviationsByStep.getOrDefault(sopId, Map.of()).entrySet().stream()
                    .filter(e -> e.getValue() > 0)
                    .max(Comparator.comparingInt((Map.Entry<Integer, Integer> e) -> e.getValue())
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElse(null);
            figures.put(sopId, new SopFigure(sopId, r[0], r[1], s[0], s[1], s[2], s[3], s[4],
                    worst == null ? 0 : worst.getKey(), worst == null ? 0 : worst.getValue()));
        }
        return figures;
    }


    /** The rows of a filter as CSV, written to {@code out} as they are read. */
    @RolesAllowed({AppRoles.TENANT_ADMIN, AppRoles.REVIEWER, AppRoles.SIGNER, AppRoles.AUDITOR})
    @Transactional(readOnly = true)
    public void csv(ComplianceFilter filter, ZoneId zone, Function<String, String> text, OutputStream out) {
        ComplianceExport.csv(each -> rows(filter, zone, each), zone, text, out);
    }

    /** The rows of a filter as XLSX, written to {@code out}. */
    @RolesAllowed({AppRoles.TENANT_ADMIN, AppRoles.REVIEWER, AppRoles.SIGNER, AppRoles.AUDITOR})
    @Transactional(readOnly = true)
    public void xlsx(ComplianceFilter filter, ZoneId zone, Function<String, String> text, OutputStream out) {
        ComplianceExport.xlsx(each -> rows(filter, zone, each), zone, text, out);
    }

    private List<StepFigure> stepFigures(List<StepStatistic> steps, List<BucketTotal> buckets,
                                         Map<Long, SopSummary> summaries, Map<Long, SopContent> contents) {
        record Key(long sopId, int step) {
        }
        Map<Key, List<StepStatistic>> bySteps = steps.stream()
                .collect(Collectors.groupingBy(s -> new Key(s.getSopId(), s.getStep())));
        Map<Key, int[]> histograms = new HashMap<>();
        buckets.forEach(b -> histograms.computeIfAbsent(new Key(b.sopId(), b.step()),
                k -> new int[ComplianceStatistics.LAST_BUCKET + 1])[b.bucket()] += (int) b.executions());
        List<StepFigure> figures = new ArrayList<>();
        for (Map.Entry<Key, List<StepStatistic>> entry : bySteps.entrySet()) {
            Key key = entry.getKey();
            List<StepStatistic> rows = entry.getValue();
            int executions = rows.stream().mapToInt(StepStatistic::getExecutions).sum();
            long seconds = rows.stream().mapToLong(StepStatistic::getTotalSeconds).sum();
            // The standard as it was last recorded: a revision may have changed it.
            int standard = rows.stream().max(Comparator.comparing(StepStatistic::getMonth)).orElseThrow()
                    .getStandardMinutes();
            SopSummary summary = summaries.get(key.sopId());
            SopContent content = contents.get(key.sopId());
            String activity = content != null && key.step() <= content.steps().size()
                    ? content.steps().get(key.step() - 1).activity() : "";
            figures.add(new StepFigure(key.sopId(), summary == null ? "" : summary.title(), key.step(), activity,
                    executions, rows.stream().mapToInt(StepStatistic::getWithinStandard).sum(),
                    rows.stream().mapToInt(StepStatistic::getLate).sum(),
                    rows.stream().mapToInt(StepStatistic::getIncomplete).sum(),
                    rows.stream().mapToInt(StepStatistic::getNoOutput).sum(),
                    executions == 0 ? 0 : seconds / 60.0 / executions,
                    p90(histograms.get(key), standard), standard));
        }
        figures.sort(Comparator.comparing(StepFigure::sopTitle, String.CASE_INSENSITIVE_ORDER)
                .thenComparingInt(StepFigure::step));
        return figures;
    }

    /** The upper edge of the bucket holding the 90th percentile, in minutes. */
    static Double p90(int[] histogram, int standardMinutes) {
        if (histogram == null || standardMinutes <= 0) {
            return null;
        }
        int total = java.util.Arrays.stream(histogram).sum();
        if (total == 0) {
            return null;
        }
        long needed = (long) Math.ceil(total * 0.9);
        long seen = 0;
        for (int bucket = 0; bucket < histogram.length; bucket++) {
            seen += histogram[bucket];
            if (seen >= needed) {
                return standardMinutes * (bucket + 1) / 10.0;
            }
        }
        return standardMinutes * (histogram.length) / 10.0;
    }

    private Set<Long> unitAndBelow(long unitId) {
        return unitAndBelow(organisation.listUnits(), unitId);
    }

    /** A unit and every unit below it. */
    static Set<Long> unitAndBelow(List<UnitRecord> units, long unitId) {
        Map<Long, List<Long>> children = units.stream().filter(u -> u.parentId() != null)
                .collect(Collectors.groupingBy(UnitRecord::parentId, Collectors.mapping(UnitRecord::id, Collectors.toList())));
        Set<Long> found = new HashSet<>();
        List<Long> queue = new ArrayList<>(List.of(unitId));
        while (!queue.isEmpty()) {
            long next = queue.removeLast();
            if (found.add(next)) {
                queue.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return found;
    }
}
