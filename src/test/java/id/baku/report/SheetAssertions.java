package id.baku.report;

import id.baku.design.SopContent;
import id.baku.design.SopVersionRecord;
import id.baku.design.StepKind;
import id.baku.design.flowchart.OffPage;
import id.baku.design.flowchart.Symbol;
import id.baku.design.flowchart.SymbolKind;
import id.baku.shared.IndonesianDates;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What every printed sheet must hold, checked on the PDF's text and on the flowchart drawn on its pages. */
final class SheetAssertions {

    private SheetAssertions() {
    }

    /** Identity fields on the first page; every step's texts on the following pages, in step order. */
    static void containsIdentityAndSteps(SheetText text, RenderedSheet sheet, SopVersionRecord version,
                                         List<String> citations) {
        SopContent c = version.content();
        // The identity section runs until the step table starts; long lists may take a second page.
        int tableStarts = sheet.flowchartPages().isEmpty() ? text.pages().size() + 1
                : sheet.flowchartPages().getFirst().pageNumber();
        String identity = squeeze(String.join(" ", text.pages().subList(0, tableStarts - 1)));
        List<String> expected = new ArrayList<>();
        expected.add(c.title());
        if (c.number() != null) {
            expected.add(c.number());
        }
        if (c.createdOn() != null) {
            expected.add(IndonesianDates.format(c.createdOn()));
        }
        if (c.effectiveOn() != null) {
            expected.add(IndonesianDates.format(c.effectiveOn()));
        }
        if (c.approvedBy() != null && c.approvedBy().name() != null) {
            expected.add(c.approvedBy().name());
        }
        expected.addAll(citations);
        expected.addAll(c.qualifications());
        expected.addAll(c.equipment());
        expected.addAll(c.warnings());
        expected.addAll(c.recordKeeping());
        for (String field : expected) {
            assertThat(identity).as("identity page of %s", c.title()).contains(squeeze(field));
        }
        String steps = squeeze(String.join(" ", text.pages().subList(Math.min(tableStarts - 1, text.pages().size()),
                text.pages().size())));
        int at = 0;
        for (int i = 0; i < c.steps().size(); i++) {
            String activity = squeeze(c.steps().get(i).activity());
            int found = steps.indexOf(activity, at);
            assertThat(found).as("step %d of %s, after step %d", i + 1, c.title(), i).isGreaterThanOrEqualTo(0);
            at = found + activity.length();
            String output = c.steps().get(i).standard().output();
            if (output != null) {
                assertThat(steps).contains(squeeze(output));
            }
        }
    }

    /**
     * One symbol per step across the pages, of the kind the step is drawn with; every flow cut by a page
     * break leaves one page at an outgoing connector and enters another at an incoming one.
     */
    static void flowchartMatchesSteps(RenderedSheet sheet, SopContent c) {
        Map<SymbolKind, Integer> drawn = new EnumMap<>(SymbolKind.class);
        Map<SymbolKind, Integer> expected = new EnumMap<>(SymbolKind.class);
        List<Integer> steps = new ArrayList<>();
        List<String> outgoing = new ArrayList<>();
        List<String> incoming = new ArrayList<>();
        for (RenderedSheet.FlowchartPage page : sheet.flowchartPages()) {
            // What was laid into the PDF: one shape per symbol of the page, of its kind.
            Map<SymbolKind, Integer> onPage = new EnumMap<>(SymbolKind.class);
            page.chart().symbols().forEach(s -> onPage.merge(s.kind(), 1, Integer::sum));
            assertThat(count(page.svg(), "<rect data-step=\"[0-9]+\"[^>]* rx=")).isEqualTo(onPage.getOrDefault(SymbolKind.TERMINATOR, 0));
            assertThat(count(page.svg(), "<rect data-step=\"[0-9]+\"(?![^>]* rx=)")).isEqualTo(onPage.getOrDefault(SymbolKind.PROCESS, 0));
            assertThat(count(page.svg(), "<polygon data-step=")).isEqualTo(onPage.getOrDefault(SymbolKind.DECISION, 0));
            for (Symbol s : page.chart().symbols()) {
                drawn.merge(s.kind(), 1, Integer::sum);
                steps.add(s.step());
                assertThat(s.kind()).as("symbol of step %d", s.step()).isEqualTo(kind(c.drawnKind(s.step())));
            }
            for (OffPage o : page.chart().offPages()) {
                (o.outgoing() ? outgoing : incoming).add(o.from() + ">" + o.to());
            }
        }
        for (int step = 1; step <= c.steps().size(); step++) {
            expected.merge(kind(c.drawnKind(step)), 1, Integer::sum);
        }
        assertThat(drawn).isEqualTo(expected);
        assertThat(steps).isSorted().doesNotHaveDuplicates().hasSize(c.steps().size());
        assertThat(outgoing).containsExactlyInAnyOrderElementsOf(incoming);
        assertThat(sheet.flowchartPages().stream().mapToInt(RenderedSheet.FlowchartPage::pageNumber))
                .as("flowchart pages follow the identity page").allMatch(p -> p >= 2);
    }

    private static int count(String text, String regex) {
        return (int) java.util.regex.Pattern.compile(regex).matcher(text).results().count();
    }

    static SymbolKind kind(StepKind kind) {
        return switch (kind) {
            case PROCESS -> SymbolKind.PROCESS;
            case DECISION -> SymbolKind.DECISION;
            case TERMINATOR -> SymbolKind.TERMINATOR;
        };
    }

    /** Every word of {@code expected} in the text in its order, other text allowed between (a row split by a page). */
    static void containsWordsInOrder(String text, String expected) {
        String[] words = expected.strip().split("\\s+");
        int at = 0;
        for (String word : words) {
            int found = text.indexOf(word, at);
            assertThat(found).as("word '%s' after position %d", word, at).isGreaterThanOrEqualTo(0);
            at = found + word.length();
        }
    }

    /** Text without any whitespace: a PDF breaks lines where the cell ends, not where the author did. */
    static String squeeze(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", "");
    }
}
