package id.baku.design;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a template must be before it can be saved. Fields are named like the builder shows them,
 * counted from 1: {@code name}, {@code field.3.label}, {@code field.5.options}, {@code column.8.key}, {@code executor.2}.
 */
final class TemplateRules {

    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 1000;
    static final int LABEL_MAX = 200;
    static final int HELP_MAX = 500;
    static final int OPTION_MAX = 200;
    static final int MAX_FIELDS = 60;
    static final int MAX_COLUMNS = 15;
    static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]{0,39}");

    private TemplateRules() {
    }

    static List<SopProblem> check(TemplateDefinition t) {
        List<SopProblem> problems = new ArrayList<>();
        SopValidator.text(problems, "name", t.name(), NAME_MAX, true);
        SopValidator.text(problems, "description", t.description(), DESCRIPTION_MAX, false);
        if (t.fields().size() > MAX_FIELDS) {
            problems.add(SopProblem.of("fields", "template.problem.too-many-fields", MAX_FIELDS));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < t.fields().size(); i++) {
            TemplateField f = t.fields().get(i);
            String at = "field." + (i + 1);
            if (f.key() == null || f.key().isBlank()) {
                problems.add(SopProblem.of(at + ".key", "validation.required"));
                continue;
            }
            if (!keys.add(f.key())) {
                problems.add(SopProblem.of(at + ".key", "template.problem.key-twice", f.key()));
            }
            SopValidator.text(problems, at + ".label", f.label(), LABEL_MAX, true);
            SopValidator.text(problems, at + ".help", f.help(), HELP_MAX, false);
            if (f.type() == null) {
                problems.add(SopProblem.of(at + ".type", "validation.required"));
                continue;
            }
            StandardField standard = StandardField.byKey(f.key()).orElse(null);
            if (standard != null) {
                if (f.type() != standard.type()) {
                    problems.add(SopProblem.of(at + ".type", "template.problem.standard-type", f.label()));
                }
                if (!standard.optional() && (!f.enabled() || f.hiddenForNew())) {
                    problems.add(SopProblem.of(at + ".enabled", "template.problem.permenpan-field", standard.label()));
                }
            } else if (!KEY.matcher(f.key()).matches()) {
                problems.add(SopProblem.of(at + ".key", "template.problem.key-format"));
            }
            if (f.type() == FieldType.CHOICE) {
                if (f.options().isEmpty()) {
                    problems.add(SopProblem.of(at + ".options", "template.problem.choice-options"));
                }
                Set<String> seen = new HashSet<>();
                for (String option : f.options()) {
                    SopValidator.text(problems, at + ".options", option, OPTION_MAX, true);
                    if (option != null && !seen.add(option.strip())) {
                        problems.add(SopProblem.of(at + ".options", "template.problem.option-twice", option));
                    }
                }
            }
        }
        for (StandardField f : StandardField.values()) {
            if (!f.optional() && !keys.contains(f.key())) {
                problems.add(SopProblem.of("fields", "template.problem.permenpan-missing", f.label()));
            }
        }
        columns(problems, t.stepColumns());
        for (int i = 0; i < t.defaultExecutors().size(); i++) {
            SopValidator.text(problems, "executor." + (i + 1), t.defaultExecutors().get(i), SopValidator.LABEL_MAX, true);
        }
        if (t.defaultExecutors().size() > SopStore.MAX_EXECUTORS) {
            problems.add(SopProblem.of("executors", "sop.error.too-many-executors", SopStore.MAX_EXECUTORS));
        }
        return problems;
    }

    private static void columns(List<SopProblem> problems, List<StepColumn> columns) {
        if (columns.size() > MAX_COLUMNS) {
            problems.add(SopProblem.of("columns", "template.problem.too-many-columns", MAX_COLUMNS));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            StepColumn c = columns.get(i);
            String at = "column." + (i + 1);
            if (c.key() == null || c.key().isBlank()) {
                problems.add(SopProblem.of(at + ".key", "validation.required"));
                continue;
            }
            if (!keys.add(c.key())) {
                problems.add(SopProblem.of(at + ".key", "template.problem.key-twice", c.key()));
            }
            if (!c.standard() && !KEY.matcher(c.key()).matches()) {
                problems.add(SopProblem.of(at + ".key", "template.problem.key-format"));
            }
            SopValidator.text(problems, at + ".label", c.label(), LABEL_MAX, true);
        }
        for (String key : StepColumn.STANDARD_KEYS) {
            if (!keys.contains(key)) {
                problems.add(SopProblem.of("columns", "template.problem.column-missing", key));
            }
        }
    }
}
