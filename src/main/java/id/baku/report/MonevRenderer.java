package id.baku.report;

import id.baku.compliance.Assessment;
import id.baku.compliance.CriterionAnswer;
import id.baku.compliance.Evaluation;
import id.baku.compliance.Monitoring;
import id.baku.compliance.MonitoringRow;
import id.baku.compliance.Recommendation;
import id.baku.shared.IndonesianDates;
import id.baku.shared.Texts;
import id.baku.tenant.TenantProfile;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills the Permenpan monev forms: the Formulir Monitoring Pelaksanaan SOP AP of a unit's half-year and the
 * Formulir Evaluasi SOP AP of an SOP's year. Always in Bahasa Indonesia, like the other official documents.
 */
final class MonevRenderer {

    private static final String CHECK = "\u2713";
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private MonevRenderer() {
    }

    /** The kop and the footer, the same on both forms. */
    record Letterhead(TenantProfile profile, byte[] logo, String kop, ZoneId zone, LocalDate today) {
    }

    static byte[] monitoring(JasperReport report, Letterhead head, Monitoring m) {
        Map<String, Object> p = common(head, "report.monitoring.heading", m.finalised());
        p.put("identity", lines(
                line("report.monev.unit", m.unitName()),
                line("report.monitoring.period", text(m.period().labelKey(), String.valueOf(m.period().year()))),
                line("report.monev.assessor", m.finalised() ? assessor(m.monitorName(), m.monitorPosition()) : "")));
        p.put("headNo", text("report.monev.no"));
        p.put("headProcedure", text("report.monitoring.procedure"));
        p.put("headAssessment", text("report.monitoring.assessment"));
        p.put("headGood", text("monitoring.assessment.good"));
        p.put("headPoor", text("monitoring.assessment.poor"));
        p.put("headNote", text("report.monitoring.note"));
        p.put("headAction", text("report.monitoring.action"));
        p.put("headParaf", text("report.monitoring.paraf"));
        p.put("empty", text("report.monitoring.empty"));
        p.put("signature", signature(head, m.finalised(), m.monitorName(), m.monitorNip(), m.monitorPosition(),
                m.finalisedAt()));
        List<Map<String, ?>> rows = new ArrayList<>();
        int no = 1;
        for (MonitoringRow r : m.rows()) {
            rows.add(Map.of("no", String.valueOf(no++),
                    "procedure", r.sopNumber() == null ? r.sopTitle() : r.sopTitle() + "\n" + r.sopNumber(),
                    "good", r.assessment() == Assessment.GOOD ? CHECK : "",
                    "poor", r.assessment() == Assessment.POOR ? CHECK : "",
                    "note", nz(r.note()), "action", nz(r.action()),
                    "paraf", r.confirmedByName() == null ? "" : initials(r.confirmedByName()) + "\n"
                            + SHORT.format(r.confirmedAt().atZone(head.zone()))));
        }
        return fill(report, p, rows, "the monitoring form");
    }

    static byte[] evaluation(JasperReport report, Letterhead head, Evaluation e) {
        Map<String, Object> p = common(head, "report.evaluation.heading", e.finalised());
        p.put("identity", lines(
                line("report.evaluation.sop", e.sopTitle()),
                line("report.evaluation.number", e.sopNumber() == null ? "\u2013" : e.sopNumber()),
                line("report.monev.unit", e.unitName()),
                line("report.evaluation.year", String.valueOf(e.year())),
                line("report.monev.assessor", e.finalised() ? assessor(e.evaluatorName(), e.evaluatorPosition()) : "")));
        p.put("headNo", text("report.monev.no"));
        p.put("headCriterion", text("report.evaluation.criterion"));
        p.put("headYes", text("evaluation.yes"));
        p.put("headNo2", text("evaluation.no"));
        p.put("headNote", text("report.evaluation.note"));
        StringBuilder recommendation = new StringBuilder("<b>").append(SheetComposer.escape(text("evaluation.recommendation")))
                .append("</b>\n");
        for (Recommendation r : Recommendation.values()) {
            recommendation.append(r == e.recommendation() ? "\u2611 " : "\u2610 ")
                    .append(SheetComposer.escape(text(r.labelKey()))).append("    ");
        }
        if (e.recommendationNote() != null) {
            recommendation.append("\n").append(SheetComposer.escape(text("evaluation.recommendation.note")))
                    .append(": ").append(SheetComposer.escape(e.recommendationNote()));
        }
        if (e.revisionVersionId() != null) {
            recommendation.append("\n").append(SheetComposer.escape(text("report.evaluation.revision-started")));
        }
        if (e.retired()) {
            recommendation.append("\n").append(SheetComposer.escape(text("report.evaluation.retired")));
        }
        p.put("recommendation", recommendation.toString());
        p.put("basis", SheetComposer.escape(String.join("\n", e.basis(MonevRenderer::text))));
        p.put("signature", signature(head, e.finalised(), e.evaluatorName(), e.evaluatorNip(), e.evaluatorPosition(),
                e.finalisedAt()));
        List<Map<String, ?>> rows = new ArrayList<>();
        for (CriterionAnswer a : e.answers()) {
            rows.add(Map.of("no", String.valueOf(a.criterion().number()), "criterion", text(a.criterion().labelKey()),
                    "yes", Boolean.TRUE.equals(a.yes()) ? CHECK : "", "notYes", Boolean.FALSE.equals(a.yes()) ? CHECK : "",
                    "note", nz(a.note())));
        }
        return fill(report, p, rows, "the evaluation form");
    }

    private static Map<String, Object> common(Letterhead head, String heading, boolean finalised) {
        Map<String, Object> p = new HashMap<>();
        p.put("logo", head.logo());
        p.put("kop", head.kop());
        p.put("heading", text(heading));
        p.put("draft", finalised ? null : text("report.monev.draft"));
        p.put("printed", text("report.compliance.printed", head.profile().name(), IndonesianDates.format(head.today())));
        p.put("pageLabel", text("report.sheet.page"));
        p.put("pageOf", text("report.sheet.page-of"));
        return p;
    }

    /** "Tangerang, 24 November 2026 / Penilai, / jabatan / (space to sign) / name / NIP"; blank lines while a draft. */
    private static String signature(Letterhead head, boolean finalised, String name, String nip, String position,
                                    Instant signedAt) {
        String place = place(head.profile().name());
        if (!finalised) {
            return SheetComposer.escape(place + ", ....................\n" + text("report.monev.assessor") + ",\n\n\n\n\n"
                    + "(....................................)");
        }
        StringBuilder s = new StringBuilder(SheetComposer.escape(place + ", "
                + IndonesianDates.format(signedAt.atZone(head.zone()).toLocalDate())));
        s.append("\n").append(SheetComposer.escape(text("report.monev.assessor"))).append(",");
        if (position != null) {
            s.append("\n").append(SheetComposer.escape(position));
        }
        s.append("\n<font size=\"7\">").append(SheetComposer.escape(text("report.monev.signed-in-baku")))
                .append("</font>\n\n<u><b>").append(SheetComposer.escape(name)).append("</b></u>");
        if (nip != null) {
            s.append("\nNIP. ").append(SheetComposer.escape(nip));
        }
        return s.toString();
    }

    /** "Kota Tangerang" signs in Tangerang; a kabupaten in its name too. */
    static String place(String pemda) {
        return pemda.replaceFirst("^(?i)(Pemerintah\\s+)?(Kota|Kabupaten|Kab\\.|Provinsi)\\s+", "").strip();
    }

    /** A paraf from a name: the initials of the name without academic titles ("Dr. Ahmad Syukri, M.Si." → "AS"). */
    static String initials(String name) {
        String bare = name.split(",")[0];
        StringBuilder initials = new StringBuilder();
        for (String word : bare.trim().split("\\s+")) {
            if (!word.isEmpty() && !word.endsWith(".") && Character.isLetter(word.charAt(0)) && initials.length() < 3) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return initials.isEmpty() ? name.strip() : initials.toString();
    }

    private static String assessor(String name, String position) {
        return position == null ? nz(name) : nz(name) + " (" + position + ")";
    }

    private static String line(String labelKey, String value) {
        return "<b>" + SheetComposer.escape(text(labelKey)) + "</b>: " + SheetComposer.escape(value);
    }

    private static String lines(String... lines) {
        return String.join("\n", lines);
    }

    private static byte[] fill(JasperReport report, Map<String, Object> p, List<Map<String, ?>> rows, String what) {
        SheetFonts.register();
        try {
            return JasperExportManager.exportReportToPdf(JasperFillManager.fillReport(report, p,
                    new JRMapCollectionDataSource(rows)));
        } catch (JRException e) {
            throw new IllegalStateException(what + " could not be printed", e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String text(String key, Object... args) {
        String text = Texts.get(IndonesianDates.INDONESIAN, key, args);
        return text == null ? key : text;
    }
}
