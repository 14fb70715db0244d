package id.baku.design.flowchart;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a whole flowchart into pages. An edge cut by a page break keeps its route up to the break and ends
 * at an outgoing pentagon there (at the bottom, or at the top for a loop back to an earlier page); on the
 * other page it starts at an incoming pentagon at the break. Edges to the next step put their pentagons
 * right below or above the symbol; skip and loop edges put them on their own track, which keeps pentagons
 * apart because tracks are at least a pentagon wide apart.
 */
final class Pagination {

    /** Between a pentagon and the page break, so its outline is not lost in the table's row line. */
    private static final double EDGE_GAP = 2;

    private final Flowchart chart;
    private final FlowchartStyle style;
    private final int first;
    private final int last;

    Pagination(Flowchart chart) {
        if (!chart.offPages().isEmpty()) {
            throw new IllegalArgumentException("only a whole flowchart can be cut into pages");
        }
        this.chart = chart;
        this.style = chart.style();
        this.first = chart.rows().isEmpty() ? 1 : chart.rows().getFirst().step();
        this.last = first + chart.rows().size() - 1;
    }

    List<Flowchart> pages(double firstPageHeight, double pageHeight) {
        List<Flowchart> pages = new ArrayList<>();
        int from = first;
        while (from <= last) {
            double limit = pages.isEmpty() ? firstPageHeight : pageHeight;
            int to = from;
            while (to < last && height(from, to + 1) <= limit) {
                to++;
            }
            pages.add(page(from, to));
            from = to + 1;
        }
        return pages;
    }

    Flowchart page(int from, int to) {
        if (from < first || to > last || from > to) {
            throw new IllegalArgumentException("no steps " + from + ".." + to + " on this flowchart");
        }
        double top = growth(from, to, true);
        double bottom = growth(from, to, false);
        double dy = top - row(from).y();
        List<Row> rows = new ArrayList<>();
        List<Symbol> symbols = new ArrayList<>();
        for (int step = from; step <= to; step++) {
            Row r = row(step);
            double y = step == from ? 0 : r.y() + dy;
            double h = r.height() + (step == from ? top : 0) + (step == to ? bottom : 0);
            rows.add(new Row(step, y, h));
            symbols.add(chart.symbol(step).translate(0, dy));
        }
        double height = rows.getLast().bottom();
        List<Connector> connectors = new ArrayList<>();
        List<OffPage> offPages = new ArrayList<>();
        for (Connector c : chart.connectors()) {
            boolean source = inside(c.from(), from, to);
            boolean target = inside(c.to(), from, to);
            if (source && target) {
                connectors.add(c.translate(0, dy));
            } else if (source) {
                outgoing(c.translate(0, dy), c.to() > to, height, connectors, offPages);
            } else if (target) {
                incoming(c.translate(0, dy), c.from() > to, height, connectors, offPages);
            }
        }
        return new Flowchart(chart.width(), height, chart.lanes(), rows, symbols, connectors, offPages, style);
    }

    private double height(int from, int to) {
        return row(to).bottom() - row(from).y() + growth(from, to, true) + growth(from, to, false);
    }

    private Row row(int step) {
        return chart.rows().get(step - first);
    }

    private static boolean inside(int step, int from, int to) {
        return step >= from && step <= to;
    }

    /**
     * Extra room the first (top) or last row needs so that a pentagon at the break and its arrow fit
     * between the break and the symbol; zero when no edge is cut there.
     */
    private double growth(int from, int to, boolean top) {
        boolean cut = false;
        for (Connector c : chart.connectors()) {
            boolean source = inside(c.from(), from, to);
            boolean target = inside(c.to(), from, to);
            int outside = source ? c.to() : c.from();
            if (source != target && (top ? outside < from : outside > to)) {
                cut = true;
                break;
            }
        }
        if (!cut) {
            return 0;
        }
        Symbol s = chart.symbol(top ? from : to);
        Row r = row(top ? from : to);
        double gap = top ? s.y() - r.y() : r.bottom() - s.y() - s.height();
        return Math.max(0, reach() - gap);
    }

    /** From the break to the nearest symbol: gap, pentagon, and an arrow long enough to show its head. */
    private double reach() {
        return EDGE_GAP + style.offPageHeight() + style.arrowLength() + 4;
    }

    /** Keeps the route up to its first vertical run, which it follows to a pentagon at the break. */
    private void outgoing(Connector c, boolean down, double height, List<Connector> connectors, List<OffPage> offPages) {
        int run = firstVertical(c.points());
        OffPage pentagon = pentagon(c, c.points().get(run).x(), down, height, true);
        List<Point> points = new ArrayList<>(c.points().subList(0, run + 1));
        points.add(new Point(points.getLast().x(), down ? pentagon.y() : pentagon.y() + pentagon.height()));
        connectors.add(new Connector(c.from(), c.to(), c.label(), points, c.labelAt(), c.labelAnchor()));
        offPages.add(pentagon);
    }

    /** Keeps the route from its last vertical run, which starts at a pentagon at the break. */
    private void incoming(Connector c, boolean fromBelow, double height, List<Connector> connectors,
                          List<OffPage> offPages) {
        int run = lastVertical(c.points());
        OffPage pentagon = pentagon(c, c.points().get(run).x(), fromBelow, height, false);
        List<Point> points = new ArrayList<>();
        points.add(new Point(c.points().get(run).x(), fromBelow ? pentagon.y() : pentagon.y() + pentagon.height()));
        points.addAll(c.points().subList(run + 1, c.points().size()));
        connectors.add(new Connector(c.from(), c.to(), null, points, null, null));
        offPages.add(pentagon);
    }

    private OffPage pentagon(Connector c, double x, boolean atBottom, double height, boolean outgoing) {
        double w = style.offPageWidth();
        double h = style.offPageHeight();
        double y = atBottom ? height - EDGE_GAP - h : EDGE_GAP;
        return new OffPage(c.from(), c.to(), outgoing, x - w / 2, y, w, h);
    }

    private static int firstVertical(List<Point> points) {
        for (int i = 0; i + 1 < points.size(); i++) {
            if (points.get(i).x() == points.get(i + 1).x()) {
                return i;
            }
        }
        throw new IllegalStateException("a connector between rows has a vertical run");
    }

    private static int lastVertical(List<Point> points) {
        for (int i = points.size() - 2; i >= 0; i--) {
            if (points.get(i).x() == points.get(i + 1).x()) {
                return i;
            }
        }
        throw new IllegalStateException("a connector between rows has a vertical run");
    }
}
