package id.baku.design.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import id.baku.design.SopQuery;
import id.baku.design.SopService;
import id.baku.design.SopSummary;
import id.baku.design.SopVersionRecord;
import id.baku.design.VersionSummary;
import id.baku.design.ui.history.ComparisonLabels;
import id.baku.design.ui.history.ComparisonView;
import id.baku.design.ui.history.VersionComparison;
import id.baku.shared.NotFoundException;
import id.baku.tenant.LegalBasisRecord;
import id.baku.tenant.LegalBasisService;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Riwayat versi of one SOP: its versions, and any two of them side by side (the newest and the
 * one before it to begin with): what changed in the identity, the Pelaksana columns and the steps.
 */
public class VersionHistoryDialog extends Dialog {

    private final SopService sops;
    private final LegalBasisService legalBases;
    private final Map<Long, SopVersionRecord> loaded = new HashMap<>();
    private final Select<VersionSummary> from = new Select<>();
    private final Select<VersionSummary> to = new Select<>();
    private final Checkbox showUnchanged = new Checkbox();
    private final ComparisonView comparison = new ComparisonView();
    private final Paragraph message = new Paragraph();
    private ComparisonLabels labels;

    /** {@code zone}: the pemda's time zone, for when each version was saved. */
    public VersionHistoryDialog(SopService sops, LegalBasisService legalBases, ZoneId zone, long sopId) {
        this.sops = sops;
        this.legalBases = legalBases;
        setId("version-history");
        addClassName("version-history");
        setHeaderTitle(getTranslation("history.title"));
        setWidth("min(1200px, 96vw)");
        setMaxHeight("92vh");
        setResizable(true);
        setDraggable(true);

        List<VersionSummary> versions = sops.history(sopId);
        if (versions.isEmpty()) {
            throw new NotFoundException("SOP", sopId);
        }
        message.setId("history-message");
        message.addClassName("history-message");
        add(grid(versions, zone), message);
        if (versions.size() < 2) {
            message.setText(getTranslation("history.only-one"));
        } else {
            add(choices(versions), comparison);
            from.setValue(versions.get(versions.size() - 2));
            to.setValue(versions.getLast());
            from.addValueChangeListener(e -> compare());
            to.addValueChangeListener(e -> compare());
            compare();
        }
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("history-close");
        getFooter().add(close);
    }

    private Grid<VersionSummary> grid(List<VersionSummary> versions, ZoneId zone) {
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", getLocale());
        Grid<VersionSummary> grid = new Grid<>();
        grid.setId("history-grid");
        grid.addColumn(VersionSummary::revision).setHeader(getTranslation("sop.revision")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(v -> SopListView.statusBadge(v.status())).setHeader(getTranslation("sop.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> Objects.requireNonNullElse(v.number(), "—")).setHeader(getTranslation("sop.number"))
                .setFlexGrow(1);
        grid.addColumn(v -> when.format(v.updatedAt().atZone(zone))).setHeader(getTranslation("sops.updated"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> Objects.requireNonNullElse(v.updatedBy(), "")).setHeader(getTranslation("history.updated-by"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(versions.reversed());
        grid.setAllRowsVisible(versions.size() <= 5);
        if (versions.size() > 5) {
            grid.setHeight("14em");
        }
        // Picking a version compares it with the one before it.
        grid.addItemClickListener(e -> {
            int index = versions.indexOf(e.getItem());
            if (index > 0) {
                from.setValue(versions.get(index - 1));
                to.setValue(e.getItem());
            }
        });
        return grid;
    }

    private HorizontalLayout choices(List<VersionSummary> versions) {
        from.setId("history-from");
        from.setLabel(getTranslation("history.from"));
        to.setId("history-to");
        to.setLabel(getTranslation("history.to"));
        for (Select<VersionSummary> select : List.of(from, to)) {
            select.setItems(versions.reversed());
            select.setItemLabelGenerator(v -> getTranslation("history.version", v.revision(),
                    getTranslation(v.status().labelKey())));
        }
        showUnchanged.setId("history-show-unchanged");
        showUnchanged.setLabel(getTranslation("history.show-unchanged"));
        showUnchanged.addValueChangeListener(e -> comparison.setShowUnchanged(e.getValue()));
        HorizontalLayout bar = new HorizontalLayout(from, to, showUnchanged);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        bar.addClassName("history-choices");
        return bar;
    }

    private void compare() {
        VersionSummary a = from.getValue();
        VersionSummary b = to.getValue();
        if (a == null || b == null || a.versionId() == b.versionId()) {
            message.setText(getTranslation("history.pick-two"));
            message.setVisible(true);
            comparison.setVisible(false);
            return;
        }
        // Whichever way round they were picked, the earlier revision is the "older" side.
        SopVersionRecord older = load(a.revision() < b.revision() ? a.versionId() : b.versionId());
        SopVersionRecord newer = load(a.revision() < b.revision() ? b.versionId() : a.versionId());
        comparison.show(VersionComparison.of(older, sops.template(older.templateVersionId()), newer,
                sops.template(newer.templateVersionId()), labels()), older.revision(), newer.revision());
        message.setVisible(false);
        comparison.setVisible(true);
    }

    private SopVersionRecord load(long versionId) {
        return loaded.computeIfAbsent(versionId,
                id -> sops.version(id).orElseThrow(() -> new NotFoundException("SOP version", id)));
    }

    /** Names of the dasar hukum and SOPs the versions refer to, read once per dialog. */
    private ComparisonLabels labels() {
        if (labels == null) {
            Map<Long, String> bases = legalBases.list().stream()
                    .collect(Collectors.toMap(LegalBasisRecord::id, LegalBasisRecord::citation, (x, y) -> x));
            Map<Long, String> titles = sops.list(SopQuery.all()).stream()
                    .collect(Collectors.toMap(SopSummary::sopId, s -> Objects.requireNonNullElse(s.title(), ""), (x, y) -> x));
            labels = new ComparisonLabels(this::getTranslation, getLocale(), bases, titles);
        }
        return labels;
    }
}
