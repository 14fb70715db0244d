package id.baku.design.flowchart;

/** The symbol of one step; (x, y) is the top-left corner of its bounding box. */
public record Symbol(int step, SymbolKind kind, double x, double y, double width, double height) {

    public Point centre() {
        return new Point(x + width / 2, y + height / 2);
    }

    public Point top() {
        return new Point(x + width / 2, y);
    }

    public Point bottom() {
        return new Point(x + width / 2, y + height);
    }

    public Point left() {
        return new Point(x, y + height / 2);
    }

    public Point right() {
        return new Point(x + width, y + height / 2);
    }

    /**
     * Where a horizontal line at {@code dy} from the centre meets the outline on the given side, so arrows
     * entering off-centre touch the capsule's curve or the diamond's slope instead of the bounding box.
     */
    public Point side(boolean right, double dy) {
        double half = width / 2;
        double rise = Math.min(Math.abs(dy), height / 2);
        double reach = switch (kind) {
            case PROCESS -> half;
            case DECISION -> half * (1 - rise / (height / 2));
            case TERMINATOR -> {
                double r = height / 2;
                yield half - r + Math.sqrt(r * r - rise * rise);
            }
        };
        Point c = centre();
        return new Point(right ? c.x() + reach : c.x() - reach, c.y() + dy);
    }

    Symbol translate(double dx, double dy) {
        return new Symbol(step, kind, x + dx, y + dy, width, height);
    }
}
