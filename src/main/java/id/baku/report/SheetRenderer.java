package id.baku.report;

import id.baku.design.flowchart.Flowchart;
import id.baku.design.flowchart.FlowchartLayout;
import id.baku.design.flowchart.FlowchartStyle;
import id.baku.design.flowchart.FlowchartSvg;
import id.baku.shared.InvalidInputException;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRFrame;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.base.JRBasePrintImage;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.engine.type.ScaleImageEnum;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.renderers.Renderable;
import net.sf.jasperreports.renderers.SimpleDataRenderer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills the sheet in two passes so that the flowchart and the table agree row for row. The first
 * pass measures how tall each step's texts make its row. With those heights the layout engine
 * draws the flowchart and cuts it into pages that fit under the table head (off-page connectors
 * where a flow crosses a break); the second pass prints each row exactly as tall as the
 * flowchart's row, one page group per flowchart page, and the page's flowchart is laid over the
 * Pelaksana cells as one vector image.
 */
final class SheetRenderer {

    private static final String ROW = "step-row";
    private static final String FLOW = "flow";
    private static final String HEAD = "table-head";
    private static final String FOOTER = "page-footer";
    /** The design height of the lane-header cell: labels of one line keep the head as drawn. */
    private static final double LANE_HEADER_HEIGHT = 16;

    private SheetRenderer() {
    }

    static RenderedSheet render(JasperReport report, SheetInput input) {
        SheetFonts.register();
        Geometry geometry = Geometry.of(report);
        int n = input.content().steps().size();
        FlowchartStyle style = style(input, geometry);
        Flowchart header = FlowchartLayout.of(input.content(), style);
        // One renderer for every page and both fills: Jasper caches a renderer's parsed SVG by its id, where
        // the bytes alone made Batik parse the header again for each page, in each fill and in the export.
        Renderable laneHeader = SimpleDataRenderer.getInstance(FlowchartSvg.laneHeader(header, LANE_HEADER_HEIGHT)
                .getBytes(StandardCharsets.UTF_8));

        List<Flowchart> pages = List.of();
        if (n > 0) {
            JasperPrint measured = fill(report, input, laneHeader, null);
            double available = available(measured);
            // A step whose texts are taller than a page gets a page of its own; its flowchart row stays on it.
            int[] heights = java.util.Arrays.stream(rowHeights(measured, n)).map(h -> (int) Math.min(h, available)).toArray();
            Flowchart whole = FlowchartLayout.of(input.content(), style, heights);
            pages = paginate(whole, available, geometry.totalHeight);
        }
        JasperPrint print = fill(report, input, laneHeader, pages);
        List<RenderedSheet.FlowchartPage> drawn = overlay(print, pages);
        return new RenderedSheet(pdf(print, input.documentTitle()), print.getPages().size(), drawn);
    }

    /**
     * Pelaksana columns share the flow cell's width; gutters that loop edges need come out of it too.
     * Symbols shrink with narrow columns so that a track still fits beside them.
     */
    static FlowchartStyle style(SheetInput input, Geometry geometry) {
        int lanes = Math.max(1, input.content().executors().size());
        double gutters = 0;
        FlowchartStyle style = null;
        for (int attempt = 0; attempt < 4; attempt++) {
            style = style((geometry.flowWidth - gutters) / lanes, geometry.rowHeight);
            Flowchart chart = FlowchartLayout.of(input.content(), style);
            double used = chart.width() - lanes * style.columnWidth();
            if (Math.abs(used - gutters) < 0.01) {
                return style;
            }
            gutters = used;
        }
        return style;
    }

    static FlowchartStyle style(double column, double minRowHeight) {
        double track = Math.clamp((column - 10) / 4, 1.5, 6);
        double widest = Math.min(60, column - 2 * track - 2);
        if (widest < 8) {
            throw new InvalidInputException("report.error.too-many-executors");
        }
        double diamond = Math.min(40, widest);
        return new FlowchartStyle(column, minRowHeight, widest, 24, diamond, Math.min(30, 14 + diamond * 0.4), 12, track, 7, 7,
                6, 4, Math.min(14, track * 2.5 + 2), 12);
    }

    private static JasperPrint fill(JasperReport report, SheetInput input, Renderable laneHeader, List<Flowchart> pages) {
        Map<String, Object> parameters = new HashMap<>(input.parameters());
        parameters.put("laneHeader", laneHeader);
        parameters.put("headerRows", new JRMapCollectionDataSource(new ArrayList<>(input.headerRows())));
        parameters.put("gridRows", new JRMapCollectionDataSource(new ArrayList<>(input.gridRows())));
        parameters.put("hasSteps", !input.steps().isEmpty());
        List<Map<String, ?>> rows = new ArrayList<>(input.steps().size());
        int page = 1;
        int lastOnPage = pages == null || pages.isEmpty() ? Integer.MAX_VALUE : pages.getFirst().rows().getLast().step();
        for (int i = 0; i < input.steps().size(); i++) {
            int step = i + 1;
            if (step > lastOnPage) {
                page++;
                lastOnPage = pages.get(page - 1).rows().getLast().step();
            }
            SheetInput.StepRow s = input.steps().get(i);
            Map<String, Object> row = new HashMap<>();
            row.put("page", page);
            row.put("number", s.number());
            row.put("activity", s.activity());
            row.put("requirements", s.requirements());
            row.put("time", s.time());
            row.put("output", s.output());
            row.put("notes", s.notes());
            row.put("spacer", pages == null ? null : spacer(pages.get(page - 1), step));
            rows.add(row);
        }
        try {
            return JasperFillManager.fillReport(report, parameters, new JRMapCollectionDataSource(new ArrayList<>(rows)));
        } catch (JRException e) {
            throw new IllegalStateException("the SOP sheet could not be filled", e);
        }
    }

    /** An empty image as tall as the flowchart's row: it sets the printed row's height (scaleImage RealHeight). */
    private static Spacer spacer(Flowchart page, int step) {
        double height = page.rows().stream().filter(r -> r.step() == step).findFirst().orElseThrow().height();
        return new Spacer(page.width(), height);
    }

    /**
     * The height each step's row took in the measuring pass, in step order. A row taller than a page is
     * split by Jasper; its continuation (a frame without the flow cell, which cannot split) counts to it.
     */
    private static int[] rowHeights(JasperPrint print, int steps) {
        int[] heights = new int[steps];
        int i = -1;
        for (JRPrintPage page : print.getPages()) {
            for (JRPrintElement e : page.getElements()) {
                if (ROW.equals(e.getKey())) {
                    if (flowCell((JRPrintFrame) e) != null) {
                        i++;
                    }
                    if (i >= 0 && i < steps) {
                        heights[i] += e.getHeight();
                    }
                }
            }
        }
        if (i != steps - 1) {
            throw new IllegalStateException("measured " + (i + 1) + " step rows of " + steps);
        }
        return heights;
    }

    private static JRPrintElement flowCell(JRPrintFrame row) {
        return row.getElements().stream().filter(e -> FLOW.equals(e.getKey())).findFirst().orElse(null);
    }

    /** Room for step rows on a page of the table: from the table head at the top down to the page footer. */
    private static double available(JasperPrint print) {
        double room = -1;
        for (JRPrintPage page : print.getPages()) {
            JRPrintElement head = find(page, HEAD);
            JRPrintElement footer = find(page, FOOTER);
            if (head != null && footer != null) {
                room = Math.max(room, footer.getY() - head.getY() - head.getHeight());
            }
        }
        if (room < 0) {
            throw new IllegalStateException("the sheet template has no " + HEAD + " or " + FOOTER);
        }
        return room;
    }

    /** Pages of the flowchart; the last one keeps room for the total-time row. */
    static List<Flowchart> paginate(Flowchart whole, double available, double totalRow) {
        List<Flowchart> pages = new ArrayList<>(whole.pages(available));
        Flowchart last = pages.getLast();
        if (last.height() + totalRow > available && last.rows().size() > 1) {
            int from = last.rows().getFirst().step();
            int to = last.rows().getLast().step();
            pages.removeLast();
            int split = to - 1;
            while (split > from && whole.page(from, split).height() + 0.01 > available) {
                split--;
            }
            pages.add(whole.page(from, split));
            pages.add(whole.page(split + 1, to));
        }
        return pages;
    }

    /** Lays each page's flowchart over the Pelaksana cells of its rows. */
    private static List<RenderedSheet.FlowchartPage> overlay(JasperPrint print, List<Flowchart> pages) {
        List<RenderedSheet.FlowchartPage> drawn = new ArrayList<>();
        int next = 0;
        for (int p = 0; p < print.getPages().size() && next < pages.size(); p++) {
            JRPrintPage page = print.getPages().get(p);
            // The first row on the page that starts a step (a split row's continuation has no flow cell).
            JRPrintFrame firstRow = page.getElements().stream()
                    .filter(e -> ROW.equals(e.getKey()) && flowCell((JRPrintFrame) e) != null)
                    .map(JRPrintFrame.class::cast).findFirst().orElse(null);
            if (firstRow == null) {
                continue;
            }
            Flowchart chart = pages.get(next++);
            JRPrintElement flow = flowCell(firstRow);
            JRBasePrintImage image = new JRBasePrintImage(print.getDefaultStyleProvider());
            image.setX(firstRow.getX() + flow.getX());
            image.setY(firstRow.getY());
            image.setWidth((int) Math.ceil(chart.width()));
            image.setHeight((int) Math.ceil(chart.height()));
            image.setScaleImage(ScaleImageEnum.RETAIN_SHAPE);
            image.setHorizontalImageAlign(net.sf.jasperreports.engine.type.HorizontalImageAlignEnum.LEFT);
            image.setVerticalImageAlign(net.sf.jasperreports.engine.type.VerticalImageAlignEnum.TOP);
            String svg = FlowchartSvg.sheet(chart);
            image.setRenderer(SimpleDataRenderer.getInstance(svg.getBytes(StandardCharsets.UTF_8)));
            page.addElement(image);
            drawn.add(new RenderedSheet.FlowchartPage(p + 1, chart, svg));
        }
        if (next != pages.size()) {
            throw new IllegalStateException("printed " + next + " flowchart pages of " + pages.size());
        }
        return drawn;
    }

    private static JRPrintElement find(JRPrintPage page, String key) {
        for (JRPrintElement e : page.getElements()) {
            if (key.equals(e.getKey())) {
                return e;
            }
        }
        return null;
    }

    private static byte[] pdf(JasperPrint print, String title) {
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(title);
        configuration.setMetadataCreator("Baku");
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("the SOP sheet could not be written as PDF", e);
        }
        return out.toByteArray();
    }

    /**
     * What the template says about the table: the flow cell's width, a step row's least height (the
     * detail band's) and the total-time row's height.
     */
    record Geometry(double flowWidth, double rowHeight, double totalHeight) {

        static Geometry of(JasperReport report) {
            JRElement flow = null;
            int rowHeight = 0;
            for (JRBand band : report.getDetailSection().getBands()) {
                rowHeight = Math.max(rowHeight, band.getHeight());
                for (JRElement e : band.getElements()) {
                    if (e instanceof JRFrame frame && ROW.equals(frame.getKey())) {
                        for (JRElement child : frame.getElements()) {
                            if (FLOW.equals(child.getKey())) {
                                flow = child;
                            }
                        }
                    }
                }
            }
            if (flow == null) {
                throw new IllegalStateException("the sheet template has no " + FLOW + " cell in a " + ROW + " frame");
            }
            return new Geometry(flow.getWidth(), rowHeight, report.getSummary() == null ? 0 : report.getSummary().getHeight());
        }
    }
}
