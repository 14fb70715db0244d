package id.baku.design.flowchart;

/** A position in flowchart units (points in the PDF, user units in SVG); y grows downwards. */
public record Point(double x, double y) {

    public Point translate(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }
}
