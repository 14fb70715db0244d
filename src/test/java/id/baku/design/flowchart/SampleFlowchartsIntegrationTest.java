package id.baku.design.flowchart;

import id.baku.design.SopContent;
import id.baku.design.SopQuery;
import id.baku.design.SopService;
import id.baku.design.SopSummary;
import id.baku.design.Step;
import id.baku.design.StepKind;
import id.baku.testing.IntegrationTest;
import id.baku.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The flowchart of every sample SOP, as loaded from tenants/, is drawn by the rules. */
@IntegrationTest
class SampleFlowchartsIntegrationTest {

    @Autowired SignIn signIn;
    @Autowired SopService sops;

    @AfterEach
    void tearDown() {
        SignIn.out();
    }

    @Test
    void every_sample_sop_has_a_well_formed_flowchart() {
        int charted = 0;
        for (String admin : List.of("admin.tangerang", "admin.lamandau", "admin.mojokerto")) {
            signIn.as(admin);
            for (SopSummary summary : sops.list(SopQuery.all())) {
                SopContent c = sops.latest(summary.sopId()).orElseThrow().content();
                if (c.steps().isEmpty()) {
                    continue;
                }
                charted++;
                Flowchart f = FlowchartLayout.of(c, FlowchartStyle.standard());
                Geometry.assertWellFormed(f);
                int n = c.steps().size();
                assertThat(f.symbols()).as(summary.title()).hasSize(n);
                assertThat(f.lanes()).hasSize(c.executors().size());
                for (int step = 1; step <= n; step++) {
                    Step s = c.steps().get(step - 1);
                    Symbol symbol = f.symbol(step);
                    SymbolKind expected = switch (c.drawnKind(step)) {
                        case TERMINATOR -> SymbolKind.TERMINATOR;
                        case DECISION -> SymbolKind.DECISION;
                        case PROCESS -> SymbolKind.PROCESS;
                    };
                    assertThat(symbol.kind()).as("%s step %d", summary.title(), step).isEqualTo(expected);
                    assertThat(f.lanes().get(s.executor() - 1).centre()).isEqualTo(symbol.centre().x());
                    if (s.kind() == StepKind.DECISION) {
                        for (var outcome : List.of(s.yes(), s.no())) {
                            int from = step;
                            assertThat(f.connectors()).as("%s: %s of step %d", summary.title(), outcome.label(), step)
                                    .anyMatch(k -> k.from() == from && k.to() == outcome.target()
                                            && outcome.label().equals(k.label()));
                        }
                    } else if (step < n) {
                        int from = step;
                        assertThat(f.connectors()).anyMatch(k -> k.from() == from && k.to() == from + 1 && k.label() == null);
                    }
                }
                long edges = c.steps().stream().mapToLong(s -> s.isDecision() ? 2 : 1).sum() - 1;
                assertThat(f.connectors()).as(summary.title()).hasSize((int) edges);
                // Split into pages of about three rows: the flow continues through off-page connectors.
                for (Flowchart page : f.pages(FlowchartStyle.standard().minRowHeight() * 3.5)) {
                    Geometry.assertWellFormed(page);
                }
            }
        }
        assertThat(charted).isEqualTo(6);
    }
}
