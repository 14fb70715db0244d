package id.baku.report;

import id.baku.compliance.ComplianceCharts;
import id.baku.compliance.ComplianceFigures;
import id.baku.compliance.StepFigure;
import id.baku.design.LetterheadVariant;
import id.baku.execution.RunRecord;
import id.baku.shared.IndonesianDates;
import id.baku.shared.Texts;
import id.baku.tenant.TenantProfile;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills the compliance report: the dashboard's figures as text, its charts as the same SVGs (vector in
 * the PDF), a row per step and a row per run. Always in Bahasa Indonesia, like the other official documents.
 */
final class ComplianceReportRenderer {

    private ComplianceReportRenderer() {
    }

    /** @param scope the filter in words: unit, SOP and period */
    static byte[] render(JasperReport report, TenantProfile profile, byte[] logo, List<String> unitPath,
                         Set<String> topUnits, String scope, ComplianceFigures f, List<RunRecord> runs, ZoneId zone,
                         LocalDate today) {
        SheetFonts.register();
        Map<String, Object> p = new HashMap<>();
        List<String> institution = SheetComposer.institution(profile, unitPath, topUnits, LetterheadVariant.FULL);
        p.put("logo", logo);
        p.put("kop", SheetComposer.kop(profile, institution, LetterheadVariant.FULL));
        p.put("heading", text("report.compliance.heading"));
        p.put("scope", scope);
        NumberFormat percent = NumberFormat.getPercentInstance(IndonesianDates.INDONESIAN);
        p.put("figures", SheetComposer.escape(text("report.compliance.figures", f.runsStarted(), f.runsCompleted(),
                percent.format(f.runsWithinShare()), f.runsCompletedWithin(), percent.format(f.stepsWithinShare()),
                f.stepsWithinStandard(), f.stepExecutions(), f.late(), f.incomplete(), f.noOutput(),
                f.neverRun().size())));
        p.put("trendTitle", text("compliance.chart.trend"));
        p.put("trendChart", svg(ComplianceCharts.trend(f.trend(), ComplianceReportRenderer::text,
                m -> month(m.month()), 600, 340)));
        p.put("deviationsTitle", text("compliance.chart.deviations"));
        p.put("deviationsChart", svg(ComplianceCharts.deviations(f, ComplianceReportRenderer::text, 426, 340)));
        p.put("bottleneckTitle", text("compliance.bottlenecks"));
        p.put("bottleneckChart", f.bottlenecks().isEmpty() ? null : svg(ComplianceCharts.stepTimes(
                f.bottlenecks().subList(0, Math.min(3, f.bottlenecks().size())), ComplianceReportRenderer::text,
                s -> s.sopTitle() + " · " + s.step(), 1046, 152)));
        p.put("stepsTitle", text("report.compliance.steps"));
        p.put("headSop", text("compliance.sop"));
        p.put("headStep", text("run.step"));
        p.put("headCount", text("report.compliance.count"));
        p.put("headAverage", text("report.compliance.average"));
        p.put("headStandard", text("report.compliance.standard"));
        p.put("headLate", "T");
        p.put("headIncomplete", "K");
        p.put("headNoOutput", "O");
        p.put("runsTitle", runs.size() < f.runsStarted()
                ? text("report.compliance.runs-first", runs.size(), f.runsStarted()) : text("report.compliance.runs"));
        p.put("headRun", text("run.name"));
        p.put("headStarted", text("run.started-at"));
        p.put("headStatus", text("run.status"));
        p.put("headDeviations", text("run.deviations"));
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", IndonesianDates.INDONESIAN);
        List<Map<String, ?>> runRows = new ArrayList<>();
        for (RunRecord r : runs) {
            runRows.add(Map.of("title", r.title(), "sop", r.sopNumber() == null ? r.sopTitle() : r.sopNumber() + " " + r.sopTitle(),
                    "started", when.format(r.startedAt().atZone(zone)), "status", text(r.status().labelKey()),
                    "deviations", String.valueOf(r.deviations())));
        }
        p.put("runs", new JRMapCollectionDataSource(runRows));
        p.put("hasRuns", !runRows.isEmpty());
        p.put("noRuns", text("report.compliance.no-runs"));
        p.put("printed", text("report.compliance.printed", profile.name(), IndonesianDates.format(today)));
        p.put("pageLabel", text("report.sheet.page"));
        p.put("pageOf", text("report.sheet.page-of"));
        List<Map<String, ?>> rows = new ArrayList<>();
        for (StepFigure s : f.steps()) {
            rows.add(Map.of("sop", s.sopTitle(), "step", s.step() + ". " + s.activity(),
                    "count", String.valueOf(s.executions()), "average", minutes(s.averageMinutes())
                            + (s.p90Minutes() == null ? "" : " (p90 " + minutes(s.p90Minutes()) + ")"),
                    "standard", String.valueOf(s.standardMinutes()), "late", String.valueOf(s.late()),
                    "incomplete", String.valueOf(s.incomplete()), "noOutput", String.valueOf(s.noOutput())));
        }
        try {
            return JasperExportManager.exportReportToPdf(JasperFillManager.fillReport(report, p,
                    new JRMapCollectionDataSource(rows)));
        } catch (JRException e) {
            throw new IllegalStateException("the compliance report could not be printed", e);
        }
    }

    private static byte[] svg(String svg) {
        return svg.getBytes(StandardCharsets.UTF_8);
    }

    private static String minutes(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }

    static String month(YearMonth m) {
        return IndonesianDates.shortMonth(m, IndonesianDates.INDONESIAN);
    }

    private static String text(String key, Object... args) {
        String text = Texts.get(IndonesianDates.INDONESIAN, key, args);
        return text == null ? key : text;
    }
}
