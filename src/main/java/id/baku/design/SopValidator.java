package id.baku.design;

import id.baku.shared.Nip;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The rules an SOP AP must meet before it can be submitted, checked on its content alone (what
 * needs the database, such as a unique Nomor SOP, is checked by {@link SopService}). A draft may
 * be saved with problems; they are shown to the author.
 */
final class SopValidator {

    static final int TITLE_MAX = 500;
    static final int NUMBER_MAX = 100;
    static final int TEXT_MAX = 2000;
    static final int ITEM_MAX = 1000;
    static final int LABEL_MAX = 300;
    static final int OUTCOME_MAX = 50;
    static final int OUTPUT_MAX = 500;
    /**
     * A run copies a step's Kelengkapan into one TEXT column (64 KB) with a flag per item; this bound leaves room
     * for the JSON around the items.
     */
    static final int REQUIREMENTS_BYTES = 60_000;
    /** Dates of an SOP: none before the Republic, none beyond any plausible review. */
    static final int FIRST_YEAR = 1945;
    static final int LAST_YEAR = 2100;
    static final int MIN_STEPS = 2;

    private SopValidator() {
    }

    /** The rules of the SOP AP and those of its template's custom fields and extra columns. */
    static List<SopProblem> check(SopContent c, TemplateDefinition template) {
        List<SopProblem> problems = check(c);
        for (TemplateField f : template.customFields()) {
            List<String> values = c.custom().getOrDefault(f.key(), List.of());
            String at = "custom." + f.key();
            if (values.isEmpty()) {
                if (f.required() && f.offeredForNew()) {
                    problems.add(SopProblem.of(at, "validation.required"));
                }
                continue;
            }
            for (String value : values) {
                switch (f.type()) {
                    case SHORT_TEXT -> text(problems, at, value, LABEL_MAX, false);
                    case LONG_TEXT -> text(problems, at, value, TEXT_MAX, false);
                    case LIST -> text(problems, at, value, ITEM_MAX, false);
                    case DATE -> {
                        try {
                            java.time.LocalDate.parse(value);
                        } catch (java.time.format.DateTimeParseException e) {
                            problems.add(SopProblem.of(at, "sop.problem.custom-date", f.label(), value));
                        }
                    }
                    case NUMBER -> {
                        try {
                            new java.math.BigDecimal(value);
                        } catch (NumberFormatException e) {
                            problems.add(SopProblem.of(at, "sop.problem.custom-number", f.label(), value));
                        }
                    }
                    case CHOICE -> {
                        if (!f.options().contains(value)) {
                            problems.add(SopProblem.of(at, "sop.problem.custom-choice", f.label(), value));
                        }
                    }
                    case SOP_REFERENCE, LEGAL_BASIS -> {
                        if (!value.matches("\\d{1,18}")) {
                            problems.add(SopProblem.of(at, "sop.problem.custom-reference", f.label()));
                        }
                    }
                }
            }
            if (values.size() > 1 && f.type() != FieldType.LIST && f.type() != FieldType.SOP_REFERENCE
                    && f.type() != FieldType.LEGAL_BASIS) {
                problems.add(SopProblem.of(at, "sop.problem.custom-single", f.label()));
            }
        }
        for (int i = 0; i < c.steps().size(); i++) {
            for (var extra : c.steps().get(i).extra().entrySet()) {
                text(problems, "step." + (i + 1) + ".extra." + extra.getKey(), extra.getValue(), ITEM_MAX, false);
            }
        }
        return problems;
    }

    private static int requirementsBytes(List<String> items) {
        return items.stream().mapToInt(item -> item == null ? 0 : item.getBytes(StandardCharsets.UTF_8).length + 32).sum();
    }

    /** A typo such as 0024 or 20244 would print and file the SOP under a year no pemda has. */
    private static void dateInRange(List<SopProblem> problems, String field, java.time.LocalDate date) {
        if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
            problems.add(SopProblem.of(field, "sop.problem.date-range", FIRST_YEAR, LAST_YEAR));
        }
    }

    static List<SopProblem> check(SopContent c) {
        List<SopProblem> problems = new ArrayList<>();
        text(problems, "title", c.title(), TITLE_MAX, true);
        text(problems, "number", c.number(), NUMBER_MAX, false);
        dateInRange(problems, "createdOn", c.createdOn());
        dateInRange(problems, "revisedOn", c.revisedOn());
        dateInRange(problems, "effectiveOn", c.effectiveOn());
        if (c.createdOn() != null && c.revisedOn() != null && c.revisedOn().isBefore(c.createdOn())) {
            problems.add(SopProblem.of("revisedOn", "sop.problem.revised-before-created"));
        }
        if (c.createdOn() != null && c.effectiveOn() != null && c.effectiveOn().isBefore(c.createdOn())) {
            problems.add(SopProblem.of("effectiveOn", "sop.problem.effective-before-created"));
        }
        if (c.approvedBy() != null) {
            text(problems, "approvedBy.position", c.approvedBy().positionTitle(), LABEL_MAX, false);
            text(problems, "approvedBy.name", c.approvedBy().name(), LABEL_MAX, false);
            if (c.approvedBy().nip() != null && !c.approvedBy().nip().isBlank()) {
                Nip.problem(c.approvedBy().nip()).ifPresent(key -> problems.add(SopProblem.of("approvedBy.nip", key)));
            }
        }
        items(problems, "qualifications", c.qualifications());
        items(problems, "equipment", c.equipment());
        items(problems, "warnings", c.warnings());
        items(problems, "recordKeeping", c.recordKeeping());
        items(problems, "purposes", c.purposes());
        items(problems, "definitions", c.definitions());
        text(problems, "summary", c.summary(), TEXT_MAX, false);
        for (int i = 0; i < c.related().size(); i++) {
            RelatedSop r = c.related().get(i);
            if (r.sopId() == null && (r.text() == null || r.text().isBlank())) {
                problems.add(SopProblem.of("related." + (i + 1), "validation.required"));
            }
            text(problems, "related." + (i + 1), r.text(), ITEM_MAX, false);
        }
        executors(problems, c);
        steps(problems, c);
        return problems;
    }

    private static void executors(List<SopProblem> problems, SopContent c) {
        if (c.executors().isEmpty()) {
            problems.add(SopProblem.of("executors", "sop.problem.no-executors"));
            return;
        }
        for (int i = 0; i < c.executors().size(); i++) {
            int column = i + 1;
            Executor e = c.executors().get(i);
            text(problems, "executor." + column, e.label(), LABEL_MAX, true);
            boolean used = c.steps().stream().anyMatch(s -> s.executor() == column);
            if (!used && !c.steps().isEmpty()) {
                problems.add(SopProblem.of("executor." + column, "sop.problem.executor-unused", column, nz(e.label())));
            }
        }
    }

    private static void steps(List<SopProblem> problems, SopContent c) {
        List<Step> steps = c.steps();
        if (steps.size() < MIN_STEPS) {
            problems.add(SopProblem.of("steps", "sop.problem.too-few-steps", MIN_STEPS));
            return;
        }
        int n = steps.size();
        for (int i = 0; i < n; i++) {
            int number = i + 1;
            Step s = steps.get(i);
            String at = "step." + number;
            text(problems, at + ".activity", s.activity(), TEXT_MAX, true);
            if (s.executor() < 1 || s.executor() > c.executors().size()) {
                problems.add(SopProblem.of(at + ".executor", "sop.problem.step-executor", number));
            }
            if (s.standard().minutes() <= 0) {
                problems.add(SopProblem.of(at + ".time", "sop.problem.step-time", number));
            }
            text(problems, at + ".output", s.standard().output(), OUTPUT_MAX, false);
            text(problems, at + ".notes", s.notes(), ITEM_MAX, false);
            for (String item : s.standard().requirements()) {
                text(problems, at + ".requirements", item, ITEM_MAX, true);
            }
            if (requirementsBytes(s.standard().requirements()) > REQUIREMENTS_BYTES) {
                problems.add(SopProblem.of(at + ".requirements", "sop.problem.requirements-too-long", number));
            }
            if (s.isDecision()) {
                if (number == 1 || number == n) {
                    problems.add(SopProblem.of(at + ".kind", "sop.problem.decision-at-edge", number));
                }
                outcome(problems, at + ".yes", s.yes(), number, n);
                outcome(problems, at + ".no", s.no(), number, n);
            }
        }
        reachability(problems, steps);
    }

    private static void outcome(List<SopProblem> problems, String field, Outcome outcome, int number, int n) {
        if (outcome == null || outcome.label() == null || outcome.label().isBlank()) {
            problems.add(SopProblem.of(field, "sop.problem.outcome-missing", number));
            return;
        }
        text(problems, field, outcome.label(), OUTCOME_MAX, true);
        if (outcome.target() < 1 || outcome.target() > n) {
            problems.add(SopProblem.of(field, "sop.problem.outcome-target", number, outcome.label()));
        } else if (outcome.target() == number) {
            problems.add(SopProblem.of(field, "sop.problem.outcome-self", number, outcome.label()));
        }
    }

    /** Every step must be reachable from step 1, and the last step from every step. */
    private static void reachability(List<SopProblem> problems, List<Step> steps) {
        int n = steps.size();
        List<List<Integer>> next = new ArrayList<>();
        List<List<Integer>> previous = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            next.add(new ArrayList<>());
            previous.add(new ArrayList<>());
        }
        for (int number = 1; number <= n; number++) {
            for (int target : successors(steps, number)) {
                next.get(number).add(target);
                previous.get(target).add(number);
            }
        }
        boolean[] fromStart = walk(1, next, n);
        boolean[] toEnd = walk(n, previous, n);
        for (int number = 1; number <= n; number++) {
            if (!fromStart[number]) {
                problems.add(SopProblem.of("step." + number, "sop.problem.unreachable", number));
            } else if (!toEnd[number]) {
                problems.add(SopProblem.of("step." + number, "sop.problem.dead-end", number, n));
            }
        }
    }

    /** Where a step leads: the next step for a process, both valid targets for a decision. */
    static List<Integer> successors(List<Step> steps, int number) {
        int n = steps.size();
        Step s = steps.get(number - 1);
        List<Integer> targets = new ArrayList<>();
        if (s.isDecision()) {
            for (Outcome o : new Outcome[]{s.yes(), s.no()}) {
                if (o != null && o.target() >= 1 && o.target() <= n && o.target() != number) {
                    targets.add(o.target());
                }
            }
        } else if (number < n) {
            targets.add(number + 1);
        }
        return targets;
    }

    private static boolean[] walk(int from, List<List<Integer>> edges, int n) {
        boolean[] seen = new boolean[n + 1];
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(from);
        seen[from] = true;
        while (!todo.isEmpty()) {
            for (int to : edges.get(todo.pop())) {
                if (!seen[to]) {
                    seen[to] = true;
                    todo.push(to);
                }
            }
        }
        return seen;
    }

    private static void items(List<SopProblem> problems, String field, List<String> items) {
        for (String item : items) {
            text(problems, field, item, ITEM_MAX, true);
        }
    }

    /** A text that is required or not and has at most {@code max} characters; also the template rules' check. */
    static void text(List<SopProblem> problems, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(SopProblem.of(field, "validation.required"));
            }
        } else if (value.strip().length() > max) {
            problems.add(SopProblem.of(field, "validation.too-long", max));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
