package id.baku.design.ui.history;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import id.baku.design.DiffKind;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Shows a {@link VersionComparison}: identity, Pelaksana and steps side by side, changed rows
 * marked; unchanged rows only on request.
 */
public class ComparisonView extends Div {

    private static final String NONE = "—";

    private final Grid<VersionComparison.IdentityRow> identity = new Grid<>();
    private final Grid<VersionComparison.ExecutorRow> executors = new Grid<>();
    private final Grid<VersionComparison.StepRow> steps = new Grid<>();
    private final Span summary = new Span();
    private VersionComparison comparison;
    private boolean showUnchanged;

    public ComparisonView() {
        setId("history-comparison");
        addClassName("history-comparison");
        summary.setId("history-summary");
        summary.addClassName("history-summary");
        identity.setId("history-identity");
        executors.setId("history-executors");
        steps.setId("history-steps");
        add(summary, new H4(getTranslation("history.identity")), identity, new H4(getTranslation("history.executors")),
                executors, new H4(getTranslation("history.steps")), steps);
    }

    /** Builds the columns; the headers name the two revisions compared. */
    public void show(VersionComparison shown, int olderRevision, int newerRevision) {
        this.comparison = shown;
        String older = getTranslation("history.revision", olderRevision);
        String newer = getTranslation("history.revision", newerRevision);

        identity.removeAllColumns();
        identity.addColumn(VersionComparison.IdentityRow::label).setHeader(getTranslation("history.field")).setFlexGrow(1);
        identity.addColumn(r -> orNone(r.older())).setHeader(older).setFlexGrow(2);
        identity.addColumn(r -> orNone(r.newer())).setHeader(newer).setFlexGrow(2);
        identity.addComponentColumn(r -> badges(r.kind(), false, false)).setAutoWidth(true).setFlexGrow(0);

        executors.removeAllColumns();
        executors.addColumn(VersionComparison.ExecutorRow::olderColumn).setHeader(getTranslation("history.older-number"))
                .setAutoWidth(true).setFlexGrow(0);
        executors.addColumn(VersionComparison.ExecutorRow::newerColumn).setHeader(getTranslation("history.newer-number"))
                .setAutoWidth(true).setFlexGrow(0);
        executors.addColumn(r -> r.older() == null || Objects.equals(r.older(), r.newer()) || r.newer() == null
                ? orNone(Objects.requireNonNullElse(r.newer(), r.older())) : r.older() + " → " + r.newer())
                .setHeader(getTranslation("sop.field.executors")).setFlexGrow(3);
        executors.addComponentColumn(r -> badges(r.kind(), true,
                r.kind() == DiffKind.MOVED && r.older() != null && !r.older().equals(r.newer())))
                .setHeader(getTranslation("history.changes")).setAutoWidth(true).setFlexGrow(0);

        steps.removeAllColumns();
        steps.addColumn(VersionComparison.StepRow::olderNumber).setHeader(getTranslation("history.older-number"))
                .setAutoWidth(true).setFlexGrow(0);
        steps.addColumn(VersionComparison.StepRow::newerNumber).setHeader(getTranslation("history.newer-number"))
                .setAutoWidth(true).setFlexGrow(0);
        steps.addColumn(r -> orNone(r.activity())).setHeader(getTranslation("sop.field.activity")).setFlexGrow(2);
        steps.addComponentColumn(this::stepChanges).setHeader(getTranslation("history.changes")).setFlexGrow(3);

        for (Grid<?> grid : List.of(identity, executors, steps)) {
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
            grid.setAllRowsVisible(true);
            grid.addClassName("history-table");
            grid.setEmptyStateText(getTranslation("history.no-changes"));
        }
        identity.setPartNameGenerator(r -> part(r.kind()));
        executors.setPartNameGenerator(r -> part(r.kind()));
        steps.setPartNameGenerator(r -> part(r.kind()));
        summary.setText(getTranslation(shown.unchanged() ? "history.same-content" : "history.changed-summary",
                count(shown.identity(), VersionComparison.IdentityRow::changed),
                count(shown.executors(), VersionComparison.ExecutorRow::changed),
                count(shown.steps(), VersionComparison.StepRow::changed)));
        refresh();
    }

    public void setShowUnchanged(boolean show) {
        this.showUnchanged = show;
        refresh();
    }

    private void refresh() {
        if (comparison == null) {
            return;
        }
        identity.setItems(comparison.identity().stream().filter(r -> showUnchanged || r.changed()).toList());
        executors.setItems(comparison.executors().stream().filter(r -> showUnchanged || r.changed()).toList());
        steps.setItems(comparison.steps().stream().filter(r -> showUnchanged || r.changed()).toList());
    }

    private Component stepChanges(VersionComparison.StepRow row) {
        Div cell = new Div(badges(row.kind(), false, row.kind() == DiffKind.MOVED && row.edited()));
        cell.addClassName("history-changes");
        for (VersionComparison.Change change : row.changes()) {
            Span label = new Span(change.label() + ": ");
            label.addClassName("history-change-label");
            Span before = new Span(orNone(change.older()));
            before.addClassName("history-older");
            Span after = new Span(orNone(change.newer()));
            after.addClassName("history-newer");
            Div line = new Div(label, before, new Span(" → "), after);
            line.addClassName("history-change");
            cell.add(line);
        }
        return cell;
    }

    /** The kind as a badge; a changed column reads "renamed", a moved and edited item gets both badges. */
    private Span badges(DiffKind kind, boolean column, boolean alsoEdited) {
        Span badges = new Span();
        badges.addClassName("history-badges");
        if (kind == DiffKind.UNCHANGED) {
            return badges;
        }
        badges.add(badge(kind, column));
        if (alsoEdited) {
            badges.add(badge(DiffKind.CHANGED, column));
        }
        return badges;
    }

    private Span badge(DiffKind kind, boolean column) {
        Span badge = new Span(getTranslation(switch (kind) {
            case ADDED -> "history.kind.added";
            case REMOVED -> "history.kind.removed";
            case MOVED -> "history.kind.moved";
            case CHANGED -> column ? "history.kind.renamed" : "history.kind.changed";
            case UNCHANGED -> "history.kind.unchanged";
        }));
        badge.getElement().setAttribute("theme", "badge");
        badge.getElement().getThemeList().add("small");
        switch (kind) {
            case ADDED -> badge.getElement().getThemeList().add("success");
            case REMOVED -> badge.getElement().getThemeList().add("error");
            case MOVED -> badge.getElement().getThemeList().add("contrast");
            default -> {
            }
        }
        badge.addClassName("history-badge-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }

    private static String part(DiffKind kind) {
        return kind == DiffKind.UNCHANGED ? null : "history-" + kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static <T> long count(List<T> rows, Predicate<T> changed) {
        return rows.stream().filter(changed).count();
    }

    private static String orNone(String text) {
        return text == null || text.isBlank() ? NONE : text;
    }
}
