package id.baku.design.flowchart;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FlowchartPagesTest {

    private static final FlowchartStyle STYLE = FlowchartStyle.standard();

    @Test
    void a_page_rebases_its_rows_and_ends_cut_edges_at_numbered_pentagons() {
        Flowchart whole = FlowchartLayout.of(Sops.approvalLoop(), STYLE);

        Flowchart first = whole.page(1, 3);
        Flowchart second = whole.page(4, 7);

        assertThat(first.rows().getFirst().y()).isZero();
        assertThat(second.rows().getFirst().y()).isZero();
        assertThat(first.symbols()).extracting(Symbol::step).containsExactly(1, 2, 3);
        assertThat(first.offPages()).singleElement().satisfies(o -> {
            assertThat(o.outgoing()).isTrue();
            assertThat(o.step()).isEqualTo(4);
            assertThat(o.y() + o.height()).isLessThanOrEqualTo(first.height());
            assertThat(o.textCentre().x()).isEqualTo(first.symbol(3).centre().x());
        });
        assertThat(second.offPages()).singleElement().satisfies(o -> {
            assertThat(o.outgoing()).isFalse();
            assertThat(o.step()).isEqualTo(3);
            assertThat(o.y()).isGreaterThanOrEqualTo(0);
        });
        assertThat(second.connectors()).anyMatch(c -> c.from() == 5 && c.to() == 4 && "Tidak setuju".equals(c.label()));
        Geometry.assertWellFormed(first);
        Geometry.assertWellFormed(second);
    }

    @Test
    void a_loop_back_across_a_page_break_leaves_at_the_top_and_arrives_from_the_bottom() {
        Flowchart whole = FlowchartLayout.of(Sops.twelveSteps(), STYLE);

        Flowchart upper = whole.page(1, 9);
        Flowchart lower = whole.page(10, 12);

        OffPage leaving = lower.offPages().stream().filter(o -> o.from() == 10).findFirst().orElseThrow();
        assertThat(leaving.outgoing()).isTrue();
        assertThat(leaving.step()).isEqualTo(9);
        assertThat(leaving.y()).isLessThan(lower.symbol(10).y());
        OffPage arriving = upper.offPages().stream().filter(o -> o.from() == 10).findFirst().orElseThrow();
        assertThat(arriving.outgoing()).isFalse();
        assertThat(arriving.step()).isEqualTo(10);
        assertThat(arriving.y()).isGreaterThan(upper.symbol(9).y());
        Geometry.assertWellFormed(upper);
        Geometry.assertWellFormed(lower);
    }

    @Test
    void rows_at_a_break_grow_to_fit_the_pentagon_and_its_arrow() {
        Flowchart whole = FlowchartLayout.of(Sops.approvalLoop(), STYLE);

        Flowchart page = whole.page(2, 3);

        Row top = page.rows().getFirst();
        Row bottom = page.rows().getLast();
        assertThat(top.height()).isGreaterThan(STYLE.minRowHeight());
        assertThat(bottom.height()).isGreaterThan(STYLE.minRowHeight());
        assertThat(page.height()).isEqualTo(top.height() + bottom.height());
        assertThat(whole.page(1, 7).rows()).isEqualTo(whole.rows());
    }

    @Test
    void pages_fill_up_to_the_height_and_every_cut_edge_has_a_matching_pair_of_pentagons() {
        Flowchart whole = FlowchartLayout.of(Sops.generated(40, 8, 7), STYLE, rowHeights(40));

        List<Flowchart> pages = whole.pages(300, 420);

        assertThat(pages.getFirst().height()).isLessThanOrEqualTo(300);
        assertThat(pages.subList(1, pages.size())).allSatisfy(p -> assertThat(p.height()).isLessThanOrEqualTo(420));
        List<Integer> steps = pages.stream().flatMap(p -> p.rows().stream()).map(Row::step).toList();
        assertThat(steps).hasSize(40).isSorted().doesNotHaveDuplicates();
        List<OffPage> outgoing = new ArrayList<>();
        List<OffPage> incoming = new ArrayList<>();
        for (Flowchart page : pages) {
            Geometry.assertWellFormed(page);
            page.offPages().forEach(o -> (o.outgoing() ? outgoing : incoming).add(o));
            for (OffPage o : page.offPages()) {
                int here = o.outgoing() ? o.from() : o.to();
                int there = o.outgoing() ? o.to() : o.from();
                assertThat(page.rows()).anyMatch(r -> r.step() == here).noneMatch(r -> r.step() == there);
            }
        }
        assertThat(outgoing).isNotEmpty();
        assertThat(outgoing.stream().map(o -> o.from() + ">" + o.to()).sorted().toList())
                .isEqualTo(incoming.stream().map(o -> o.from() + ">" + o.to()).sorted().toList());
        int cut = 0;
        for (Connector c : whole.connectors()) {
            if (pageOf(pages, c.from()) != pageOf(pages, c.to())) {
                cut++;
            }
        }
        assertThat(outgoing).hasSize(cut);
    }

    @Test
    void a_row_taller_than_a_page_gets_a_page_of_its_own() {
        Flowchart whole = FlowchartLayout.of(Sops.shortLoop(), STYLE, new int[]{48, 500, 48, 48, 48});

        List<Flowchart> pages = whole.pages(200);

        assertThat(pages).extracting(p -> p.rows().size()).containsExactly(1, 1, 3);
    }

    @Test
    void only_existing_step_ranges_make_a_page() {
        Flowchart whole = FlowchartLayout.of(Sops.shortLoop(), STYLE);

        assertThatThrownBy(() -> whole.page(0, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> whole.page(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> whole.page(1, 2).page(1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(FlowchartLayout.of(Sops.sop(2), STYLE).pages(400)).isEmpty();
    }

    private static int pageOf(List<Flowchart> pages, int step) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).rows().stream().anyMatch(r -> r.step() == step)) {
                return i;
            }
        }
        throw new AssertionError("step " + step + " on no page");
    }

    /** Rows as tall as a PDF makes them for activity texts of varying length. */
    private static int[] rowHeights(int steps) {
        int[] heights = new int[steps];
        for (int i = 0; i < steps; i++) {
            heights[i] = 48 + (i * 37 % 5) * 11;
        }
        return heights;
    }
}
