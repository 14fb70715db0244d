package id.baku.design.flowchart;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks every flowchart must pass, whatever SOP it was drawn from. */
final class Geometry {

    private static final double EPS = 1e-6;

    private Geometry() {
    }

    static void assertWellFormed(Flowchart f) {
        for (Connector c : f.connectors()) {
            assertOrthogonal(c);
            assertInside(f, c);
            assertThat(startsAtItsSource(f, c)).as("connector %s starts on its source's outline", c).isTrue();
            assertThat(endsAtItsTarget(f, c)).as("connector %s ends on its target's outline", c).isTrue();
            assertCrossesNoSymbol(f, c);
            assertLabelClear(f, c);
        }
        assertNoSharedSegments(f);
        for (OffPage o : f.offPages()) {
            for (Symbol s : f.symbols()) {
                assertThat(overlaps(o.x(), o.y(), o.x() + o.width(), o.y() + o.height(), s))
                        .as("off-page %s overlaps symbol %d", o, s.step()).isFalse();
            }
        }
        for (Symbol s : f.symbols()) {
            Row row = f.rows().stream().filter(r -> r.step() == s.step()).findFirst().orElseThrow();
            assertThat(s.y()).as("symbol %d inside its row", s.step()).isGreaterThan(row.y());
            assertThat(s.y() + s.height()).isLessThan(row.bottom());
            assertThat(f.lanes()).as("symbol %d centred in a lane", s.step())
                    .anyMatch(l -> Math.abs(l.centre() - s.centre().x()) < EPS);
        }
    }

    static boolean startsAtItsSource(Flowchart f, Connector c) {
        Symbol source = symbolOf(f, c.from());
        if (source != null) {
            return onOutline(source, c.start());
        }
        return f.offPages().stream().anyMatch(o -> !o.outgoing() && o.from() == c.from() && o.to() == c.to()
                && onPolygon(o.outline(), c.start()));
    }

    static boolean endsAtItsTarget(Flowchart f, Connector c) {
        Symbol target = symbolOf(f, c.to());
        if (target != null) {
            return onOutline(target, c.end());
        }
        return f.offPages().stream().anyMatch(o -> o.outgoing() && o.from() == c.from() && o.to() == c.to()
                && onPolygon(o.outline(), c.end()));
    }

    static Symbol symbolOf(Flowchart f, int step) {
        return f.symbols().stream().filter(s -> s.step() == step).findFirst().orElse(null);
    }

    static boolean onOutline(Symbol s, Point p) {
        Point c = s.centre();
        double dx = Math.abs(p.x() - c.x());
        double dy = Math.abs(p.y() - c.y());
        double hw = s.width() / 2;
        double hh = s.height() / 2;
        return switch (s.kind()) {
            case PROCESS -> (Math.abs(dx - hw) < EPS && dy <= hh + EPS) || (Math.abs(dy - hh) < EPS && dx <= hw + EPS);
            case DECISION -> Math.abs(dx / hw + dy / hh - 1) < EPS;
            case TERMINATOR -> dx <= hw - hh + EPS ? Math.abs(dy - hh) < EPS
                    : Math.abs(Math.hypot(dx - (hw - hh), dy) - hh) < EPS;
        };
    }

    private static boolean onPolygon(List<Point> polygon, Point p) {
        for (int i = 0; i < polygon.size(); i++) {
            Point a = polygon.get(i);
            Point b = polygon.get((i + 1) % polygon.size());
            double cross = (b.x() - a.x()) * (p.y() - a.y()) - (b.y() - a.y()) * (p.x() - a.x());
            boolean within = p.x() >= Math.min(a.x(), b.x()) - EPS && p.x() <= Math.max(a.x(), b.x()) + EPS
                    && p.y() >= Math.min(a.y(), b.y()) - EPS && p.y() <= Math.max(a.y(), b.y()) + EPS;
            if (within && Math.abs(cross) < EPS) {
                return true;
            }
        }
        return false;
    }

    private static void assertOrthogonal(Connector c) {
        for (int i = 0; i + 1 < c.points().size(); i++) {
            Point a = c.points().get(i);
            Point b = c.points().get(i + 1);
            assertThat(a.x() == b.x() ^ a.y() == b.y()).as("segment %d of %s is horizontal or vertical", i, c).isTrue();
        }
    }

    private static void assertInside(Flowchart f, Connector c) {
        for (Point p : c.points()) {
            assertThat(p.x()).as("%s within the width", c).isBetween(0.0, f.width());
            assertThat(p.y()).as("%s within the height", c).isBetween(0.0, f.height());
        }
    }

    /** Only the first segment may touch the source and the last the target; nothing else touches a symbol. */
    private static void assertCrossesNoSymbol(Flowchart f, Connector c) {
        int last = c.points().size() - 2;
        for (int i = 0; i <= last; i++) {
            Point a = c.points().get(i);
            Point b = c.points().get(i + 1);
            for (Symbol s : f.symbols()) {
                boolean ownEnd = (i == 0 && s.step() == c.from()) || (i == last && s.step() == c.to());
                if (!ownEnd) {
                    assertThat(overlaps(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.max(a.x(), b.x()),
                            Math.max(a.y(), b.y()), s)).as("segment %d of %s crosses symbol %d", i, c, s.step()).isFalse();
                }
            }
        }
    }

    private static void assertLabelClear(Flowchart f, Connector c) {
        if (c.label() == null || c.labelAt() == null) {
            return;
        }
        double fs = f.style().fontSize();
        // A generous estimate of the rendered width: DejaVu Sans averages about 0.55 em.
        double w = c.label().length() * fs * 0.6;
        double x0 = c.labelAnchor() == TextAnchor.END ? c.labelAt().x() - w : c.labelAt().x();
        double y0 = c.labelAt().y() - 0.8 * fs;
        double y1 = c.labelAt().y() + 0.25 * fs;
        for (Symbol s : f.symbols()) {
            assertThat(overlaps(x0, y0, x0 + w, y1, s)).as("label of %s overlaps symbol %d", c, s.step()).isFalse();
        }
        for (OffPage o : f.offPages()) {
            boolean clear = x0 + w <= o.x() || x0 >= o.x() + o.width() || y1 <= o.y() || y0 >= o.y() + o.height();
            assertThat(clear).as("label of %s overlaps off-page %s", c, o).isTrue();
        }
    }

    /**
     * No two connectors run along the same line, except arrows that merge at the very same entry point
     * (a side with more entering edges than it has room for).
     */
    private static void assertNoSharedSegments(Flowchart f) {
        List<Connector> all = f.connectors();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Connector a = all.get(i);
                Connector b = all.get(j);
                boolean merging = a.to() == b.to() && a.end().equals(b.end());
                for (double[] sa : segments(a)) {
                    for (double[] sb : segments(b)) {
                        if (collinearOverlap(sa, sb) && !merging) {
                            throw new AssertionError("connectors " + a + " and " + b + " share a segment");
                        }
                    }
                }
            }
        }
    }

    static List<double[]> segments(Connector c) {
        List<double[]> segments = new ArrayList<>();
        for (int i = 0; i + 1 < c.points().size(); i++) {
            Point a = c.points().get(i);
            Point b = c.points().get(i + 1);
            segments.add(new double[]{a.x(), a.y(), b.x(), b.y()});
        }
        return segments;
    }

    static boolean collinearOverlap(double[] a, double[] b) {
        if (a[0] == a[2] && b[0] == b[2] && Math.abs(a[0] - b[0]) < EPS) {
            return overlapLength(a[1], a[3], b[1], b[3]) > EPS;
        }
        if (a[1] == a[3] && b[1] == b[3] && Math.abs(a[1] - b[1]) < EPS) {
            return overlapLength(a[0], a[2], b[0], b[2]) > EPS;
        }
        return false;
    }

    private static double overlapLength(double a0, double a1, double b0, double b1) {
        return Math.min(Math.max(a0, a1), Math.max(b0, b1)) - Math.max(Math.min(a0, a1), Math.min(b0, b1));
    }

    /** Whether a box (a segment is a thin one) reaches into a symbol's bounding box, touching excluded. */
    private static boolean overlaps(double x0, double y0, double x1, double y1, Symbol s) {
        return x1 > s.x() + EPS && x0 < s.x() + s.width() - EPS && y1 > s.y() + EPS && y0 < s.y() + s.height() - EPS;
    }
}
