package id.baku.design.flowchart;

import id.baku.design.Executor;
import id.baku.design.Outcome;
import id.baku.design.SopContent;
import id.baku.design.Step;
import id.baku.design.StepKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lays out the flowchart of an SOP: one row per step, each symbol centred in its Pelaksana column, arrows
 * routed orthogonally so that they never cross a symbol. Works on unfinished drafts too: outcomes that are
 * missing or point nowhere are left out, and executors outside the table are drawn in the nearest column.
 *
 * <p>Edges to the next step leave a symbol at the bottom. Every other edge (a skip forward, a loop back)
 * leaves a decision at its left or right vertex, runs along a vertical track of its own, and enters its
 * target from the side. Tracks sit in the free margins between the symbols of neighbouring columns, so the
 * drawing stays inside the executor columns of the Permenpan table; only when those are taken does an edge
 * use a gutter left or right of the lanes.
 */
public final class FlowchartLayout {

    private final FlowchartStyle style;
    private final int laneCount;
    private final int[] columns;
    private final SymbolKind[] kinds;
    private final double[] rowY;
    private final double[] rowHeight;

    private FlowchartLayout(SopContent content, FlowchartStyle style, int[] rowHeights) {
        this.style = style;
        int n = content.steps().size();
        laneCount = Math.max(1, content.executors().size());
        columns = new int[n + 1];
        kinds = new SymbolKind[n + 1];
        rowY = new double[n + 2];
        rowHeight = new double[n + 1];
        for (int step = 1; step <= n; step++) {
            columns[step] = Math.clamp(content.steps().get(step - 1).executor(), 1, laneCount);
            kinds[step] = kind(content.drawnKind(step));
            int given = rowHeights != null && step - 1 < rowHeights.length ? rowHeights[step - 1] : 0;
            rowHeight[step] = Math.max(style.minRowHeight(), given);
            rowY[step + 1] = rowY[step] + rowHeight[step];
        }
    }

    public static Flowchart of(SopContent content, FlowchartStyle style) {
        return of(content, style, null);
    }

    /** @param rowHeights height of each step's table row, step 1 first; rows never get below the minimum */
    public static Flowchart of(SopContent content, FlowchartStyle style, int[] rowHeights) {
        return new FlowchartLayout(content, style, rowHeights).layout(content);
    }

    private Flowchart layout(SopContent content) {
        int n = content.steps().size();
        List<Edge> down = new ArrayList<>();
        List<Edge> side = new ArrayList<>();
        for (int step = 1; step <= n; step++) {
            edges(content.steps(), step, down, side);
        }
        Tracks tracks = new Tracks(style, laneCount);
        List<SideRoute> routes = route(side, tracks);
        double leftGutter = tracks.leftGutterWidth();
        double width = leftGutter + laneCount * style.columnWidth() + tracks.rightGutterWidth();

        List<Lane> lanes = new ArrayList<>();
        for (int column = 1; column <= laneCount; column++) {
            List<Executor> executors = content.executors();
            String label = column <= executors.size() ? executors.get(column - 1).label() : null;
            lanes.add(new Lane(column, label, leftGutter + (column - 1) * style.columnWidth(), style.columnWidth()));
        }
        List<Row> rows = new ArrayList<>();
        List<Symbol> symbols = new ArrayList<>();
        for (int step = 1; step <= n; step++) {
            rows.add(new Row(step, rowY[step], rowHeight[step]));
            double w = style.symbolWidth(kinds[step]);
            double h = style.symbolHeight(kinds[step]);
            double cx = lanes.get(columns[step] - 1).centre();
            double cy = rowY[step] + rowHeight[step] / 2;
            symbols.add(new Symbol(step, kinds[step], cx - w / 2, cy - h / 2, w, h));
        }
        List<Connector> connectors = new ArrayList<>();
        for (Edge e : down) {
            connectors.add(downConnector(e, symbols.get(e.from() - 1), symbols.get(e.to() - 1)));
        }
        Ports ports = new Ports(routes);
        for (SideRoute r : routes) {
            connectors.add(sideConnector(r, symbols, leftGutter + tracks.x(r.track()), ports.offset(r)));
        }
        connectors.sort(Comparator.comparingInt(Connector::from).thenComparingInt(Connector::to));
        return new Flowchart(width, rowY[n + 1], lanes, rows, symbols, connectors, List.of(), style);
    }

    private static SymbolKind kind(StepKind kind) {
        return switch (kind) {
            case PROCESS -> SymbolKind.PROCESS;
            case DECISION -> SymbolKind.DECISION;
            case TERMINATOR -> SymbolKind.TERMINATOR;
        };
    }

    /** Same edges as SopValidator.successors; the outcome that leads to the next step takes the bottom exit. */
    private void edges(List<Step> steps, int step, List<Edge> down, List<Edge> side) {
        int n = steps.size();
        Step s = steps.get(step - 1);
        if (kinds[step] != SymbolKind.DECISION) {
            if (step < n) {
                down.add(new Edge(step, step + 1, null, 0));
            }
            return;
        }
        boolean bottomTaken = false;
        Outcome[] outcomes = {s.yes(), s.no()};
        for (int i = 0; i < outcomes.length; i++) {
            Outcome o = outcomes[i];
            if (o == null || o.target() < 1 || o.target() > n || o.target() == step) {
                continue;
            }
            Edge e = new Edge(step, o.target(), o.label(), i);
            if (o.target() == step + 1 && !bottomTaken) {
                bottomTaken = true;
                down.add(e);
            } else {
                side.add(e);
            }
        }
    }

    private Connector downConnector(Edge e, Symbol from, Symbol to) {
        Point start = from.bottom();
        Point end = to.top();
        List<Point> points;
        if (start.x() == end.x()) {
            points = List.of(start, end);
        } else {
            // Turn below the source, halfway to the row's bottom: no symbol is there, and the turn stays off
            // the row line the PDF table draws at the bottom.
            double turn = (start.y() + rowY[e.to()]) / 2;
            points = List.of(start, new Point(start.x(), turn), new Point(end.x(), turn), end);
        }
        Point labelAt = null;
        TextAnchor anchor = null;
        if (e.label() != null) {
            // Beside the line just below the vertex, on the side the line does not turn to.
            anchor = end.x() > start.x() ? TextAnchor.END : TextAnchor.START;
            double dx = anchor == TextAnchor.END ? -3 : 3;
            labelAt = new Point(start.x() + dx, start.y() + style.fontSize());
            if (anchor == TextAnchor.END && start.x() - 3 - e.label().length() * style.fontSize() * 0.6 < 0) {
                // In a narrow leftmost column it would stick out of the chart: under the turn instead.
                anchor = TextAnchor.START;
                labelAt = new Point(start.x() + 3, points.get(1).y() + 2 + style.fontSize());
            }
        }
        return new Connector(e.from(), e.to(), e.label(), points, labelAt, anchor);
    }

    /** Short edges first, so they get the tracks closest to their symbols. */
    private List<SideRoute> route(List<Edge> side, Tracks tracks) {
        List<Edge> ordered = new ArrayList<>(side);
        ordered.sort(Comparator.comparingInt((Edge e) -> Math.abs(e.to() - e.from())).thenComparingInt(Edge::from)
                .thenComparingInt(Edge::order));
        Map<Integer, Boolean> exitRight = new HashMap<>();
        List<SideRoute> routes = new ArrayList<>();
        for (Edge e : ordered) {
            double xs = centreX(e.from());
            double xt = centreX(e.to());
            // A decision whose two outcomes both leave sideways uses both vertices, one each.
            Boolean taken = exitRight.get(e.from());
            int track = tracks.assign(e.from(), e.to(), xs, xt, taken == null ? null : !taken);
            double x = tracks.provisionalX(track);
            exitRight.put(e.from(), x > xs);
            routes.add(new SideRoute(e, track, Math.abs(x - xt), x > xs, x > xt));
        }
        return routes;
    }

    private double centreX(int step) {
        return (columns[step] - 0.5) * style.columnWidth();
    }

    private Connector sideConnector(SideRoute r, List<Symbol> symbols, double trackX, double entryOffset) {
        Edge e = r.edge();
        Symbol from = symbols.get(e.from() - 1);
        Symbol to = symbols.get(e.to() - 1);
        Point start = r.exitRight() ? from.right() : from.left();
        Point end = to.side(r.enterRight(), entryOffset);
        List<Point> points = List.of(start, new Point(trackX, start.y()), new Point(trackX, end.y()), end);
        Point labelAt = null;
        TextAnchor anchor = null;
        if (e.label() != null) {
            // Above the line when the track turns down, below it when the track turns up: never on the track.
            anchor = r.exitRight() ? TextAnchor.START : TextAnchor.END;
            double dx = r.exitRight() ? 3 : -3;
            double dy = r.labelBelow() ? 3 + style.fontSize() * 0.8 : -3;
            labelAt = new Point(start.x() + dx, start.y() + dy);
        }
        return new Connector(e.from(), e.to(), e.label(), points, labelAt, anchor);
    }

    /** @param order 0 for the yes outcome, 1 for no; keeps sorting deterministic */
    record Edge(int from, int to, String label, int order) {
    }

    /** @param reach horizontal distance from the track to the target's centre */
    record SideRoute(Edge edge, int track, double reach, boolean exitRight, boolean enterRight) {

        boolean labelBelow() {
            return edge.to() < edge.from();
        }
    }

    /**
     * Entry points on the sides of a symbol. Several edges entering the same side get separate heights so
     * their last segments never lie on top of each other; the centre is left to the symbol's own exit.
     */
    private final class Ports {

        private final Map<SideRoute, Double> offsets = new IdentityHashMap<>();

        Ports(List<SideRoute> routes) {
            Map<Integer, List<SideRoute>> bySide = new TreeMap<>();
            for (SideRoute r : routes) {
                bySide.computeIfAbsent(2 * r.edge().to() + (r.enterRight() ? 1 : 0), k -> new ArrayList<>()).add(r);
            }
            for (List<SideRoute> entering : bySide.values()) {
                SideRoute first = entering.getFirst();
                int step = first.edge().to();
                SideRoute exit = routes.stream()
                        .filter(r -> r.edge().from() == step && r.exitRight() == first.enterRight())
                        .findFirst().orElse(null);
                assign(step, entering, exit);
            }
        }

        double offset(SideRoute r) {
            return offsets.get(r);
        }

        private void assign(int step, List<SideRoute> entering, SideRoute exit) {
            double h = style.symbolHeight(kinds[step]);
            double unit = h / 5;
            int reach = kinds[step] == SymbolKind.DECISION ? 1 : 2;
            // Away from the exit's label first, so entering lines do not cross it.
            double prefer = exit == null ? 1 : exit.labelBelow() ? -1 : 1;
            List<Double> free = new ArrayList<>();
            if (exit == null) {
                free.add(0.0);
            }
            for (int k = 1; k <= reach; k++) {
                free.add(prefer * k * unit);
                free.add(-prefer * k * unit);
            }
            List<Double> chosen = new ArrayList<>(free.subList(0, Math.min(free.size(), entering.size())));
            chosen.sort(null);
            // Top to bottom: edges from below on far tracks first, edges from above on far tracks last,
            // which keeps their horizontal ends from crossing each other's tracks.
            List<SideRoute> ordered = new ArrayList<>(entering);
            ordered.sort(Comparator.comparingInt((SideRoute r) -> r.edge().from() > step ? 0 : 1)
                    .thenComparingDouble(r -> (r.edge().from() > step ? -1 : 1) * r.reach())
                    .thenComparingInt(r -> r.edge().from()));
            for (int i = 0; i < ordered.size(); i++) {
                // More entries than room: the extra ones share the last height and merge into one arrow.
                offsets.put(ordered.get(i), chosen.get(Math.min(i, chosen.size() - 1)));
            }
        }
    }
}
