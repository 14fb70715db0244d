package id.baku.design.flowchart;

import java.util.List;

/**
 * The laid-out flowchart of an SOP, or of one page of it: plain geometry that the SVG writer and the PDF
 * draw alike. Coordinates start at the top-left corner of the first row, left gutter included; lanes line
 * up with the Pelaksana columns of the table and rows with its step rows.
 *
 * @param offPages off-page connectors; empty for a whole flowchart
 * @param style    the sizes it was laid out with, which renderers need for arrowheads and labels
 */
public record Flowchart(double width, double height, List<Lane> lanes, List<Row> rows, List<Symbol> symbols,
                        List<Connector> connectors, List<OffPage> offPages, FlowchartStyle style) {

    public Flowchart {
        lanes = List.copyOf(lanes);
        rows = List.copyOf(rows);
        symbols = List.copyOf(symbols);
        connectors = List.copyOf(connectors);
        offPages = List.copyOf(offPages);
    }

    /** The symbol of a step shown on this flowchart. */
    public Symbol symbol(int step) {
        int first = symbols.isEmpty() ? 1 : symbols.getFirst().step();
        if (step < first || step - first >= symbols.size()) {
            throw new IllegalArgumentException("step " + step + " is not on this flowchart");
        }
        return symbols.get(step - first);
    }

    /**
     * The rows of steps {@code fromStep..toStep} of a whole flowchart as one page, y starting at 0. Edges to
     * steps elsewhere follow their route to the page break and end at an outgoing off-page connector there;
     * edges from elsewhere start at an incoming one. Edges passing by with neither end on the page are left out.
     * The first and last row grow when an off-page connector above or below the symbol needs the room; the
     * table rows must be drawn with the heights in {@link #rows()} of the page.
     */
    public Flowchart page(int fromStep, int toStep) {
        return new Pagination(this).page(fromStep, toStep);
    }

    /** The whole flowchart cut into pages of at most {@code pageHeight}; a taller single row gets a page alone. */
    public List<Flowchart> pages(double pageHeight) {
        return pages(pageHeight, pageHeight);
    }

    /** As {@link #pages(double)}, for a first page that has less room (below the SOP's identity section). */
    public List<Flowchart> pages(double firstPageHeight, double pageHeight) {
        return new Pagination(this).pages(firstPageHeight, pageHeight);
    }
}
