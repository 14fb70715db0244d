package id.baku.design.flowchart;

import java.util.List;

/**
 * An arrow from step {@code from} to step {@code to}: an orthogonal polyline whose last point is the tip of
 * the arrowhead. {@code label} is the decision outcome ("Ya", "Tidak setuju") or null; it is drawn at
 * {@code labelAt} (text baseline) growing away from the symbol as {@code labelAnchor} says.
 */
public record Connector(int from, int to, String label, List<Point> points, Point labelAt, TextAnchor labelAnchor) {

    public Connector {
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("a connector needs at least two points");
        }
    }

    public Point start() {
        return points.getFirst();
    }

    public Point end() {
        return points.getLast();
    }

    /** The filled arrowhead: tip, then the two base corners, aligned with the last segment. */
    public List<Point> arrowhead(double length, double width) {
        Point tip = end();
        Point before = points.get(points.size() - 2);
        double dx = tip.x() - before.x();
        double dy = tip.y() - before.y();
        double norm = Math.hypot(dx, dy);
        double ux = dx / norm;
        double uy = dy / norm;
        double bx = tip.x() - ux * length;
        double by = tip.y() - uy * length;
        double hw = width / 2;
        return List.of(tip, new Point(bx - uy * hw, by + ux * hw), new Point(bx + uy * hw, by - ux * hw));
    }

    Connector translate(double dx, double dy) {
        return new Connector(from, to, label, points.stream().map(p -> p.translate(dx, dy)).toList(),
                labelAt == null ? null : labelAt.translate(dx, dy), labelAnchor);
    }
}
