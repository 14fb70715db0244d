package id.baku.design.ui.history;

import id.baku.design.DiffAttribute;
import id.baku.design.DiffExecutor;
import id.baku.design.DiffField;
import id.baku.design.DiffKind;
import id.baku.design.DiffStep;
import id.baku.design.Executor;
import id.baku.design.FieldType;
import id.baku.design.Outcome;
import id.baku.design.RelatedSop;
import id.baku.design.SopContent;
import id.baku.design.SopDiff;
import id.baku.design.SopVersionRecord;
import id.baku.design.Step;
import id.baku.design.StepKind;
import id.baku.design.TemplateDefinition;
import id.baku.design.TemplateField;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Two versions of an SOP side by side, as rows of text the version history shows: identity
 * fields (field | older | newer), Pelaksana columns and steps (No lama | No baru | Kegiatan | what
 * changed). Plain Java, so the rows can be checked without a browser.
 */
public final class VersionComparison {

    /** One identity value; items of a list carry their number ("2. Printer"). */
    public record IdentityRow(String label, String older, String newer, DiffKind kind) {
        public boolean changed() {
            return kind != DiffKind.UNCHANGED;
        }
    }

    public record ExecutorRow(Integer olderColumn, Integer newerColumn, String older, String newer, DiffKind kind) {
        public boolean changed() {
            return kind != DiffKind.UNCHANGED;
        }
    }

    /** One attribute of a step that differs, in words. */
    public record Change(String label, String older, String newer) {
    }

    /** {@code edited}: attributes changed besides a move, so a step can be both Dipindah and Diubah. */
    public record StepRow(Integer olderNumber, Integer newerNumber, String activity, DiffKind kind, boolean edited,
                          List<Change> changes) {
        public StepRow {
            changes = List.copyOf(changes);
        }

        public boolean changed() {
            return kind != DiffKind.UNCHANGED;
        }
    }

    private final SopDiff diff;
    private final List<IdentityRow> identity;
    private final List<ExecutorRow> executors;
    private final List<StepRow> steps;

    private VersionComparison(SopDiff diff, List<IdentityRow> identity, List<ExecutorRow> executors, List<StepRow> steps) {
        this.diff = diff;
        this.identity = List.copyOf(identity);
        this.executors = List.copyOf(executors);
        this.steps = List.copyOf(steps);
    }

    public static VersionComparison of(SopVersionRecord older, TemplateDefinition olderTemplate, SopVersionRecord newer,
                                       TemplateDefinition newerTemplate, ComparisonLabels labels) {
        SopDiff diff = SopDiff.between(older.content(), newer.content());
        Words words = new Words(labels, List.of(newerTemplate, olderTemplate), older.content().normalized(),
                newer.content().normalized());
        return new VersionComparison(diff, diff.identity().stream().map(words::identity).toList(),
                diff.executors().stream().map(words::executor).toList(), diff.steps().stream().map(words::step).toList());
    }

    public SopDiff diff() {
        return diff;
    }

    public List<IdentityRow> identity() {
        return identity;
    }

    public List<ExecutorRow> executors() {
        return executors;
    }

    public List<StepRow> steps() {
        return steps;
    }

    public boolean unchanged() {
        return diff.unchanged();
    }

    /** The diff in the user's words. */
    private record Words(ComparisonLabels labels, List<TemplateDefinition> templates, SopContent older,
                         SopContent newer) {

        IdentityRow identity(DiffField f) {
            return new IdentityRow(fieldLabel(f.key()), value(f.key(), f.olderItem(), f.older()),
                    value(f.key(), f.newerItem(), f.newer()), f.kind());
        }

        ExecutorRow executor(DiffExecutor e) {
            return new ExecutorRow(e.olderColumn(), e.newerColumn(), e.older() == null ? null : e.older().label(),
                    e.newer() == null ? null : e.newer().label(), e.kind());
        }

        StepRow step(DiffStep s) {
            List<Change> changes = new ArrayList<>();
            Step a = s.older();
            Step b = s.newer();
            for (DiffAttribute attribute : s.changed()) {
                switch (attribute) {
                    case ACTIVITY -> changes.add(new Change(labels.text("sop.field.activity"), a.activity(), b.activity()));
                    case EXECUTOR -> changes.add(new Change(labels.text("sop.field.executor"),
                            column(older, a.executor()), column(newer, b.executor())));
                    case KIND -> changes.add(new Change(labels.text("sop.field.kind"), kind(a), kind(b)));
                    case OUTCOMES -> changes.add(new Change(labels.text("history.outcomes"), outcomes(a), outcomes(b)));
                    case REQUIREMENTS -> changes.add(new Change(labels.text("sop.field.requirements"),
                            String.join("; ", a.standard().requirements()), String.join("; ", b.standard().requirements())));
                    case TIME -> changes.add(new Change(labels.text("sop.field.time"), a.standard().timeText(),
                            b.standard().timeText()));
                    case OUTPUT -> changes.add(new Change(labels.text("sop.field.output"), a.standard().output(),
                            b.standard().output()));
                    case NOTES -> changes.add(new Change(labels.text("sop.field.notes"), a.notes(), b.notes()));
                    case EXTRA -> {
                        Set<String> keys = new TreeSet<>(a.extra().keySet());
                        keys.addAll(b.extra().keySet());
                        keys.stream().filter(k -> !Objects.equals(a.extra().get(k), b.extra().get(k)))
                                .forEach(k -> changes.add(new Change(columnLabel(k), a.extra().get(k), b.extra().get(k))));
                    }
                }
            }
            return new StepRow(s.olderNumber(), s.newerNumber(), s.step().activity(), s.kind(), !s.changed().isEmpty(),
                    changes);
        }

        private String fieldLabel(String key) {
            return switch (key) {
                case "number" -> labels.text("sop.field.number");
                case "createdOn" -> labels.text("sop.field.createdOn");
                case "revisedOn" -> labels.text("sop.field.revisedOn");
                case "effectiveOn" -> labels.text("sop.field.effectiveOn");
                case "approvedBy.position" -> labels.text("sop.field.approvedBy.position");
                case "approvedBy.name" -> labels.text("sop.field.approvedBy.name");
                case "approvedBy.nip" -> labels.text("sop.field.approvedBy.nip");
                case "title" -> labels.text("sop.field.title");
                case "legalBases" -> labels.text("sop.field.legalBases");
                case "qualifications" -> labels.text("sop.field.qualifications");
                case "related" -> labels.text("sop.related");
                case "equipment" -> labels.text("sop.field.equipment");
                case "warnings" -> labels.text("sop.field.warnings");
                case "recordKeeping" -> labels.text("sop.field.recordKeeping");
                case "summary" -> labels.text("sop.field.summary");
                case "purposes" -> labels.text("sop.field.purposes");
                case "definitions" -> labels.text("sop.field.definitions");
                case "scope" -> labels.text("sop.scope");
                default -> customField(key).map(TemplateField::label).orElse(key);
            };
        }

        private String value(String key, Integer item, Object value) {
            if (value == null) {
                return null;
            }
            String text = switch (value) {
                case LocalDate date -> labels.date(date);
                case RelatedSop related -> related.sopId() == null ? related.text() : labels.sop(related.sopId());
                case Long id -> labels.legalBasis(id);
                case String s -> customValue(key, s);
                default -> value.toString();
            };
            return item == null ? text : item + ". " + text;
        }

        /** A custom reference holds an id as text; anything else is shown as written. */
        private String customValue(String key, String text) {
            FieldType type = customField(key).map(TemplateField::type).orElse(null);
            if (text.matches("\\d{1,18}") && (type == FieldType.SOP_REFERENCE || type == FieldType.LEGAL_BASIS)) {
                long id = Long.parseLong(text);
                return type == FieldType.SOP_REFERENCE ? labels.sop(id) : labels.legalBasis(id);
            }
            return text;
        }

        private Optional<TemplateField> customField(String key) {
            return templates.stream().map(t -> t.field(key)).flatMap(Optional::stream).filter(f -> !f.standard())
                    .findFirst();
        }

        private String columnLabel(String key) {
            return templates.stream().flatMap(t -> t.extraColumns().stream()).filter(c -> c.key().equals(key))
                    .map(c -> c.label()).findFirst().orElse(key);
        }

        private static String column(SopContent content, int number) {
            List<Executor> columns = content.executors();
            return number >= 1 && number <= columns.size() ? columns.get(number - 1).label() : null;
        }

        private String kind(Step step) {
            return labels.text(step.kind() == StepKind.DECISION ? "sop.step.kind.decision" : "sop.step.kind.process");
        }

        private String outcomes(Step step) {
            List<String> parts = new ArrayList<>();
            for (Outcome o : new Outcome[]{step.yes(), step.no()}) {
                if (o != null) {
                    parts.add(labels.text("history.outcome", Objects.requireNonNullElse(o.label(), ""), o.target()));
                }
            }
            return parts.isEmpty() ? null : String.join("; ", parts);
        }
    }
}
