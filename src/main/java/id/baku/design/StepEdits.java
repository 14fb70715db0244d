package id.baku.design;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Editing the step table: inserting, moving and deleting steps renumbers them, and every decision
 * keeps pointing at the same step under its new number. A decision whose target was deleted loses
 * it (target 0) and is reported in {@link Result#lostTargets()}, so the author can choose again.
 */
public final class StepEdits {

    /** The new table and the (new) numbers of decisions that lost a target. */
    public record Result(List<Step> steps, List<Integer> lostTargets) {
        public Result {
            steps = List.copyOf(steps);
            lostTargets = List.copyOf(lostTargets);
        }
    }

    private StepEdits() {
    }

    /** Inserts {@code step} so that it becomes number {@code at} (1 .. size + 1). */
    public static Result insert(List<Step> steps, int at, Step step) {
        check(at, steps.size() + 1);
        List<Step> result = new ArrayList<>(renumber(steps, n -> n >= at ? n + 1 : n, new ArrayList<>()));
        result.add(at - 1, step);
        return new Result(result, List.of());
    }

    /** Moves step {@code from} so that it becomes number {@code to}. */
    public static Result move(List<Step> steps, int from, int to) {
        check(from, steps.size());
        check(to, steps.size());
        IntUnaryOperator map = n -> {
            if (n == from) {
                return to;
            }
            if (from < to && n > from && n <= to) {
                return n - 1;
            }
            if (to < from && n >= to && n < from) {
                return n + 1;
            }
            return n;
        };
        List<Step> renumbered = renumber(steps, map, new ArrayList<>());
        List<Step> result = new ArrayList<>(renumbered);
        Step moving = result.remove(from - 1);
        result.add(to - 1, moving);
        return new Result(result, List.of());
    }

    /** Deletes step {@code number}; decisions that led to it lose their target. */
    public static Result delete(List<Step> steps, int number) {
        check(number, steps.size());
        List<Integer> lost = new ArrayList<>();
        List<Step> renumbered = new ArrayList<>(renumber(steps, n -> n == number ? 0 : n > number ? n - 1 : n, lost));
        renumbered.remove(number - 1);
        // Numbers of the decisions that lost a target, after the deletion.
        List<Integer> lostAfter = lost.stream().filter(n -> n != number).map(n -> n > number ? n - 1 : n).toList();
        return new Result(renumbered, lostAfter);
    }

    /** The table with a column removed: steps right of it shift left, steps in it lose their executor (0). */
    public static List<Step> removeExecutor(List<Step> steps, int column) {
        return steps.stream().map(s -> withExecutor(s, s.executor() == column ? 0
                : s.executor() > column ? s.executor() - 1 : s.executor())).toList();
    }

    /** The table with columns {@code a} and {@code b} swapped. */
    public static List<Step> swapExecutors(List<Step> steps, int a, int b) {
        return steps.stream().map(s -> withExecutor(s, s.executor() == a ? b : s.executor() == b ? a : s.executor()))
                .toList();
    }

    private static Step withExecutor(Step s, int executor) {
        return new Step(s.activity(), executor, s.kind(), s.yes(), s.no(), s.standard(), s.notes(), s.extra());
    }

    /** Maps every decision target through {@code map}; 0 means the target is gone. */
    private static List<Step> renumber(List<Step> steps, IntUnaryOperator map, List<Integer> lost) {
        List<Step> result = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (!s.isDecision()) {
                result.add(s);
                continue;
            }
            Outcome yes = target(s.yes(), map, lost, i + 1);
            Outcome no = target(s.no(), map, lost, i + 1);
            result.add(new Step(s.activity(), s.executor(), s.kind(), yes, no, s.standard(), s.notes(), s.extra()));
        }
        return result;
    }

    private static Outcome target(Outcome o, IntUnaryOperator map, List<Integer> lost, int owner) {
        if (o == null || o.target() < 1) {
            return o;
        }
        int mapped = map.applyAsInt(o.target());
        if (mapped == 0 && !lost.contains(owner)) {
            lost.add(owner);
        }
        return new Outcome(o.label(), mapped);
    }

    private static void check(int number, int max) {
        if (number < 1 || number > max) {
            throw new IllegalArgumentException("Step " + number + " outside 1.." + max);
        }
    }
}
