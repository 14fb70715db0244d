package id.baku.design.flowchart;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a flowchart as a standalone SVG document: black 1-unit strokes, white fills, small sans-serif
 * labels. The output depends only on the geometry (numbers carry at most two decimals), so equal flowcharts
 * give equal strings and the designer can skip re-rendering unchanged previews.
 */
public final class FlowchartSvg {

    private static final String FONT = "DejaVu Sans, Arial, Helvetica, sans-serif";
    private static final double HEADER_PADDING = 4;

    private static final double NUMBER_COLUMN = 22;
    /** Average width of a bold DejaVu Sans glyph, in em: enough to wrap labels without measuring fonts. */
    private static final double BOLD_EM = 0.62;

    private FlowchartSvg() {
    }

    /** Just the flowchart, for embedding over a table that draws its own columns. */
    public static String write(Flowchart f) {
        return write(f, false);
    }

    /**
     * @param laneHeader when true, executor labels head the lanes and faint lines mark lanes and rows, as the
     *                   designer preview shows them; the PDF draws its own table instead
     */
    public static String write(Flowchart f, boolean laneHeader) {
        FlowchartStyle style = f.style();
        List<List<String>> headers = laneHeader ? headerLines(f, style.headerFontSize() * 0.55) : List.of();
        double lineHeight = style.headerFontSize() * 1.25;
        int maxLines = headers.stream().mapToInt(List::size).max().orElse(0);
        double headerHeight = laneHeader ? Math.max(1, maxLines) * lineHeight + 2 * HEADER_PADDING : 0;
        double totalHeight = f.height() + headerHeight;
        // The preview numbers its rows like the sheet's "No" column, so an author finds step 7 at a glance.
        double numberWidth = laneHeader ? NUMBER_COLUMN : 0;
        double totalWidth = f.width() + numberWidth;

        StringBuilder svg = new StringBuilder(4096 + 400 * (f.symbols().size() + f.connectors().size()));
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(totalWidth))
                .append("\" height=\"").append(num(totalHeight)).append("\" viewBox=\"0 0 ").append(num(totalWidth))
                .append(' ').append(num(totalHeight)).append("\" font-family=\"").append(FONT).append("\">\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
        if (laneHeader) {
            numbers(svg, f, headerHeight, numberWidth);
            svg.append("<g transform=\"translate(").append(num(numberWidth)).append(",0)\">\n");
            header(svg, f, headers, headerHeight, lineHeight);
            svg.append("</g>\n<g transform=\"translate(").append(num(numberWidth)).append(',')
                    .append(num(headerHeight)).append(")\">\n");
            grid(svg, f, headerHeight);
        }
        symbols(svg, f);
        connectors(svg, f);
        offPages(svg, f);
        labels(svg, f);
        if (laneHeader) {
            svg.append("</g>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    /**
     * The flowchart of one printed page for the official sheet: lines between the Pelaksana columns and the
     * drawing, with a transparent background, to lie over the table's cells (which draw the outer lines).
     * A gutter belongs to the outer column, so no line separates it.
     */
    public static String sheet(Flowchart f) {
        StringBuilder svg = new StringBuilder(4096 + 400 * (f.symbols().size() + f.connectors().size()));
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(f.width()))
                .append("\" height=\"").append(num(f.height())).append("\" viewBox=\"0 0 ").append(num(f.width()))
                .append(' ').append(num(f.height())).append("\" font-family=\"").append(FONT).append("\">\n");
        laneLines(svg, f, 0, f.height());
        symbols(svg, f);
        connectors(svg, f);
        offPages(svg, f);
        labels(svg, f);
        return svg.append("</svg>\n").toString();
    }

    /**
     * The Pelaksana labels over the lanes of {@link #sheet(Flowchart)}, wrapped to their column; as tall as
     * the longest label needs, at least {@code minHeight}.
     */
    public static String laneHeader(Flowchart f, double minHeight) {
        // Narrow columns get a smaller font, so that the longest word of a label still fits its column.
        double narrowest = f.lanes().stream().mapToDouble(Lane::width).min().orElse(f.width());
        int longestWord = f.lanes().stream().map(Lane::label).filter(java.util.Objects::nonNull)
                .flatMap(label -> java.util.Arrays.stream(label.strip().split("\\s+")))
                .mapToInt(String::length).max().orElse(1);
        double fontSize = Math.max(4, Math.min(f.style().headerFontSize(), (narrowest - 4) / (longestWord * BOLD_EM)));
        List<List<String>> headers = headerLines(f, fontSize * BOLD_EM);
        double lineHeight = fontSize * 1.25;
        int maxLines = headers.stream().mapToInt(List::size).max().orElse(0);
        double height = Math.max(minHeight, Math.max(1, maxLines) * lineHeight + 2 * HEADER_PADDING);
        StringBuilder svg = new StringBuilder(2048);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(f.width()))
                .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(f.width()))
                .append(' ').append(num(height)).append("\" font-family=\"").append(FONT).append("\">\n");
        laneLines(svg, f, 0, height);
        svg.append("<g font-size=\"").append(num(fontSize))
                .append("\" font-weight=\"bold\" text-anchor=\"middle\">\n");
        for (int i = 0; i < f.lanes().size(); i++) {
            List<String> lines = headers.get(i);
            // Centred over the column as printed: an outer column includes its gutter.
            double left = i == 0 ? 0 : f.lanes().get(i).x();
            double right = i == f.lanes().size() - 1 ? f.width() : f.lanes().get(i).x() + f.lanes().get(i).width();
            double y = (height - lines.size() * lineHeight) / 2 + fontSize;
            for (String line : lines) {
                svg.append("<text x=\"").append(num((left + right) / 2)).append("\" y=\"").append(num(y)).append("\">")
                        .append(escape(line)).append("</text>\n");
                y += lineHeight;
            }
        }
        return svg.append("</g>\n</svg>\n").toString();
    }

    private static void laneLines(StringBuilder svg, Flowchart f, double top, double bottom) {
        svg.append("<g stroke=\"#000\" stroke-width=\"0.5\">\n");
        for (int i = 1; i < f.lanes().size(); i++) {
            double x = f.lanes().get(i).x();
            line(svg, x, top, x, bottom);
        }
        svg.append("</g>\n");
    }

    private static void numbers(StringBuilder svg, Flowchart f, double headerHeight, double width) {
        FlowchartStyle style = f.style();
        svg.append("<g font-size=\"").append(num(style.headerFontSize())).append("\" text-anchor=\"middle\">\n");
        svg.append("<text x=\"").append(num(width / 2)).append("\" y=\"")
                .append(num(headerHeight / 2 + style.headerFontSize() * 0.35)).append("\">No</text>\n");
        for (Row row : f.rows()) {
            svg.append("<text x=\"").append(num(width / 2)).append("\" y=\"")
                    .append(num(headerHeight + row.y() + row.height() / 2 + style.headerFontSize() * 0.35))
                    .append("\">").append(row.step()).append("</text>\n");
        }
        svg.append("</g>\n<g stroke=\"#ccc\" stroke-width=\"0.5\">\n");
        for (Row row : f.rows()) {
            if (row.y() > 0) {
                line(svg, 0, headerHeight + row.y(), width, headerHeight + row.y());
            }
        }
        line(svg, width, 0, width, headerHeight + f.height());
        svg.append("</g>\n<line x1=\"0\" y1=\"").append(num(headerHeight)).append("\" x2=\"").append(num(width))
                .append("\" y2=\"").append(num(headerHeight)).append("\" stroke=\"#888\" stroke-width=\"0.75\"/>\n");
    }

    private static void header(StringBuilder svg, Flowchart f, List<List<String>> headers, double height,
                               double lineHeight) {
        FlowchartStyle style = f.style();
        svg.append("<g font-size=\"").append(num(style.headerFontSize())).append("\" text-anchor=\"middle\">\n");
        for (int i = 0; i < f.lanes().size(); i++) {
            Lane lane = f.lanes().get(i);
            List<String> lines = headers.get(i);
            double y = (height - lines.size() * lineHeight) / 2 + style.headerFontSize();
            for (String line : lines) {
                svg.append("<text x=\"").append(num(lane.centre())).append("\" y=\"").append(num(y)).append("\">")
                        .append(escape(line)).append("</text>\n");
                y += lineHeight;
            }
        }
        svg.append("</g>\n");
        svg.append("<line x1=\"0\" y1=\"").append(num(height)).append("\" x2=\"").append(num(f.width()))
                .append("\" y2=\"").append(num(height)).append("\" stroke=\"#888\" stroke-width=\"0.75\"/>\n");
    }

    private static void grid(StringBuilder svg, Flowchart f, double headerHeight) {
        svg.append("<g stroke=\"#ccc\" stroke-width=\"0.5\">\n");
        for (Row row : f.rows()) {
            if (row.y() > 0) {
                line(svg, 0, row.y(), f.width(), row.y());
            }
        }
        for (Lane lane : f.lanes()) {
            if (lane.x() > 0) {
                line(svg, lane.x(), -headerHeight, lane.x(), f.height());
            }
        }
        Lane last = f.lanes().getLast();
        if (last.x() + last.width() < f.width()) {
            line(svg, last.x() + last.width(), -headerHeight, last.x() + last.width(), f.height());
        }
        svg.append("</g>\n");
    }

    private static void symbols(StringBuilder svg, Flowchart f) {
        svg.append("<g fill=\"#fff\" stroke=\"#000\" stroke-width=\"1\">\n");
        for (Symbol s : f.symbols()) {
            switch (s.kind()) {
                case TERMINATOR, PROCESS -> {
                    svg.append("<rect data-step=\"").append(s.step()).append("\" x=\"").append(num(s.x()))
                            .append("\" y=\"").append(num(s.y())).append("\" width=\"").append(num(s.width()))
                            .append("\" height=\"").append(num(s.height()));
                    if (s.kind() == SymbolKind.TERMINATOR) {
                        svg.append("\" rx=\"").append(num(s.height() / 2));
                    }
                    svg.append("\"/>\n");
                }
                case DECISION -> {
                    svg.append("<polygon data-step=\"").append(s.step()).append("\" points=\"");
                    points(svg, List.of(s.top(), s.right(), s.bottom(), s.left()));
                    svg.append("\"/>\n");
                }
            }
        }
        svg.append("</g>\n");
    }

    private static void connectors(StringBuilder svg, Flowchart f) {
        FlowchartStyle style = f.style();
        svg.append("<g fill=\"none\" stroke=\"#000\" stroke-width=\"1\" stroke-linejoin=\"miter\">\n");
        for (Connector c : f.connectors()) {
            // The line stops at the arrowhead's base, so its width cannot poke out beside the sharp tip.
            List<Point> head = c.arrowhead(style.arrowLength(), style.arrowWidth());
            List<Point> line = new ArrayList<>(c.points());
            line.set(line.size() - 1, new Point((head.get(1).x() + head.get(2).x()) / 2,
                    (head.get(1).y() + head.get(2).y()) / 2));
            // The ends are named, so that a run view can mark the path it took.
            svg.append("<polyline data-from=\"").append(c.from()).append("\" data-to=\"").append(c.to())
                    .append("\" points=\"");
            points(svg, line);
            svg.append("\"/>\n");
        }
        svg.append("</g>\n<g fill=\"#000\" stroke=\"none\">\n");
        for (Connector c : f.connectors()) {
            svg.append("<polygon data-from=\"").append(c.from()).append("\" data-to=\"").append(c.to())
                    .append("\" points=\"");
            points(svg, c.arrowhead(style.arrowLength(), style.arrowWidth()));
            svg.append("\"/>\n");
        }
        svg.append("</g>\n");
    }

    private static void offPages(StringBuilder svg, Flowchart f) {
        if (f.offPages().isEmpty()) {
            return;
        }
        FlowchartStyle style = f.style();
        svg.append("<g stroke-width=\"1\">\n");
        for (OffPage o : f.offPages()) {
            svg.append("<polygon fill=\"#fff\" stroke=\"#000\" points=\"");
            points(svg, o.outline());
            Point c = o.textCentre();
            svg.append("\"/>\n<text x=\"").append(num(c.x())).append("\" y=\"")
                    .append(num(c.y() + style.fontSize() * 0.35)).append("\" font-size=\"")
                    .append(num(style.fontSize())).append("\" text-anchor=\"middle\" stroke=\"none\">")
                    .append(o.step()).append("</text>\n");
        }
        svg.append("</g>\n");
    }

    private static void labels(StringBuilder svg, Flowchart f) {
        // A white halo keeps a label readable where a track passes behind it. It is a copy of the labels drawn
        // first rather than paint-order, which the PDF's SVG renderer does not know.
        svg.append("<g font-size=\"").append(num(f.style().fontSize()))
                .append("\" fill=\"#fff\" stroke=\"#fff\" stroke-width=\"2.5\" stroke-linejoin=\"round\">\n");
        labelTexts(svg, f);
        svg.append("</g>\n<g font-size=\"").append(num(f.style().fontSize())).append("\" fill=\"#000\">\n");
        labelTexts(svg, f);
        svg.append("</g>\n");
    }

    private static void labelTexts(StringBuilder svg, Flowchart f) {
        for (Connector c : f.connectors()) {
            if (c.label() == null || c.label().isBlank() || c.labelAt() == null) {
                continue;
            }
            svg.append("<text x=\"").append(num(c.labelAt().x())).append("\" y=\"").append(num(c.labelAt().y()))
                    .append(c.labelAnchor() == TextAnchor.END ? "\" text-anchor=\"end\">" : "\">")
                    .append(escape(c.label())).append("</text>\n");
        }
    }

    /** Executor labels wrapped to their lane, by an estimate of the glyph width (in em; bold is wider). */
    private static List<List<String>> headerLines(Flowchart f, double charWidth) {
        List<List<String>> all = new ArrayList<>();
        for (Lane lane : f.lanes()) {
            int perLine = Math.max(4, (int) ((lane.width() - 6) / charWidth));
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            String label = lane.label() == null ? "" : lane.label().strip();
            for (String word : label.split("\\s+")) {
                if (!current.isEmpty() && current.length() + 1 + word.length() > perLine) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                if (!current.isEmpty()) {
                    current.append(' ');
                }
                current.append(word);
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
            }
            all.add(lines);
        }
        return all;
    }

    private static void line(StringBuilder svg, double x1, double y1, double x2, double y2) {
        svg.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
                .append(num(x2)).append("\" y2=\"").append(num(y2)).append("\"/>\n");
    }

    private static void points(StringBuilder svg, List<Point> points) {
        for (int i = 0; i < points.size(); i++) {
            if (i > 0) {
                svg.append(' ');
            }
            svg.append(num(points.get(i).x())).append(',').append(num(points.get(i).y()));
        }
    }

    /** Two decimals at most, no exponent, no locale: "12", "7.5", "-0.33". */
    static String num(double value) {
        long hundredths = Math.round(value * 100);
        if (hundredths == 0) {
            return "0";
        }
        StringBuilder s = new StringBuilder();
        if (hundredths < 0) {
            s.append('-');
            hundredths = -hundredths;
        }
        s.append(hundredths / 100);
        long fraction = hundredths % 100;
        if (fraction != 0) {
            s.append('.').append(fraction / 10);
            if (fraction % 10 != 0) {
                s.append(fraction % 10);
            }
        }
        return s.toString();
    }

    /** User text into XML character data or attributes; control characters XML cannot carry become spaces. */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF ? ' ' : c);
            }
        }
        return s.toString();
    }
}
