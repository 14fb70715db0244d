package id.baku.bench;

import id.baku.design.Executor;
import id.baku.design.SopContent;
import id.baku.design.StepKind;
import id.baku.design.flowchart.Flowchart;
import id.baku.design.flowchart.FlowchartLayout;
import id.baku.design.flowchart.FlowchartStyle;
import id.baku.design.flowchart.FlowchartSvg;
import id.baku.design.flowchart.Lane;
import id.baku.design.flowchart.Symbol;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: the flowchart of a 60-step SOP over 10 Pelaksana with decisions that loop back and skip
 * ahead, laid out and written as SVG ({@code design.flowchart}), as the designer's preview, the API and
 * the official sheet do. Pure computation, no database, so no Spring context either.
 *
 * <p>One call takes about a millisecond, so the harness's repeated runs are used with many of them
 * rather than JMH: {@value #WARMUP} unmeasured calls first (C1 and C2 have compiled the hot paths long
 * before), then thousands of calls each timed on its own with {@code System.nanoTime} (tens of
 * nanoseconds of overhead, three orders below the call), medians and p95 over all of them. Every result
 * is used (its length goes into the note), so the JIT cannot drop the work.
 */
@Tag("benchmark")
class FlowchartBenchmark {

    private static final int STEPS = 60;
    private static final int EXECUTORS = 10;
    private static final int WARMUP = 20_000;
    private static final FlowchartStyle STYLE = FlowchartStyle.standard();

    @Test
    void a_sixty_step_ten_executor_flowchart_is_laid_out_and_written() throws Exception {
        Bench bench = new Bench("flowchart");
        List<Executor> executors = IntStream.rangeClosed(1, EXECUTORS)
                .mapToObj(i -> new Executor(null, "Pelaksana " + i)).toList();
        SopContent sop = LargeSop.of("SOP uji 60 langkah", executors, STEPS, 11);
        long decisions = sop.steps().stream().filter(s -> s.kind() == StepKind.DECISION).count();
        long backwards = IntStream.range(0, STEPS).filter(i -> sop.steps().get(i).isDecision()
                && (sop.steps().get(i).no().target() <= i + 1 || sop.steps().get(i).yes().target() <= i + 1)).count();
        check(sop);
        bench.note(String.format("SOP: %d steps over %d Pelaksana, %d decisions (%d looping back, the others "
                + "skipping ahead), generated with a fixed seed", STEPS, EXECUTORS, decisions, backwards));

        // Calls per measurement: -Dbench.runs=N gives N thousand, for a quick try.
        int calls = 1000 * Bench.runs(10);
        bench.measure("layout + SVG with lane header (designer preview, API)", WARMUP, calls,
                () -> "SVG of " + FlowchartSvg.write(FlowchartLayout.of(sop, STYLE), true).length() + " chars");
        bench.measure("layout + SVG per page of 500 pt (official sheet)", WARMUP, calls, () -> {
            int chars = 0;
            List<Flowchart> pages = FlowchartLayout.of(sop, STYLE).pages(500);
            for (Flowchart page : pages) {
                chars += FlowchartSvg.sheet(page).length();
            }
            return pages.size() + " pages, " + chars + " chars of SVG";
        });
        bench.measure("layout only", WARMUP, calls, () -> FlowchartLayout.of(sop, STYLE).connectors().size() + " connectors");
        bench.note(String.format("each row: %,d unmeasured calls, then %,d calls timed one by one; times in ms", WARMUP,
                calls));
        bench.write(Bench.machine());
    }

    /** The chart is complete before it is timed: every step has its symbol in its lane, and the SVG parses. */
    private static void check(SopContent sop) throws Exception {
        Flowchart f = FlowchartLayout.of(sop, STYLE);
        assertThat(f.lanes()).hasSize(EXECUTORS);
        assertThat(f.symbols()).extracting(Symbol::step).containsExactlyElementsOf(IntStream.rangeClosed(1, STEPS).boxed()
                .toList());
        for (Symbol s : f.symbols()) {
            Lane lane = f.lanes().get(sop.steps().get(s.step() - 1).executor() - 1);
            assertThat(s.centre().x()).as("step %d in its lane", s.step()).isBetween(lane.x(), lane.x() + lane.width());
        }
        // One connector per consecutive step and per decision outcome at least.
        assertThat(f.connectors().size()).isGreaterThanOrEqualTo(STEPS - 1);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                FlowchartSvg.write(f, true).getBytes(StandardCharsets.UTF_8)));
        assertThat(svg.getDocumentElement().getTextContent()).contains("Pelaksana", "Ya", "Tidak", "Lanjut", "Ulang");
    }
}
