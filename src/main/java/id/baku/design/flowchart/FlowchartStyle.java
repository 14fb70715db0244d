package id.baku.design.flowchart;

/**
 * Sizes of the flowchart, in points (PDF) or SVG user units.
 *
 * @param columnWidth   width of one Pelaksana column
 * @param minRowHeight  height of a step row when the caller gives none (or a smaller one)
 * @param symbolWidth   width of process rectangles and terminator capsules
 * @param symbolHeight  height of process rectangles and terminator capsules
 * @param diamondWidth  width of decision diamonds
 * @param diamondHeight height of decision diamonds
 * @param gutterWidth   minimum width of the gutter left or right of the lanes, when an edge needs it
 * @param trackSpacing  least distance between parallel tracks of skip and loop edges; tracks also keep an
 *                      off-page pentagon's width apart, so pentagons at a page break never overlap
 * @param fontSize      outcome labels and off-page numbers
 * @param headerFontSize executor labels in the SVG header
 * @param arrowLength   arrowhead length along the line
 * @param arrowWidth    arrowhead width across the line
 * @param offPageWidth  off-page pentagon width
 * @param offPageHeight off-page pentagon height
 */
public record FlowchartStyle(double columnWidth, double minRowHeight, double symbolWidth, double symbolHeight,
                             double diamondWidth, double diamondHeight, double gutterWidth, double trackSpacing,
                             double fontSize, double headerFontSize, double arrowLength, double arrowWidth,
                             double offPageWidth, double offPageHeight) {

    public FlowchartStyle {
        double widest = Math.max(symbolWidth, diamondWidth);
        double tallest = Math.max(symbolHeight, diamondHeight);
        if (widest <= 0 || tallest <= 0 || trackSpacing <= 0 || fontSize <= 0 || arrowLength <= 0
                || offPageWidth <= 0 || offPageHeight <= 0 || gutterWidth < 0) {
            throw new IllegalArgumentException("flowchart sizes must be positive");
        }
        // Skip and loop edges run between the symbols of neighbouring columns; they need that room.
        if (columnWidth < widest + 2 * trackSpacing) {
            throw new IllegalArgumentException("columnWidth must leave a track beside the widest symbol");
        }
        if (minRowHeight < tallest + 2 * arrowLength) {
            throw new IllegalArgumentException("minRowHeight must leave room for an arrow between rows");
        }
    }

    /** Sizes that fit the Permenpan table on A4 landscape and read well in the designer preview. */
    public static FlowchartStyle standard() {
        return new FlowchartStyle(90, 48, 60, 24, 40, 30, 24, 6, 7, 8, 6, 4, 14, 12);
    }

    double symbolWidth(SymbolKind kind) {
        return kind == SymbolKind.DECISION ? diamondWidth : symbolWidth;
    }

    double symbolHeight(SymbolKind kind) {
        return kind == SymbolKind.DECISION ? diamondHeight : symbolHeight;
    }
}
