package id.baku.report;

import id.baku.design.FieldType;
import id.baku.design.LetterheadVariant;
import id.baku.design.PrintPlace;
import id.baku.design.QualityStandard;
import id.baku.design.RelatedSop;
import id.baku.design.Signer;
import id.baku.design.SopContent;
import id.baku.design.SopVersionRecord;
import id.baku.design.StandardField;
import id.baku.design.Step;
import id.baku.design.StepColumn;
import id.baku.design.TemplateDefinition;
import id.baku.design.TemplateField;
import id.baku.shared.IndonesianDates;
import id.baku.shared.Texts;
import id.baku.tenant.PaperSize;
import id.baku.tenant.TenantProfile;
import net.sf.jasperreports.engine.util.JRStringUtil;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Words an SOP version for the sheet: the kop, the identity page's header rows and grid as the
 * template places its fields, and the step rows. The sheet is an official document, so it is
 * always in Bahasa Indonesia, whatever language the person printing it reads.
 */
final class SheetComposer {

    private static final Locale ID = IndonesianDates.INDONESIAN;

    private SheetComposer() {
    }

    /**
     * @param unitPath     the SOP's unit and its parents, the perangkat daerah first
     * @param topUnits     names of the pemda's perangkat daerah (top units)
     * @param legalBases   citations of the pemda's dasar hukum by id
     * @param sopNames     "Nomor — Nama SOP" of the pemda's SOPs by id, for Keterkaitan
     * @param verification the code and link of a ratified version; null for a draft
     * @param watermark    across every page (DRAFT, TIDAK BERLAKU); null for none
     */
    record Sources(TenantProfile profile, byte[] logo, List<String> unitPath, java.util.Set<String> topUnits,
                   SopVersionRecord version,
                   TemplateDefinition template, Map<Long, String> legalBases, Map<Long, String> sopNames,
                   Verification verification, String watermark) {
    }

    record Verification(String code, String url) {
    }

    static SheetInput compose(Sources s) {
        SopContent c = s.version().content();
        TemplateDefinition t = s.template();
        PaperSize paper = t.paper() == null ? s.profile().paperSize() : t.paper();
        Map<String, Object> p = new HashMap<>();
        List<String> institution = institution(s.profile(), s.unitPath(), s.topUnits(), t.letterhead());
        p.put("logo", s.logo());
        p.put("kop", kop(s.profile(), institution, t.letterhead()));
        p.put("brand", String.join("\n", institution));
        p.put("headNumber", column(t, "number"));
        p.put("headActivity", column(t, "activity"));
        p.put("headExecutors", column(t, "executors"));
        p.put("headStandard", text("report.sheet.standard"));
        p.put("headRequirements", column(t, "requirements"));
        p.put("headTime", column(t, "time"));
        p.put("headOutput", column(t, "output"));
        p.put("headNotes", column(t, "notes"));
        p.put("totalLabel", text("report.sheet.total"));
        p.put("totalTime", duration(c.totalMinutes()));
        p.put("pageLabel", text("report.sheet.page"));
        p.put("pageOf", text("report.sheet.page-of"));
        p.put("draft", s.watermark() != null);
        p.put("watermark", s.watermark());
        String number = c.number() == null ? "" : c.number() + " · ";
        int revision = s.version().revision() - 1;
        p.put("footerTitle", number + nz(c.title()) + (revision > 0 ? "\n" + text("report.sheet.revision", revision) : ""));
        if (s.verification() != null) {
            p.put("qr", QrCode.svg(s.verification().url()));
            p.put("footerNote", text("report.sheet.footer.verify", escape(s.verification().url()),
                    VerificationCodes.display(s.verification().code())));
        } else {
            p.put("qr", null);
            p.put("footerNote", text("report.sheet.footer.draft"));
        }
        String documentTitle = (c.number() == null ? "" : "SOP " + c.number() + " ") + nz(c.title());
        return new SheetInput(c, paper, documentTitle.strip(), p, headerRows(s), gridRows(s), stepRows(c, t));
    }

    /** A step column's label; identity fields share some keys ("number"), so the columns are looked up alone. */
    private static String column(TemplateDefinition t, String key) {
        return t.stepColumns().stream().filter(c -> c.key().equals(key)).map(StepColumn::label).findFirst()
                .orElseGet(() -> TemplateDefinition.national().stepColumns().stream().filter(c -> c.key().equals(key))
                        .map(StepColumn::label).findFirst().orElse(key));
    }

    /**
     * The lines naming the pemda and the SOP's unit: the pemda's kop lines, where a line naming a
     * perangkat daerah (SEKRETARIAT DAERAH) gives way to the SOP's own, then the units below it.
     */
    static List<String> institution(TenantProfile profile, List<String> unitPath, java.util.Set<String> topUnits,
                                    LetterheadVariant variant) {
        List<String> lines = new ArrayList<>();
        if (variant == LetterheadVariant.LOGO_AND_NAME) {
            lines.add(profile.name().toUpperCase(ID));
            return lines;
        }
        List<String> letterhead = profile.letterhead().isEmpty() ? List.of(profile.name()) : profile.letterhead();
        java.util.Set<String> perangkatDaerah = new java.util.HashSet<>();
        topUnits.forEach(u -> perangkatDaerah.add(u.strip().toUpperCase(ID)));
        String top = unitPath.isEmpty() ? null : unitPath.getFirst().toUpperCase(ID);
        boolean topNamed = false;
        for (String entry : letterhead) {
            String line = entry.strip().toUpperCase(ID);
            if (top != null && perangkatDaerah.contains(line)) {
                if (!topNamed) {
                    lines.add(top);
                    topNamed = true;
                }
                continue;
            }
            lines.add(line);
        }
        if (top != null && !topNamed) {
            lines.add(top);
        }
        for (int i = 1; i < unitPath.size(); i++) {
            lines.add(unitPath.get(i).toUpperCase(ID));
        }
        return lines;
    }

    static String kop(TenantProfile profile, List<String> institution, LetterheadVariant variant) {
        StringBuilder kop = new StringBuilder();
        for (int i = 0; i < institution.size(); i++) {
            int size = i == 0 ? 13 : i == 1 ? 15 : 11;
            kop.append(i == 0 ? "" : "\n").append("<style size=\"").append(size).append("\" isBold=\"true\">")
                    .append(escape(institution.get(i))).append("</style>");
        }
        if (variant == LetterheadVariant.FULL) {
            List<String> contact = new ArrayList<>();
            if (present(profile.address())) {
                contact.add(profile.address().strip());
            }
            if (present(profile.phone())) {
                contact.add(text("profile.kop-phone", profile.phone().strip()));
            }
            List<String> online = new ArrayList<>();
            if (present(profile.email())) {
                online.add(profile.email().strip());
            }
            if (present(profile.website())) {
                online.add(profile.website().strip());
            }
            if (!contact.isEmpty()) {
                kop.append("\n<style size=\"8\">").append(escape(String.join(" ", contact))).append("</style>");
            }
            if (!online.isEmpty()) {
                kop.append("\n<style size=\"8\">").append(escape(String.join(" · ", online))).append("</style>");
            }
        }
        return kop.toString();
    }

    /** One row per HEADER field of the template, in its order, beside the logo and the institution. */
    private static List<Map<String, ?>> headerRows(Sources s) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (TemplateField f : s.template().fields()) {
            if (f.enabled() && f.print() == PrintPlace.HEADER) {
                rows.add(Map.of("label", f.label(), "value", headerValue(f, s)));
            }
        }
        return rows;
    }

    private static String headerValue(TemplateField f, Sources s) {
        SopContent c = s.version().content();
        StandardField standard = StandardField.byKey(f.key()).orElse(null);
        if (standard == StandardField.APPROVED_BY) {
            return signer(c.approvedBy());
        }
        if (standard == StandardField.TITLE) {
            return c.title() == null ? "-" : "<style isBold=\"true\">" + escape(c.title()) + "</style>";
        }
        if (standard == StandardField.NUMBER && c.number() == null) {
            return "<style isItalic=\"true\">" + escape(text("report.sheet.no-number")) + "</style>";
        }
        List<String> values = values(f, s);
        return values.isEmpty() ? "-" : escape(String.join("\n", values));
    }

    /** The position, room for the signature and stamp, the name underlined and the NIP. */
    private static String signer(Signer signer) {
        if (signer == null) {
            return "-";
        }
        StringBuilder text = new StringBuilder();
        if (present(signer.positionTitle())) {
            text.append(escape(signer.positionTitle().toUpperCase(ID))).append(',');
        }
        text.append("\n\n\n\n");
        if (present(signer.name())) {
            text.append("<style isBold=\"true\" isUnderline=\"true\">").append(escape(signer.name())).append("</style>");
        }
        if (present(signer.nip())) {
            text.append('\n').append(escape(text("report.sheet.nip", signer.nip())));
        }
        return text.toString();
    }

    /**
     * LEFT and RIGHT fields paired in order, each with its label and a numbered list; a FULL field
     * across the page where it stands, as the template editor's preview shows them.
     */
    private static List<Map<String, ?>> gridRows(Sources s) {
        List<Map<String, ?>> rows = new ArrayList<>();
        List<TemplateField> left = new ArrayList<>();
        List<TemplateField> right = new ArrayList<>();
        for (TemplateField f : s.template().fields()) {
            if (!f.enabled()) {
                continue;
            }
            switch (f.print()) {
                case LEFT -> left.add(f);
                case RIGHT -> right.add(f);
                case FULL -> {
                    pairs(rows, left, right, s);
                    rows.add(Map.of("full", true, "left", cell(f, s), "right", ""));
                }
                default -> {
                }
            }
        }
        pairs(rows, left, right, s);
        return rows;
    }

    private static void pairs(List<Map<String, ?>> rows, List<TemplateField> left, List<TemplateField> right, Sources s) {
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            rows.add(Map.of("full", false, "left", i < left.size() ? cell(left.get(i), s) : "",
                    "right", i < right.size() ? cell(right.get(i), s) : ""));
        }
        left.clear();
        right.clear();
    }

    private static String cell(TemplateField f, Sources s) {
        List<String> values = values(f, s);
        String label = f.label().endsWith(":") ? f.label() : f.label() + ":";
        return "<style isBold=\"true\">" + escape(label) + "</style>\n" + numbered(values, listLike(f.type()));
    }

    private static boolean listLike(FieldType type) {
        return type == FieldType.LIST || type == FieldType.LEGAL_BASIS || type == FieldType.SOP_REFERENCE;
    }

    /** "1. …" per item when there are several (a lone item or a paragraph is printed as it is), "-" for none. */
    static String numbered(List<String> items, boolean list) {
        if (items.isEmpty()) {
            return "-";
        }
        if (!list || items.size() == 1) {
            return escape(String.join("\n", items));
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            text.append(i == 0 ? "" : "\n").append(i + 1).append(".\u00a0").append(escape(items.get(i)));
        }
        return text.toString();
    }

    /** As {@link #numbered} for a cell without markup. */
    static String plainNumbered(List<String> items) {
        if (items.size() < 2) {
            return String.join("\n", items);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            text.append(i == 0 ? "" : "\n").append(i + 1).append(".\u00a0").append(items.get(i));
        }
        return text.toString();
    }

    /** The field's value as printed lines: citations and SOP names for references, Indonesian dates. */
    private static List<String> values(TemplateField f, Sources s) {
        SopContent c = s.version().content();
        StandardField standard = StandardField.byKey(f.key()).orElse(null);
        if (standard == null) {
            return typed(f.type(), c.custom().getOrDefault(f.key(), List.of()), s);
        }
        return switch (standard) {
            case NUMBER -> c.number() == null ? List.of() : List.of(c.number());
            case CREATED_ON -> date(c.createdOn());
            case REVISED_ON -> date(c.revisedOn());
            case EFFECTIVE_ON -> date(c.effectiveOn());
            case APPROVED_BY -> c.approvedBy() == null ? List.of() : List.of(nz(c.approvedBy().name()));
            case TITLE -> c.title() == null ? List.of() : List.of(c.title());
            case LEGAL_BASES -> c.legalBasisIds().stream().map(id -> s.legalBases().getOrDefault(id,
                    text("report.sheet.unknown-legal-basis", id))).toList();
            case QUALIFICATIONS -> c.qualifications();
            case RELATED -> c.related().stream().map(r -> related(r, s)).toList();
            case EQUIPMENT -> c.equipment();
            case WARNINGS -> c.warnings();
            case RECORD_KEEPING -> c.recordKeeping();
            case SUMMARY -> c.summary() == null ? List.of() : List.of(c.summary());
            case PURPOSES -> c.purposes();
            case DEFINITIONS -> c.definitions();
            case SCOPE -> c.scope();
        };
    }

    private static String related(RelatedSop r, Sources s) {
        if (r.sopId() == null) {
            return nz(r.text());
        }
        return s.sopNames().getOrDefault(r.sopId(), text("report.sheet.unknown-sop", r.sopId()));
    }

    private static List<String> typed(FieldType type, List<String> raw, Sources s) {
        return switch (type) {
            case DATE -> raw.stream().map(SheetComposer::isoDate).toList();
            case LEGAL_BASIS -> raw.stream().map(v -> reference(v, s.legalBases(), "report.sheet.unknown-legal-basis")).toList();
            case SOP_REFERENCE -> raw.stream().map(v -> reference(v, s.sopNames(), "report.sheet.unknown-sop")).toList();
            default -> raw;
        };
    }

    private static String reference(String value, Map<Long, String> names, String unknownKey) {
        try {
            long id = Long.parseLong(value);
            return names.getOrDefault(id, text(unknownKey, id));
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private static String isoDate(String value) {
        try {
            return IndonesianDates.format(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    private static List<String> date(LocalDate date) {
        return date == null ? List.of() : List.of(IndonesianDates.format(date));
    }

    /** Keterangan carries the template's extra columns too, each with its label. */
    private static List<SheetInput.StepRow> stepRows(SopContent c, TemplateDefinition t) {
        List<SheetInput.StepRow> rows = new ArrayList<>();
        for (int i = 0; i < c.steps().size(); i++) {
            Step step = c.steps().get(i);
            QualityStandard q = step.standard();
            StringBuilder notes = new StringBuilder(step.notes() == null ? "" : escape(step.notes()));
            for (StepColumn column : t.extraColumns()) {
                String value = step.extra().get(column.key());
                if (value != null && !value.isBlank()) {
                    notes.append(notes.isEmpty() ? "" : "\n").append("<style isBold=\"true\">")
                            .append(escape(column.label())).append(":</style> ").append(escape(value.strip()));
                }
            }
            rows.add(new SheetInput.StepRow(String.valueOf(i + 1), nz(step.activity()),
                    plainNumbered(q.requirements()),
                    q.minutes() == 0 ? "" : q.timeText(), nz(q.output()), notes.toString()));
        }
        return rows;
    }

    /** Total time as the seed sheets print it: whole hours or days when it divides evenly, else minutes. */
    static String duration(int minutes) {
        if (minutes > 0 && minutes % (24 * 60) == 0) {
            return minutes / (24 * 60) + " hari";
        }
        if (minutes > 0 && minutes % 60 == 0) {
            return minutes / 60 + " jam";
        }
        return minutes + " menit";
    }

    private static String text(String key, Object... args) {
        String text = Texts.get(ID, key, args);
        if (text == null) {
            throw new IllegalStateException("missing text " + key);
        }
        return text;
    }

    /** User text into Jasper's styled markup, where it must not open tags. */
    static String escape(String text) {
        return text == null ? "" : JRStringUtil.xmlEncode(text);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
