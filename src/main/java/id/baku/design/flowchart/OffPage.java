package id.baku.design.flowchart;

import java.util.List;

/**
 * Off-page connector (pentagon pointing down) where an edge crosses a page break. An outgoing one ends the
 * edge on the page of {@code from} and shows {@code to}; an incoming one starts the edge on the page of
 * {@code to} and shows {@code from}. It sits just inside the break the edge crosses: at the bottom of the
 * page for edges to later steps, at the top for loops back to an earlier page. (x, y) is the top-left
 * corner of its bounding box.
 */
public record OffPage(int from, int to, boolean outgoing, double x, double y, double width, double height) {

    /** The step number printed inside: where the flow continues, or where it comes from. */
    public int step() {
        return outgoing ? to : from;
    }

    /** The pentagon, clockwise from the top-left corner; the sides are straight for the top 60%. */
    public List<Point> outline() {
        double shoulder = y + height * 0.6;
        return List.of(new Point(x, y), new Point(x + width, y), new Point(x + width, shoulder),
                new Point(x + width / 2, y + height), new Point(x, shoulder));
    }

    /** Where the number's centre goes: inside the rectangular part, which is the widest. */
    public Point textCentre() {
        return new Point(x + width / 2, y + height * 0.4);
    }
}
