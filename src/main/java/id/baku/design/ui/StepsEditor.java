package id.baku.design.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.baku.design.Executor;
import id.baku.design.Outcome;
import id.baku.design.QualityStandard;
import id.baku.design.Step;
import id.baku.design.StepEdits;
import id.baku.design.StepColumn;
import id.baku.design.StepKind;
import id.baku.design.TemplateDefinition;
import id.baku.design.TimeUnit;
import id.baku.shared.ui.Feedback;
import id.baku.shared.ui.IconButton;
import id.baku.shared.ui.LinesArea;
import id.baku.tenant.PositionRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The Pelaksana columns and the step table. Every edit goes straight into the lists of records
 * this editor holds, so the preview and the problems are always of what is on screen; structural
 * edits (insert, move, delete) go through {@link StepEdits}, which keeps decisions on their steps.
 */
class StepsEditor extends VerticalLayout {

    /** A Pelaksana choice: a jabatan of the pemda, or a free label typed by the author. */
    record ExecutorChoice(Long positionId, String label) {
    }

    private final List<PositionRecord> positions;
    private final TemplateDefinition template;
    private final List<Executor> executors = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final Div executorRows = new Div();
    private final Div stepCards = new Div();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final Map<Integer, Component> cards = new HashMap<>();
    private Runnable changed = () -> {
    };
    private Runnable rendered = () -> {
    };
    private boolean readOnly;
    /**
     * The columns and cards are built when the Langkah tab is first shown, not with the designer: most visits
     * stay on the identity tab, and the cards are most of a designer session's server memory.
     */
    private boolean built;

    StepsEditor(List<PositionRecord> positions, TemplateDefinition template) {
        this.positions = positions;
        this.template = template;
        setPadding(false);
        addClassName("steps-editor");
        Button addExecutor = new Button(getTranslation("sop.executors.add"), VaadinIcon.PLUS.create(), e -> {
            executors.add(new Executor(null, null));
            renderExecutors();
            renderSteps();
            changed.run();
        });
        addExecutor.setId("executor-add");
        addExecutor.addClassName("editor-action");
        Button addStep = new Button(getTranslation("sop.steps.add"), VaadinIcon.PLUS.create(), e -> insert(steps.size() + 1));
        addStep.setId("step-add");
        addStep.addClassName("editor-action");
        executorRows.addClassName("executor-rows");
        // The layout aligns its children to the start, so without this the rows, and the jabatan in them, stay narrow.
        executorRows.setWidthFull();
        stepCards.addClassName("step-cards");
        add(new H4(getTranslation("sop.executors")), new Paragraph(getTranslation("sop.executors.help")), executorRows,
                addExecutor, new H4(getTranslation("sop.steps")), stepCards, addStep);
        addAttachListener(e -> {
            if (!built) {
                built = true;
                renderExecutors();
                renderSteps();
                rendered.run();
            }
        });
    }

    void onChange(Runnable listener) {
        this.changed = listener;
    }

    /** Called when the fields first exist, so that problems found before can be marked on them. */
    void onRendered(Runnable listener) {
        this.rendered = listener;
    }

    void show(List<Executor> executorList, List<Step> stepList) {
        executors.clear();
        executors.addAll(executorList);
        steps.clear();
        steps.addAll(stepList);
        renderExecutors();
        renderSteps();
    }

    List<Executor> executors() {
        return List.copyOf(executors);
    }

    List<Step> steps() {
        return List.copyOf(steps);
    }

    Map<String, HasValidation> fields() {
        return fields;
    }

    /** Marks the cards of steps that have a problem (problems on the step itself, such as unreachable). */
    void markSteps(java.util.Set<Integer> withProblems) {
        cards.forEach((number, card) -> card.getElement().getClassList().set("has-problem", withProblems.contains(number)));
    }

    void setEditorReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        getChildren().filter(c -> c.hasClassName("editor-action")).forEach(c -> c.setVisible(!readOnly));
        renderExecutors();
        renderSteps();
    }

    // ---- Pelaksana columns

    private void renderExecutors() {
        if (!built) {
            return;
        }
        executorRows.removeAll();
        fields.keySet().removeIf(k -> k.startsWith("executor"));
        for (int i = 0; i < executors.size(); i++) {
            int column = i + 1;
            Executor executor = executors.get(i);
            ComboBox<ExecutorChoice> choice = new ComboBox<>();
            choice.setId("executor-" + column);
            choice.setAriaLabel(getTranslation("sop.executor.column", column));
            List<ExecutorChoice> items = new ArrayList<>(positions.stream()
                    .map(p -> new ExecutorChoice(p.id(), p.name())).toList());
            ExecutorChoice current = executor.positionId() != null
                    ? new ExecutorChoice(executor.positionId(), executor.label())
                    : executor.label() == null ? null : new ExecutorChoice(null, executor.label());
            if (current != null && current.positionId() == null) {
                items.addFirst(current);
            }
            if (current != null && current.positionId() != null && items.stream().noneMatch(c -> c.positionId().equals(current.positionId()))) {
                items.addFirst(current);
            }
            choice.setItems(items);
            choice.setItemLabelGenerator(ExecutorChoice::label);
            // A template renderer: a component per item would be server-side state for every jabatan of the pemda.
            choice.setRenderer(LitRenderer.<ExecutorChoice>of("<span>${item.label}</span>")
                    .withProperty("label", c -> c.positionId() != null ? c.label()
                            : c.label() + " " + getTranslation("sop.executor.free")));
            choice.setAllowCustomValue(true);
            choice.setPlaceholder(getTranslation("sop.executor.placeholder"));
            choice.setWidthFull();
            if (current != null) {
                choice.setValue(items.stream().filter(c -> same(c, current)).findFirst().orElse(current));
            }
            choice.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    executors.set(column - 1, new Executor(e.getValue().positionId(), e.getValue().label()));
                    renderSteps();
                    changed.run();
                }
            });
            choice.addCustomValueSetListener(e -> {
                String label = e.getDetail().strip();
                if (!label.isEmpty()) {
                    executors.set(column - 1, new Executor(null, label));
                    renderExecutors();
                    renderSteps();
                    changed.run();
                }
            });
            choice.setReadOnly(readOnly);
            fields.put("executor." + column, choice);
            Span number = new Span(String.valueOf(column));
            number.addClassName("column-number");
            HorizontalLayout row = new HorizontalLayout(number, choice);
            row.setWidthFull();
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.addClassName("executor-row");
            row.setFlexGrow(1, choice);
            if (!readOnly) {
                row.add(iconButton(VaadinIcon.ARROW_LEFT, "sop.executor.left", column > 1, "executor-" + column + "-left",
                                () -> swapExecutors(column, column - 1)),
                        iconButton(VaadinIcon.ARROW_RIGHT, "sop.executor.right", column < executors.size(),
                                "executor-" + column + "-right", () -> swapExecutors(column, column + 1)),
                        iconButton(VaadinIcon.TRASH, "sop.executor.remove", true, "executor-" + column + "-remove",
                                () -> removeExecutor(column)));
            }
            executorRows.add(row);
        }
    }

    private static boolean same(ExecutorChoice a, ExecutorChoice b) {
        return a.positionId() != null ? a.positionId().equals(b.positionId()) : b.positionId() == null && a.label().equals(b.label());
    }

    private void swapExecutors(int a, int b) {
        java.util.Collections.swap(executors, a - 1, b - 1);
        List<Step> swapped = StepEdits.swapExecutors(steps, a, b);
        steps.clear();
        steps.addAll(swapped);
        renderExecutors();
        renderSteps();
        changed.run();
    }

    private void removeExecutor(int column) {
        long used = steps.stream().filter(s -> s.executor() == column).count();
        executors.remove(column - 1);
        List<Step> shifted = StepEdits.removeExecutor(steps, column);
        steps.clear();
        steps.addAll(shifted);
        if (used > 0) {
            Feedback.error(getTranslation("sop.executor.removed-used", used));
        }
        renderExecutors();
        renderSteps();
        changed.run();
    }

    // ---- steps

    private void renderSteps() {
        if (!built) {
            return;
        }
        stepCards.removeAll();
        cards.clear();
        fields.keySet().removeIf(k -> k.startsWith("step"));
        for (int i = 0; i < steps.size(); i++) {
            Component card = card(i + 1);
            cards.put(i + 1, card);
            stepCards.add(card);
        }
    }

    private void replaceCard(int number) {
        Component old = cards.get(number);
        Component fresh = card(number);
        stepCards.replace(old, fresh);
        cards.put(number, fresh);
    }

    private Component card(int number) {
        fields.keySet().removeIf(k -> k.startsWith("step." + number + "."));
        Step step = steps.get(number - 1);
        String id = "step-" + number;
        Span badge = new Span(getTranslation("sop.step.number", number));
        badge.addClassName("step-number");

        Select<StepKind> kind = new Select<>();
        kind.setId(id + "-kind");
        kind.setAriaLabel(getTranslation("sop.step.kind"));
        kind.setItems(StepKind.PROCESS, StepKind.DECISION);
        kind.setItemLabelGenerator(k -> getTranslation("sop.step.kind." + k.name().toLowerCase(java.util.Locale.ROOT)));
        kind.setValue(step.kind() == StepKind.DECISION ? StepKind.DECISION : StepKind.PROCESS);
        kind.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            Step s = steps.get(number - 1);
            if (e.getValue() == StepKind.DECISION) {
                int next = Math.min(number + 1, steps.size());
                set(number, new Step(s.activity(), s.executor(), StepKind.DECISION,
                        new Outcome(getTranslation("sop.outcome.yes.default"), next),
                        new Outcome(getTranslation("sop.outcome.no.default"), Math.max(1, number - 1)), s.standard(), s.notes(), s.extra()));
            } else {
                set(number, new Step(s.activity(), s.executor(), StepKind.PROCESS, null, null, s.standard(), s.notes(), s.extra()));
            }
            // Only this card changes shape; the others keep their fields (and any typing in flight).
            replaceCard(number);
        });

        Select<Integer> executor = new Select<>();
        executor.setId(id + "-executor");
        executor.setLabel(getTranslation("sop.step.executor"));
        executor.setItems(IntStream.rangeClosed(1, executors.size()).boxed().toList());
        executor.setItemLabelGenerator(c -> c + ". " + executorLabel(c));
        executor.setEmptySelectionAllowed(false);
        executor.setPlaceholder(getTranslation("sop.step.executor.placeholder"));
        executor.setWidthFull(); // jabatan names are long
        if (step.executor() >= 1 && step.executor() <= executors.size()) {
            executor.setValue(step.executor());
        }
        executor.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                Step s = steps.get(number - 1);
                set(number, new Step(s.activity(), e.getValue(), s.kind(), s.yes(), s.no(), s.standard(), s.notes(), s.extra()));
            }
        });

        TextArea activity = new TextArea(template.label("activity"));
        activity.setId(id + "-activity");
        activity.setValue(IdentityForm.nz(step.activity()));
        activity.setWidthFull();
        activity.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        activity.addValueChangeListener(e -> {
            Step s = steps.get(number - 1);
            set(number, new Step(e.getValue(), s.executor(), s.kind(), s.yes(), s.no(), s.standard(), s.notes(), s.extra()));
        });

        LinesArea requirements = new LinesArea(template.label("requirements")).withId(id + "-requirements");
        requirements.setValue(step.standard().requirements());
        requirements.addValueChangeListener(e -> standard(number, e.getValue(), null, null, null));
        IntegerField time = new IntegerField(template.label("time"));
        time.setId(id + "-time");
        time.setMin(0);
        time.setStepButtonsVisible(true);
        time.setWidth("9em");
        // Every digit redraws the total; texts are sent when the author leaves the field, so that no
        // typing is lost when they switch tabs at once (the tab sheet detaches what it hides).
        time.setValueChangeMode(ValueChangeMode.EAGER);
        QualityStandard q = step.standard();
        time.setValue(q.minutes() % q.unit().minutes() == 0 ? q.minutes() / q.unit().minutes() : q.minutes());
        Select<TimeUnit> unit = new Select<>();
        unit.setId(id + "-unit");
        unit.setLabel(getTranslation("sop.step.time-unit"));
        unit.setItems(TimeUnit.values());
        unit.setItemLabelGenerator(TimeUnit::label);
        unit.setValue(q.minutes() % q.unit().minutes() == 0 ? q.unit() : TimeUnit.MENIT);
        unit.setWidth("7em");
        time.addValueChangeListener(e -> standard(number, null, minutes(e.getValue(), unit.getValue()), unit.getValue(), null));
        unit.addValueChangeListener(e -> standard(number, null, minutes(time.getValue(), e.getValue()), e.getValue(), null));
        TextField output = new TextField(template.label("output"));
        output.setId(id + "-output");
        output.setValue(IdentityForm.nz(q.output()));
        output.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        output.addValueChangeListener(e -> standard(number, null, null, null, e.getValue()));
        output.setWidthFull();
        TextField notes = new TextField(template.label("notes"));
        notes.setId(id + "-notes");
        notes.setValue(IdentityForm.nz(step.notes()));
        notes.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        notes.setWidthFull();
        notes.addValueChangeListener(e -> {
            Step s = steps.get(number - 1);
            set(number, new Step(s.activity(), s.executor(), s.kind(), s.yes(), s.no(), s.standard(), e.getValue(), s.extra()));
        });

        HorizontalLayout head = new HorizontalLayout(badge, kind);
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        head.setWidthFull();
        head.addClassName("step-head");
        if (number == 1 || number == steps.size()) {
            Span terminator = new Span(getTranslation(number == 1 ? "sop.step.start" : "sop.step.end"));
            terminator.addClassName("step-terminator");
            head.add(terminator);
        }
        Span spacer = new Span();
        head.add(spacer);
        head.setFlexGrow(1, spacer);
        if (!readOnly) {
            head.add(iconButton(VaadinIcon.ARROW_UP, "sop.step.up", number > 1, id + "-up", () -> apply(StepEdits.move(steps, number, number - 1))),
                    iconButton(VaadinIcon.ARROW_DOWN, "sop.step.down", number < steps.size(), id + "-down",
                            () -> apply(StepEdits.move(steps, number, number + 1))),
                    iconButton(VaadinIcon.PLUS, "sop.step.insert", true, id + "-insert", () -> insert(number + 1)),
                    iconButton(VaadinIcon.TRASH, "sop.step.delete", true, id + "-delete", () -> apply(StepEdits.delete(steps, number))));
        }

        HorizontalLayout timing = new HorizontalLayout(time, unit, output);
        timing.setWidthFull();
        timing.setAlignItems(FlexComponent.Alignment.BASELINE);
        timing.setFlexGrow(1, output);
        Div quality = new Div(new Span(getTranslation("sop.step.quality")), requirements, timing);
        quality.addClassName("quality-standard");

        VerticalLayout card = new VerticalLayout(head, executor, activity);
        if (step.isDecision()) {
            card.add(outcomes(number, step));
        }
        card.add(quality, notes);
        for (StepColumn column : template.extraColumns()) {
            TextField extra = new TextField(column.label());
            extra.setId(id + "-extra-" + column.key());
            extra.setValue(step.extra().getOrDefault(column.key(), ""));
            extra.setValueChangeMode(ValueChangeMode.ON_CHANGE);
            extra.setWidthFull();
            extra.setReadOnly(readOnly);
            extra.addValueChangeListener(e -> {
                Step s = steps.get(number - 1);
                Map<String, String> values = new HashMap<>(s.extra());
                values.put(column.key(), e.getValue());
                set(number, new Step(s.activity(), s.executor(), s.kind(), s.yes(), s.no(), s.standard(), s.notes(), values));
            });
            fields.put("step." + number + ".extra." + column.key(), extra);
            card.add(extra);
        }
        card.addClassName("step-card");
        card.setId(id);
        card.setSpacing(false);

        String key = "step." + number;
        fields.put(key + ".activity", activity);
        fields.put(key + ".executor", executor);
        fields.put(key + ".time", time);
        fields.put(key + ".output", output);
        fields.put(key + ".notes", notes);
        fields.put(key + ".requirements", requirements);
        fields.put(key + ".kind", kind);
        List<com.vaadin.flow.component.HasValue<?, ?>> editable = List.of(kind, executor, activity, requirements, time,
                unit, output, notes);
        editable.forEach(f -> f.setReadOnly(readOnly));
        return card;
    }

    private Component outcomes(int number, Step step) {
        HorizontalLayout row = new HorizontalLayout();
        row.setWidthFull();
        row.addClassName("decision-outcomes");
        row.add(outcome(number, "yes", step.yes()), outcome(number, "no", step.no()));
        return row;
    }

    private Component outcome(int number, String which, Outcome current) {
        String id = "step-" + number + "-" + which;
        TextField label = new TextField(getTranslation("sop.outcome." + which));
        label.setId(id + "-label");
        label.setValue(current == null ? "" : IdentityForm.nz(current.label()));
        label.setHelperText(getTranslation("sop.outcome.label.help"));
        label.setMaxLength(50);
        label.setWidth("11em");
        label.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        Select<Integer> target = new Select<>();
        target.setId(id + "-target");
        target.setLabel(getTranslation("sop.outcome.target"));
        target.setItems(IntStream.rangeClosed(1, steps.size()).filter(n -> n != number).boxed().toList());
        target.setItemLabelGenerator(n -> getTranslation("sop.outcome.to-step", n, excerpt(steps.get(n - 1).activity())));
        target.setPlaceholder(getTranslation("sop.outcome.target.placeholder"));
        target.setWidth("16em");
        if (current != null && current.target() >= 1 && current.target() <= steps.size() && current.target() != number) {
            target.setValue(current.target());
        }
        Runnable update = () -> {
            Step s = steps.get(number - 1);
            Outcome o = new Outcome(label.getValue(), target.getValue() == null ? 0 : target.getValue());
            set(number, new Step(s.activity(), s.executor(), s.kind(), which.equals("yes") ? o : s.yes(),
                    which.equals("no") ? o : s.no(), s.standard(), s.notes(), s.extra()));
        };
        label.addValueChangeListener(e -> update.run());
        target.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                update.run();
            }
        });
        label.setReadOnly(readOnly);
        target.setReadOnly(readOnly);
        fields.put("step." + number + "." + which, target);
        HorizontalLayout box = new HorizontalLayout(label, target);
        box.setAlignItems(FlexComponent.Alignment.BASELINE);
        box.addClassName("outcome-" + which);
        return box;
    }

    private static String excerpt(String activity) {
        if (activity == null || activity.isBlank()) {
            return "…";
        }
        String text = activity.strip();
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }

    private String executorLabel(int column) {
        String label = executors.get(column - 1).label();
        return label == null || label.isBlank() ? getTranslation("sop.executor.column", column) : label;
    }

    private static Integer minutes(Integer amount, TimeUnit unit) {
        return amount == null ? 0 : amount * (unit == null ? 1 : unit.minutes());
    }

    private void standard(int number, List<String> requirements, Integer minutes, TimeUnit unit, String output) {
        Step s = steps.get(number - 1);
        QualityStandard q = s.standard();
        set(number, new Step(s.activity(), s.executor(), s.kind(), s.yes(), s.no(), new QualityStandard(
                requirements != null ? requirements : q.requirements(), minutes != null ? minutes : q.minutes(),
                unit != null ? unit : q.unit(), output != null ? output : q.output()), s.notes(), s.extra()));
    }

    private void set(int number, Step step) {
        steps.set(number - 1, step);
        changed.run();
    }

    private void insert(int at) {
        int executor = executors.isEmpty() ? 0 : at > 1 ? steps.get(at - 2).executor() : 1;
        Step blank = new Step("", executor, StepKind.PROCESS, null, null,
                new QualityStandard(List.of(), 0, TimeUnit.MENIT, null), null);
        apply(StepEdits.insert(steps, at, blank));
    }

    private void apply(StepEdits.Result result) {
        steps.clear();
        steps.addAll(result.steps());
        renderSteps();
        if (!result.lostTargets().isEmpty()) {
            Feedback.error(getTranslation("sop.step.lost-target", result.lostTargets().stream().map(String::valueOf)
                    .reduce((a, b) -> a + ", " + b).orElse("")));
        }
        changed.run();
    }

    private Button iconButton(VaadinIcon icon, String key, boolean enabled, String id, Runnable action) {
        Button button = IconButton.of(this, icon, key, enabled, ButtonVariant.LUMO_TERTIARY, action);
        button.setId(id);
        return button;
    }
}
