package id.baku.design.ui.template;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import id.baku.design.FieldType;
import id.baku.design.LetterheadVariant;
import id.baku.design.PrintPlace;
import id.baku.design.StandardField;
import id.baku.design.StepColumn;
import id.baku.design.TemplateDefinition;
import id.baku.design.TemplateField;
import id.baku.tenant.PaperSize;
import id.baku.tenant.TenantProfile;

import java.util.List;
import java.util.Locale;

/**
 * A mock of the printed identity page of an SOP AP with this template: the kop, the header block
 * (logo and pemda beside Nomor SOP, the dates, Disahkan oleh and Nama SOP), the two-column grid
 * pairing the left and right fields in order, the full-width rows, and the step table's head.
 * Values are placeholders; the real sheet comes from the report module.
 */
public class SheetPreview extends Div {

    private final TenantProfile profile;

    public SheetPreview(TenantProfile profile) {
        this.profile = profile;
        setId("template-sheet-preview");
        addClassName("template-sheet-preview");
    }

    public void show(TemplateDefinition t) {
        removeAll();
        PaperSize paper = t.paper() == null ? profile.paperSize() : t.paper();
        Div sheet = new Div();
        sheet.addClassName("tpl-sheet");
        sheet.getElement().setAttribute("data-paper", paper.name());
        Span paperNote = new Span(getTranslation("templates.preview.sheet.paper",
                getTranslation("paper." + paper.name().toLowerCase(Locale.ROOT))));
        paperNote.addClassName("tpl-sheet-paper");
        sheet.add(kop(t.letterhead()), header(t), grid(t), stepHead(t));
        add(paperNote, sheet);
    }

    private Div kop(LetterheadVariant variant) {
        Div kop = new Div();
        kop.setId("template-kop");
        kop.addClassNames("kop-preview", "tpl-kop", "tpl-kop-" + variant.code());
        logo().ifPresent(kop::add);
        Div lines = new Div();
        lines.addClassName("kop-lines");
        if (variant == LetterheadVariant.FULL) {
            List<String> letterhead = profile.letterhead().isEmpty() ? List.of(profile.name()) : profile.letterhead();
            letterhead.stream().filter(l -> !l.isBlank()).forEach(l -> lines.add(line(l.strip(), "kop-line")));
            String contact = String.join(" ", nz(profile.address()).strip(), profile.phone() == null || profile.phone().isBlank()
                    ? "" : getTranslation("profile.kop-phone", profile.phone().strip())).strip();
            if (!contact.isEmpty()) {
                lines.add(line(contact, "kop-contact"));
            }
        } else {
            lines.add(line(profile.name().toUpperCase(Locale.ROOT), "kop-line"));
        }
        kop.add(lines);
        return kop;
    }

    /** Logo and pemda on the left, one row per header field on the right, as on the Permenpan page. */
    private NativeTable header(TemplateDefinition t) {
        List<TemplateField> fields = printed(t, PrintPlace.HEADER);
        NativeTable table = new NativeTable();
        table.addClassNames("tpl-sheet-table", "tpl-sheet-header");
        NativeTableBody body = table.addBody();
        NativeTableRow first = body.addRow();
        NativeTableCell brand = first.addDataCell();
        brand.addClassName("tpl-brand");
        brand.setRowspan(Math.max(1, fields.size()));
        logo().ifPresent(brand::add);
        brand.add(line(profile.name().toUpperCase(Locale.ROOT), "tpl-brand-name"),
                line(getTranslation("templates.preview.sheet.unit"), "tpl-brand-unit"));
        for (int i = 0; i < fields.size(); i++) {
            NativeTableRow row = i == 0 ? first : body.addRow();
            TemplateField f = fields.get(i);
            NativeTableCell label = row.addDataCell();
            label.setText(label(f));
            label.addClassName("tpl-label");
            mark(label, f);
            NativeTableCell value = row.addDataCell();
            value.add(sample(f));
            mark(value, f);
        }
        if (fields.isEmpty()) {
            first.addDataCell().setColspan(2);
        }
        return table;
    }

    /**
     * LEFT and RIGHT fields paired in order, a FULL one across the page where it stands: under the
     * grid as in the national format, or above it as Lamandau puts Penjelasan Singkat and Tujuan.
     */
    private NativeTable grid(TemplateDefinition t) {
        NativeTable table = new NativeTable();
        table.addClassNames("tpl-sheet-table", "tpl-sheet-grid");
        NativeTableBody body = table.addBody();
        List<TemplateField> left = new java.util.ArrayList<>();
        List<TemplateField> right = new java.util.ArrayList<>();
        for (TemplateField f : t.fields()) {
            if (!f.enabled()) {
                continue;
            }
            switch (f.print()) {
                case LEFT -> left.add(f);
                case RIGHT -> right.add(f);
                case FULL -> {
                    pairs(body, left, right);
                    NativeTableCell cell = cell(f);
                    cell.setColspan(2);
                    body.addRow().add(cell);
                }
                default -> {
                }
            }
        }
        pairs(body, left, right);
        return table;
    }

    private void pairs(NativeTableBody body, List<TemplateField> left, List<TemplateField> right) {
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            body.addRow().add(cell(i < left.size() ? left.get(i) : null), cell(i < right.size() ? right.get(i) : null));
        }
        left.clear();
        right.clear();
    }

    private NativeTableCell cell(TemplateField f) {
        NativeTableCell cell = new NativeTableCell();
        cell.addClassName("tpl-cell");
        if (f != null) {
            cell.add(line(label(f) + ":", "tpl-label"), sample(f));
            mark(cell, f);
        }
        return cell;
    }

    /** The head of the step table: the columns in order, Pelaksana split per default executor. */
    private Div stepHead(TemplateDefinition t) {
        NativeTable table = new NativeTable();
        table.setId("template-columns-preview");
        table.addClassNames("tpl-sheet-table", "tpl-step-head");
        NativeTableBody body = table.addBody();
        NativeTableRow top = body.addRow();
        NativeTableRow second = body.addRow();
        List<String> executors = t.defaultExecutors().isEmpty()
                ? List.of(getTranslation("templates.preview.sheet.executor", 1), getTranslation("templates.preview.sheet.executor", 2))
                : t.defaultExecutors();
        for (StepColumn c : t.stepColumns()) {
            NativeTableHeaderCell head = top.addHeaderCell();
            head.setText(c.label() == null ? "" : c.label());
            if ("executors".equals(c.key())) {
                head.getElement().setAttribute("colspan", String.valueOf(executors.size()));
                executors.forEach(e -> second.addHeaderCell().setText(e));
            } else {
                head.getElement().setAttribute("rowspan", "2");
            }
        }
        Div wrap = new Div(line(getTranslation("templates.preview.sheet.steps"), "tpl-step-title"), table);
        wrap.addClassName("tpl-step-wrap");
        return wrap;
    }

    private List<TemplateField> printed(TemplateDefinition t, PrintPlace place) {
        return t.fields().stream().filter(f -> f.enabled() && f.print() == place).toList();
    }

    private static void mark(Component c, TemplateField f) {
        c.getElement().setAttribute("data-key", f.key() == null ? "" : f.key());
        if (f.hiddenForNew()) {
            c.addClassName("tpl-hidden");
        }
    }

    private String label(TemplateField f) {
        return f.label() == null || f.label().isBlank() ? getTranslation("templates.field.no-label") : f.label();
    }

    /** What the cell would hold, as a placeholder: "1. …" lines for lists, a date, a signature block. */
    private Component sample(TemplateField f) {
        Div value = new Div();
        value.addClassName("tpl-value");
        if (StandardField.APPROVED_BY.key().equals(f.key())) {
            value.add(line(getTranslation("templates.preview.sheet.signer"), null), line("", "tpl-signature"),
                    line(getTranslation("templates.preview.sheet.signer-name"), null),
                    line(getTranslation("templates.preview.sheet.signer-nip"), null));
            return value;
        }
        FieldType type = f.type() == null ? FieldType.SHORT_TEXT : f.type();
        switch (type) {
            case LIST, LEGAL_BASIS, SOP_REFERENCE -> {
                value.add(line("1. …", null), line("2. …", null));
            }
            case DATE -> value.setText(getTranslation("templates.preview.sheet.date"));
            case CHOICE -> value.setText(f.options().isEmpty() ? "…" : f.options().getFirst());
            default -> value.setText("…");
        }
        return value;
    }

    private java.util.Optional<Image> logo() {
        if (!profile.hasLogo()) {
            return java.util.Optional.empty();
        }
        Image logo = new Image("api/tenant/logo?v=" + profile.version(), "");
        logo.addClassName("kop-logo");
        return java.util.Optional.of(logo);
    }

    private static Div line(String text, String className) {
        Div div = new Div(text);
        if (className != null) {
            div.addClassName(className);
        }
        return div;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
