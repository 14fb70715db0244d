package id.baku.design.flowchart;

import java.util.ArrayList;
import java.util.List;

/**
 * Vertical tracks for edges that skip rows. Each track holds edges whose row spans do not touch, so no two
 * edges ever share a piece of track. Inner tracks lie in the margins beside the symbols of each column;
 * gutter tracks left and right of the lanes are opened one by one when the inner ones are taken. x values
 * are relative to the left edge of the first lane until the gutter widths are known.
 */
final class Tracks {

    private final FlowchartStyle style;
    private final int laneCount;
    private final List<Track> all = new ArrayList<>();
    private int leftCount;
    private int rightCount;

    Tracks(FlowchartStyle style, int laneCount) {
        this.style = style;
        this.laneCount = laneCount;
        double widest = Math.max(style.symbolWidth(), style.diamondWidth());
        double margin = (style.columnWidth() - widest) / 2;
        int perMargin = Math.max(1, (int) Math.floor(margin / pitch(style)));
        double step = margin / perMargin;
        for (int boundary = 0; boundary <= laneCount; boundary++) {
            double bx = boundary * style.columnWidth();
            // Never on the boundary itself: in the PDF that is the table's column line.
            for (int i = perMargin; i >= 1 && boundary > 0; i--) {
                all.add(new Track(bx - (i - 0.5) * step, Gutter.NONE, 0));
            }
            for (int i = 1; i <= perMargin && boundary < laneCount; i++) {
                all.add(new Track(bx + (i - 0.5) * step, Gutter.NONE, 0));
            }
        }
    }

    /** Tracks far enough apart that off-page pentagons where they cross a page break do not overlap. */
    private static double pitch(FlowchartStyle style) {
        return Math.max(style.trackSpacing(), style.offPageWidth() + 1);
    }

    /**
     * Picks the free track with the shortest detour for an edge between rows {@code from} and {@code to}
     * whose symbols are centred at {@code xs} and {@code xt}; {@code exitRight} restricts the side the edge
     * may leave its source by, or is null.
     */
    int assign(int from, int to, double xs, double xt, Boolean exitRight) {
        int lo = Math.min(from, to);
        int hi = Math.max(from, to);
        List<Track> candidates = new ArrayList<>();
        for (Track t : all) {
            if (t.gutter == Gutter.NONE && t.isFree(lo, hi)) {
                candidates.add(t);
            }
        }
        candidates.add(gutterTrack(Gutter.LEFT, lo, hi));
        candidates.add(gutterTrack(Gutter.RIGHT, lo, hi));
        Track best = null;
        double bestCost = Double.MAX_VALUE;
        for (Track t : candidates) {
            double x = t.provisionalX(style, laneCount);
            if (exitRight != null && (x > xs) != exitRight) {
                continue;
            }
            double cost = Math.abs(x - xs) + Math.abs(x - xt) + (t.gutter == Gutter.NONE ? 0 : style.columnWidth());
            if (cost < bestCost) {
                best = t;
                bestCost = cost;
            }
        }
        if (!all.contains(best)) {
            all.add(best);
            if (best.gutter == Gutter.LEFT) {
                leftCount++;
            } else {
                rightCount++;
            }
        }
        best.spans.add(new int[]{lo, hi});
        return all.indexOf(best);
    }

    /** Position used while choosing; gutter tracks move once the gutter's final width is known. */
    double provisionalX(int track) {
        return all.get(track).provisionalX(style, laneCount);
    }

    /** Final position, relative to the left edge of the first lane. */
    double x(int track) {
        Track t = all.get(track);
        return switch (t.gutter) {
            case NONE -> t.x;
            case LEFT -> -leftGutterWidth() * (t.index + 0.5) / leftCount;
            case RIGHT -> laneCount * style.columnWidth() + rightGutterWidth() * (t.index + 0.5) / rightCount;
        };
    }

    double leftGutterWidth() {
        return gutterWidth(leftCount);
    }

    double rightGutterWidth() {
        return gutterWidth(rightCount);
    }

    private double gutterWidth(int tracks) {
        return tracks == 0 ? 0 : Math.max(style.gutterWidth(), tracks * pitch(style));
    }

    private Track gutterTrack(Gutter side, int lo, int hi) {
        int count = side == Gutter.LEFT ? leftCount : rightCount;
        for (Track t : all) {
            if (t.gutter == side && t.isFree(lo, hi)) {
                return t;
            }
        }
        return new Track(0, side, count);
    }

    private enum Gutter { NONE, LEFT, RIGHT }

    private static final class Track {
        final double x;
        final Gutter gutter;
        final int index;
        final List<int[]> spans = new ArrayList<>();

        Track(double x, Gutter gutter, int index) {
            this.x = x;
            this.gutter = gutter;
            this.index = index;
        }

        /** Spans that merely touch at a row conflict too: both would reach that row's side ports. */
        boolean isFree(int lo, int hi) {
            for (int[] s : spans) {
                if (lo <= s[1] && s[0] <= hi) {
                    return false;
                }
            }
            return true;
        }

        double provisionalX(FlowchartStyle style, int laneCount) {
            return switch (gutter) {
                case NONE -> x;
                case LEFT -> -(index + 0.5) * pitch(style);
                case RIGHT -> laneCount * style.columnWidth() + (index + 0.5) * pitch(style);
            };
        }
    }
}
