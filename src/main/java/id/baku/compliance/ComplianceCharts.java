package id.baku.compliance;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import java.util.function.Function;

/**
 * The compliance charts as SVG, drawn on the server with JFreeChart: the dashboard shows them in the
 * page and the compliance report puts the same SVG in its PDF.
 */
public final class ComplianceCharts {

    private static final Color BLUE = new Color(0x1f, 0x5f, 0xa8);
    private static final Color GREEN = new Color(0x1a, 0x7f, 0x37);
    private static final Color RED = new Color(0xc2, 0x3b, 0x22);
    private static final Color GREY = new Color(0x9a, 0xa5, 0xb1);
    private static final Font FONT = new Font("SansSerif", Font.PLAIN, 11);

    private ComplianceCharts() {
    }

    /**
     * Runs started and completed per month.
     *
     * @param text the label for a key ("compliance.chart.started"…) in the reader's language
     */
    public static String trend(List<MonthFigure> months, Function<String, String> text, Function<MonthFigure, String> month,
                               int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (MonthFigure m : months) {
            data.addValue(m.runsStarted(), text.apply("compliance.chart.started"), month.apply(m));
            data.addValue(m.runsCompleted(), text.apply("compliance.chart.completed"), month.apply(m));
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, text.apply("compliance.chart.runs"), data,
                PlotOrientation.VERTICAL, true, false, false);
        style(chart, BLUE, GREEN);
        ((CategoryPlot) chart.getPlot()).getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        return svg(chart, width, height);
    }

    /** Deviations by kind: late, Kelengkapan missing, no Output. */
    public static String deviations(ComplianceFigures f, Function<String, String> text, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = text.apply("compliance.chart.deviations");
        data.addValue(f.late(), series, text.apply("execution.deviation.late"));
        data.addValue(f.incomplete(), series, text.apply("execution.deviation.incomplete"));
        data.addValue(f.noOutput(), series, text.apply("execution.deviation.no-output"));
        JFreeChart chart = ChartFactory.createBarChart(null, null, text.apply("compliance.chart.count"), data,
                PlotOrientation.VERTICAL, false, false, false);
        style(chart, RED);
        return svg(chart, width, height);
    }

    /** Average actual time of each step against its Mutu Baku Waktu, in minutes. */
    public static String stepTimes(List<StepFigure> steps, Function<String, String> text, Function<StepFigure, String> label,
                                   int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (StepFigure s : steps) {
            data.addValue(Math.round(s.averageMinutes() * 10) / 10.0, text.apply("compliance.chart.actual"), label.apply(s));
            data.addValue(s.standardMinutes(), text.apply("compliance.chart.standard"), label.apply(s));
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, text.apply("compliance.chart.minutes"), data,
                PlotOrientation.HORIZONTAL, true, false, false);
        style(chart, BLUE, GREY);
        return svg(chart, width, height);
    }

    private static void style(JFreeChart chart, Color... colors) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(FONT);
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        plot.setOutlineVisible(false);
        CategoryAxis domain = plot.getDomainAxis();
        domain.setTickLabelFont(FONT);
        domain.setMaximumCategoryLabelLines(3);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setTickLabelFont(FONT);
        range.setLabelFont(FONT);
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        for (int i = 0; i < colors.length; i++) {
            renderer.setSeriesPaint(i, colors[i]);
        }
    }

    private static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGElement();
    }
}
