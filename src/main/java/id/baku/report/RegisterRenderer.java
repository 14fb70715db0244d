package id.baku.report;

import id.baku.design.LetterheadVariant;
import id.baku.shared.IndonesianDates;
import id.baku.shared.Texts;
import id.baku.tenant.TenantProfile;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Fills the Daftar SOP of a unit: No, Nomor SOP, Nama SOP, Tanggal Efektif, Revisi ke-. */
final class RegisterRenderer {

    private RegisterRenderer() {
    }

    static byte[] render(JasperReport report, TenantProfile profile, byte[] logo, List<String> unitPath,
                         Set<String> topUnits, List<RegisterEntry> entries, LocalDate today) {
        SheetFonts.register();
        Map<String, Object> p = new HashMap<>();
        List<String> institution = SheetComposer.institution(profile, unitPath.subList(0, 1), topUnits,
                LetterheadVariant.FULL);
        p.put("logo", logo);
        p.put("kop", SheetComposer.kop(profile, institution, LetterheadVariant.FULL));
        p.put("heading", text("report.register.heading"));
        p.put("unit", String.join(" — ", unitPath).toUpperCase(IndonesianDates.INDONESIAN));
        p.put("asOf", text("report.register.as-of", IndonesianDates.format(today)));
        p.put("headNo", text("report.register.no"));
        p.put("headNumber", text("report.register.number"));
        p.put("headTitle", text("report.register.title"));
        p.put("headEffective", text("report.register.effective"));
        p.put("headRevision", text("report.register.revision"));
        p.put("empty", text("report.register.empty"));
        p.put("printed", text("report.register.printed", profile.name(), IndonesianDates.format(today)));
        p.put("pageLabel", text("report.sheet.page"));
        p.put("pageOf", text("report.sheet.page-of"));
        List<Map<String, ?>> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            RegisterEntry e = entries.get(i);
            rows.add(Map.of("no", String.valueOf(i + 1), "number", e.number() == null ? "-" : e.number(),
                    "title", e.title() == null ? "" : e.title(),
                    "effective", e.effectiveOn() == null ? "-" : IndonesianDates.format(e.effectiveOn()),
                    "revision", e.revision() == 0 ? "-" : String.valueOf(e.revision())));
        }
        try {
            return JasperExportManager.exportReportToPdf(
                    JasperFillManager.fillReport(report, p, new JRMapCollectionDataSource(rows)));
        } catch (JRException e) {
            throw new IllegalStateException("the Daftar SOP could not be printed", e);
        }
    }

    private static String text(String key, Object... args) {
        return Texts.get(IndonesianDates.INDONESIAN, key, args);
    }
}
