package id.baku.design.flowchart;

import id.baku.design.Outcome;
import id.baku.design.SopContent;
import id.baku.design.Step;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static id.baku.design.flowchart.Sops.decision;
import static id.baku.design.flowchart.Sops.process;
import static id.baku.design.flowchart.Sops.sop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class FlowchartLayoutTest {

    private static final FlowchartStyle STYLE = FlowchartStyle.standard();

    @Test
    void first_and_last_steps_are_terminators_and_decisions_are_diamonds() {
        Flowchart f = FlowchartLayout.of(Sops.approvalLoop(), STYLE);

        assertThat(f.symbols()).extracting(Symbol::kind).containsExactly(SymbolKind.TERMINATOR, SymbolKind.PROCESS,
                SymbolKind.PROCESS, SymbolKind.PROCESS, SymbolKind.DECISION, SymbolKind.PROCESS, SymbolKind.TERMINATOR);
        assertThat(f.symbol(5).width()).isEqualTo(STYLE.diamondWidth());
        assertThat(f.symbol(1).height()).isEqualTo(STYLE.symbolHeight());
        Geometry.assertWellFormed(f);
    }

    @Test
    void symbols_sit_centred_in_their_executor_column_one_row_per_step() {
        Flowchart f = FlowchartLayout.of(Sops.approvalLoop(), STYLE);

        assertThat(f.lanes()).extracting(Lane::label)
                .containsExactly("Pemohon", "Petugas Pelayanan", "Kepala Seksi", "Kepala Dinas");
        assertThat(f.symbol(5).centre().x()).isEqualTo(f.lanes().get(3).centre());
        assertThat(f.symbol(5).centre().y()).isEqualTo(f.rows().get(4).y() + STYLE.minRowHeight() / 2);
        assertThat(f.height()).isEqualTo(7 * STYLE.minRowHeight());
        assertThat(f.width()).isEqualTo(4 * STYLE.columnWidth());
    }

    @Test
    void consecutive_steps_in_one_column_are_joined_by_a_straight_arrow() {
        Flowchart f = FlowchartLayout.of(sop(2, process(1), process(1), process(2)), STYLE);

        assertThat(connector(f, 1, 2).points()).containsExactly(f.symbol(1).bottom(), f.symbol(2).top());
    }

    @Test
    void a_change_of_column_turns_between_the_rows() {
        Flowchart f = FlowchartLayout.of(sop(2, process(1), process(1), process(2)), STYLE);

        Connector c = connector(f, 2, 3);
        double turn = c.points().get(1).y();
        assertThat(c.points()).containsExactly(f.symbol(2).bottom(), new Point(f.symbol(2).bottom().x(), turn),
                new Point(f.symbol(3).top().x(), turn), f.symbol(3).top());
        assertThat(turn).as("below the source, off the table's row line")
                .isStrictlyBetween(f.symbol(2).bottom().y(), f.rows().get(2).y());
    }

    @Test
    void a_decision_leaves_by_its_bottom_vertex_to_the_next_step_and_by_a_side_vertex_back() {
        Flowchart f = FlowchartLayout.of(Sops.approvalLoop(), STYLE);

        Connector agree = connector(f, 5, 6);
        assertThat(agree.label()).isEqualTo("Setuju");
        assertThat(agree.start()).isEqualTo(f.symbol(5).bottom());
        Connector disagree = connector(f, 5, 4);
        assertThat(disagree.label()).isEqualTo("Tidak setuju");
        assertThat(disagree.start()).isIn(f.symbol(5).left(), f.symbol(5).right());
        Point end = disagree.end();
        assertThat(end.y()).isEqualTo(f.symbol(4).centre().y());
        assertThat(end).isIn(f.symbol(4).left(), f.symbol(4).right());
        assertThat(f.connectors()).hasSize(7);
    }

    @Test
    void loops_and_skips_of_the_seed_shapes_are_routed_cleanly() {
        for (SopContent content : List.of(Sops.approvalLoop(), Sops.twelveSteps(), Sops.shortLoop())) {
            Flowchart f = FlowchartLayout.of(content, STYLE);
            Geometry.assertWellFormed(f);
            assertDecisionsCarryTheirOutcomes(content, f);
        }
        Flowchart twelve = FlowchartLayout.of(Sops.twelveSteps(), STYLE);
        assertThat(connector(twelve, 10, 9).label()).isEqualTo("Belum lengkap");
        assertThat(connector(twelve, 10, 11).start()).isEqualTo(twelve.symbol(10).bottom());
        Flowchart shortLoop = FlowchartLayout.of(Sops.shortLoop(), STYLE);
        assertThat(connector(shortLoop, 3, 2).label()).isEqualTo("Tidak");
        assertThat(connector(shortLoop, 3, 4).label()).isEqualTo("Ya");
    }

    @Test
    void a_large_sop_with_loops_and_skips_keeps_every_edge_clear_of_symbols_and_other_edges() {
        SopContent content = Sops.generated(40, 8, 7);
        long loops = content.steps().stream().filter(Step::isDecision)
                .filter(s -> s.no().target() < content.steps().indexOf(s) + 1).count();
        long skips = content.steps().stream().filter(Step::isDecision)
                .filter(s -> s.yes().target() > content.steps().indexOf(s) + 2).count();
        assertThat(loops).as("loops in the generated SOP").isGreaterThanOrEqualTo(3);
        assertThat(skips).as("skips in the generated SOP").isGreaterThanOrEqualTo(3);

        Flowchart f = FlowchartLayout.of(content, STYLE);

        assertThat(f.symbols()).hasSize(40);
        assertThat(f.symbols().stream().filter(s -> s.kind() == SymbolKind.DECISION).count())
                .isEqualTo(content.steps().stream().filter(Step::isDecision).count());
        assertThat(f.symbol(1).kind()).isEqualTo(SymbolKind.TERMINATOR);
        assertThat(f.symbol(40).kind()).isEqualTo(SymbolKind.TERMINATOR);
        Geometry.assertWellFormed(f);
        assertDecisionsCarryTheirOutcomes(content, f);
    }

    @Test
    void every_loop_and_skip_has_a_vertical_track_of_its_own() {
        for (long seed = 1; seed <= 20; seed++) {
            Flowchart f = FlowchartLayout.of(Sops.generated(40, 8, seed), STYLE);
            List<double[]> tracks = new ArrayList<>();
            for (Connector c : f.connectors()) {
                if (c.points().size() == 4 && c.points().get(0).y() == c.points().get(1).y()) {
                    tracks.add(Geometry.segments(c).get(1));
                }
            }
            assertThat(tracks).isNotEmpty();
            for (int i = 0; i < tracks.size(); i++) {
                for (int j = i + 1; j < tracks.size(); j++) {
                    assertThat(Geometry.collinearOverlap(tracks.get(i), tracks.get(j)))
                            .as("seed %d: tracks %d and %d overlap", seed, i, j).isFalse();
                }
            }
            Geometry.assertWellFormed(f);
        }
    }

    @Test
    void tracks_stay_between_the_columns_until_a_gutter_is_needed() {
        Flowchart few = FlowchartLayout.of(Sops.approvalLoop(), STYLE);
        assertThat(few.width()).isEqualTo(4 * STYLE.columnWidth());

        // Eight loops spanning the same rows of a single column cannot all fit beside it.
        List<Step> steps = new ArrayList<>();
        for (int step = 1; step <= 10; step++) {
            steps.add(step >= 2 && step <= 9 ? decision(1, "Ya", step + 1, "Tidak", 1) : process(1));
        }
        Flowchart crowded = FlowchartLayout.of(sop(1, steps.toArray(Step[]::new)), STYLE);
        assertThat(crowded.width()).isGreaterThan(STYLE.columnWidth());
        assertThat(crowded.lanes().getFirst().x()).isGreaterThanOrEqualTo(0);
        Geometry.assertWellFormed(crowded);
    }

    @Test
    void a_decision_with_both_outcomes_sideways_uses_both_vertices() {
        Flowchart f = FlowchartLayout.of(sop(3, process(1), process(2), process(3),
                decision(2, "Ya", 6, "Tidak", 1), process(1), process(3)), STYLE);

        Point yes = connector(f, 4, 6).start();
        Point no = connector(f, 4, 1).start();
        assertThat(List.of(yes, no)).containsExactlyInAnyOrder(f.symbol(4).left(), f.symbol(4).right());
        Geometry.assertWellFormed(f);
    }

    @Test
    void given_row_heights_are_used_but_never_below_the_minimum() {
        Flowchart f = FlowchartLayout.of(Sops.shortLoop(), STYLE, new int[]{100, 10, 60});

        assertThat(f.rows()).extracting(Row::height).containsExactly(100.0, 48.0, 60.0, 48.0, 48.0);
        assertThat(f.rows()).extracting(Row::y).containsExactly(0.0, 100.0, 148.0, 208.0, 256.0);
        assertThat(f.symbol(1).centre().y()).isEqualTo(50.0);
        Geometry.assertWellFormed(f);
    }

    @Test
    void drafts_with_missing_or_dangling_outcomes_and_unknown_executors_are_drawn_without_failing() {
        Flowchart f = FlowchartLayout.of(sop(2, process(0), decision(7, null, new Outcome("Ya", 99)),
                decision(1, new Outcome("Ya", 3), new Outcome("Tidak", -1)), process(2)), STYLE);
        assertThat(f.symbols()).hasSize(4);
        assertThat(f.symbol(1).centre().x()).isEqualTo(f.lanes().getFirst().centre());
        assertThat(f.symbol(2).centre().x()).isEqualTo(f.lanes().getLast().centre());
        assertThat(f.connectors()).extracting(Connector::from).containsExactly(1);

        Set<Integer> shapes = new HashSet<>();
        for (long seed = 0; seed < 400; seed++) {
            SopContent draft = Sops.draft(seed);
            assertThatCode(() -> {
                Flowchart chart = FlowchartLayout.of(draft, STYLE);
                Geometry.assertWellFormed(chart);
                FlowchartSvg.write(chart, true);
                chart.pages(150).forEach(Geometry::assertWellFormed);
                shapes.add(chart.symbols().size());
            }).as("draft %d", seed).doesNotThrowAnyException();
        }
        assertThat(shapes).contains(0, 1, 13);
    }

    private static Connector connector(Flowchart f, int from, int to) {
        return f.connectors().stream().filter(c -> c.from() == from && c.to() == to).findFirst().orElseThrow();
    }

    private static void assertDecisionsCarryTheirOutcomes(SopContent content, Flowchart f) {
        for (int step = 1; step <= content.steps().size(); step++) {
            Step s = content.steps().get(step - 1);
            if (s.isDecision()) {
                assertThat(connector(f, step, s.yes().target()).label()).isEqualTo(s.yes().label());
                assertThat(connector(f, step, s.no().target()).label()).isEqualTo(s.no().label());
            }
        }
    }
}
