package id.baku.design.flowchart;

import id.baku.design.Outcome;
import id.baku.design.SopContent;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static id.baku.design.flowchart.Sops.decision;
import static id.baku.design.flowchart.Sops.process;
import static org.assertj.core.api.Assertions.assertThat;

class FlowchartSvgTest {

    private static final FlowchartStyle STYLE = FlowchartStyle.standard();

    @Test
    void labels_from_users_are_escaped() throws Exception {
        SopContent content = Sops.sop(List.of("<script>alert(1)</script>", "Kepala \"Bidang\" & 'Staf'"),
                List.of(process(1), decision(2, new Outcome("<script>x</script>", 3), new Outcome("A & B", 1)),
                        process(1)));

        String svg = FlowchartSvg.write(FlowchartLayout.of(content, STYLE), true);

        assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;x&lt;/script&gt;")
                .contains("A &amp; B").contains("&quot;Bidang&quot; &amp;").contains("&#39;Staf&#39;");
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(doc.getDocumentElement().getTextContent()).contains("<script>x</script>");
    }

    @Test
    void control_characters_in_labels_do_not_break_the_document() throws Exception {
        SopContent content = Sops.sop(List.of("Bagian\u0001Umum"), List.of(process(1),
                decision(1, new Outcome("Ya\u0000", 3), new Outcome("Tidak", 1)), process(1)));

        parse(FlowchartSvg.write(FlowchartLayout.of(content, STYLE), true));
    }

    @Test
    void the_same_sop_always_gives_the_same_svg() {
        String once = FlowchartSvg.write(FlowchartLayout.of(Sops.generated(40, 8, 3), STYLE), true);
        String again = FlowchartSvg.write(FlowchartLayout.of(Sops.generated(40, 8, 3), STYLE), true);

        assertThat(once).isEqualTo(again);
        assertThat(once).doesNotContainPattern("\\d\\.\\d{3}").doesNotContain("E-").doesNotContain("NaN");
    }

    @Test
    void numbers_carry_at_most_two_decimals_and_no_locale() {
        assertThat(Arrays.asList(FlowchartSvg.num(12), FlowchartSvg.num(7.5), FlowchartSvg.num(-0.333),
                FlowchartSvg.num(0.004), FlowchartSvg.num(-0.004), FlowchartSvg.num(1234.567), FlowchartSvg.num(0.05)))
                .containsExactly("12", "7.5", "-0.33", "0", "0", "1234.57", "0.05");
    }

    @Test
    void the_drawing_has_one_shape_per_symbol_connector_and_pentagon() throws Exception {
        Flowchart whole = FlowchartLayout.of(Sops.approvalLoop(), STYLE);
        Flowchart page = whole.page(4, 7);

        Document doc = parse(FlowchartSvg.write(page));

        // Symbols: 3 rects (terminator capsule has rx) and one diamond; arrowheads and pentagons are polygons.
        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(1 + 3);
        assertThat(doc.getElementsByTagName("polyline").getLength()).isEqualTo(page.connectors().size());
        assertThat(doc.getElementsByTagName("polygon").getLength())
                .isEqualTo(1 + page.connectors().size() + page.offPages().size());
        assertThat(doc.getDocumentElement().getAttribute("viewBox"))
                .isEqualTo("0 0 " + FlowchartSvg.num(page.width()) + " " + FlowchartSvg.num(page.height()));
        assertThat(doc.getDocumentElement().getTextContent()).contains("Setuju", "Tidak setuju", "3");
    }

    @Test
    void a_sixty_step_sop_is_laid_out_and_written_in_well_under_five_milliseconds() {
        SopContent content = Sops.generated(60, 10, 11);
        for (int i = 0; i < 300; i++) {
            FlowchartSvg.write(FlowchartLayout.of(content, STYLE), true);
        }
        long[] nanos = new long[51];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            FlowchartSvg.write(FlowchartLayout.of(content, STYLE), true);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        assertThat(nanos[nanos.length / 2] / 1e6).as("median milliseconds").isLessThan(5);
    }

    /** Writes previews to target/flowchart for a look in a browser; they must at least be well-formed. */
    @Test
    void sample_flowcharts_are_written_for_review() throws Exception {
        Path dir = Path.of("target", "flowchart");
        Files.createDirectories(dir);
        Flowchart twelve = FlowchartLayout.of(Sops.twelveSteps(), STYLE);
        Flowchart large = FlowchartLayout.of(Sops.generated(40, 8, 7), STYLE);
        var samples = new java.util.LinkedHashMap<String, String>();
        samples.put("approval-loop", FlowchartSvg.write(FlowchartLayout.of(Sops.approvalLoop(), STYLE), true));
        samples.put("short-loop", FlowchartSvg.write(FlowchartLayout.of(Sops.shortLoop(), STYLE), true));
        samples.put("twelve-steps", FlowchartSvg.write(twelve, true));
        samples.put("twelve-steps-page-1", FlowchartSvg.write(twelve.page(1, 9), true));
        samples.put("twelve-steps-page-2", FlowchartSvg.write(twelve.page(10, 12), true));
        samples.put("generated-40x8", FlowchartSvg.write(large, true));
        samples.put("crowded-loops", FlowchartSvg.write(FlowchartLayout.of(crowdedLoops(), STYLE), true));
        List<Flowchart> pages = large.pages(500);
        for (int i = 0; i < pages.size(); i++) {
            samples.put("generated-40x8-page-" + (i + 1), FlowchartSvg.write(pages.get(i), true));
        }
        for (var sample : samples.entrySet()) {
            parse(sample.getValue());
            Files.writeString(dir.resolve(sample.getKey() + ".svg"), sample.getValue());
        }
        assertThat(dir.resolve("generated-40x8.svg")).exists();
    }

    /** Six loops from one column back to the start: more than the margins hold, so gutters open. */
    private static SopContent crowdedLoops() {
        List<id.baku.design.Step> steps = new java.util.ArrayList<>();
        steps.add(process(1));
        for (int step = 2; step <= 7; step++) {
            steps.add(decision(step % 2 + 1, "Ya", step + 1, "Tidak", 1));
        }
        steps.add(process(2));
        return Sops.sop(List.of("Pemohon", "Petugas"), steps);
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }
}
