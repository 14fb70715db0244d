package id.baku.design.flowchart;

import java.util.ArrayList;
import java.util.List;

/** Cuts a whole flowchart into pages, ending and starting cut edges at off-page pentagons. */
final class Pagination {

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
        double top = topGrowth(from);
        double bottom = bottomGrowth(to);
        double dy = top - row(from).y();
        List<Row> rows = new ArrayList<>();
        for (int step = from; step <= to; step++) {
            Row r = row(step);
            double y = step == from ? 0 : r.y() + dy;
            double h = r.height() + (step == from ? top : 0) + (step == to ? bottom : 0);
            rows.add(new Row(step, y, h));
        }
        List<Symbol> symbols = new ArrayList<>();
        for (int step = from; step <= to; step++) {
            symbols.add(chart.symbol(step).translate(0, dy));
        }
        List<Connector> connectors = new ArrayList<>();
        List<OffPage> offPages = new ArrayList<>();
        for (Connector c : chart.connectors()) {
            boolean source = c.from() >= from && c.from() <= to;
            boolean target = c.to() >= from && c.to() <= to;
            if (source && target) {
                connectors.add(c.translate(0, dy));
            } else if (source) {
                outgoing(c.translate(0, dy), connectors, offPages);
            } else if (target) {
                incoming(c.translate(0, dy), connectors, offPages);
            }
        }
        double height = rows.getLast().bottom();
        return new Flowchart(chart.width(), height, chart.lanes(), rows, symbols, connectors, offPages, style);
    }

    private double height(int from, int to) {
        return row(to).bottom() - row(from).y() + topGrowth(from) + bottomGrowth(to);
    }

    private Row row(int step) {
        return chart.rows().get(step - first);
    }

    /** Room an incoming pentagon above the first symbol needs beyond what the row has. */
    private double topGrowth(int step) {
        for (Connector c : chart.connectors()) {
            if (c.to() == step && c.from() < step && vertical(c.points(), c.points().size() - 2)) {
                return Math.max(0, verticalStub() + style.offPageHeight() + 2 - (chart.symbol(step).y() - row(step).y()));
            }
        }
        return 0;
    }

    /** Room an outgoing pentagon below the last symbol needs beyond what the row has. */
    private double bottomGrowth(int step) {
        for (Connector c : chart.connectors()) {
            if (c.from() == step && c.to() > step && vertical(c.points(), 0)) {
                Symbol s = chart.symbol(step);
                return Math.max(0, verticalStub() + style.offPageHeight() + 2 - (row(step).bottom() - s.y() - s.height()));
            }
        }
        return 0;
    }

    private void outgoing(Connector c, List<Connector> connectors, List<OffPage> offPages) {
        Point start = c.start();
        double w = style.offPageWidth();
        double h = style.offPageHeight();
        Point end;
        OffPage pentagon;
        Point labelAt = c.labelAt();
        if (vertical(c.points(), 0)) {
            end = start.translate(0, verticalStub());
            pentagon = new OffPage(c.from(), c.to(), true, end.x() - w / 2, end.y(), w, h);
            if (labelAt != null) {
                double dx = c.labelAnchor() == TextAnchor.START ? w / 2 + 2 : -w / 2 - 2;
                labelAt = new Point(start.x() + dx, labelAt.y());
            }
        } else {
            boolean right = c.points().get(1).x() > start.x();
            end = start.translate(right ? horizontalStub() : -horizontalStub(), 0);
            pentagon = new OffPage(c.from(), c.to(), true, right ? end.x() : end.x() - w, end.y() - h / 2, w, h);
            if (labelAt != null) {
                // Clear of the pentagon, on the side the label already had.
                double y = labelAt.y() < start.y() ? start.y() - h / 2 - 2 : start.y() + h / 2 + 2 + style.fontSize() * 0.8;
                labelAt = new Point(labelAt.x(), y);
            }
        }
        connectors.add(new Connector(c.from(), c.to(), c.label(), List.of(start, end), labelAt, c.labelAnchor()));
        offPages.add(pentagon);
    }

    private void incoming(Connector c, List<Connector> connectors, List<OffPage> offPages) {
        Point end = c.end();
        double w = style.offPageWidth();
        double h = style.offPageHeight();
        Point start;
        OffPage pentagon;
        if (vertical(c.points(), c.points().size() - 2)) {
            start = end.translate(0, -verticalStub());
            pentagon = new OffPage(c.from(), c.to(), false, start.x() - w / 2, start.y() - h, w, h);
        } else {
            boolean fromRight = c.points().get(c.points().size() - 2).x() > end.x();
            start = end.translate(fromRight ? horizontalStub() : -horizontalStub(), 0);
            pentagon = new OffPage(c.from(), c.to(), false, fromRight ? start.x() : start.x() - w, start.y() - h / 2, w, h);
        }
        connectors.add(new Connector(c.from(), c.to(), null, List.of(start, end), null, null));
        offPages.add(pentagon);
    }

    private static boolean vertical(List<Point> points, int segment) {
        return points.get(segment).x() == points.get(segment + 1).x();
    }

    private double verticalStub() {
        return style.arrowLength() + 4;
    }

    private double horizontalStub() {
        return style.arrowLength() + 2;
    }
}
