package id.baku.bench;

import id.baku.design.Executor;
import id.baku.design.SopContent;
import id.baku.design.SopService;
import id.baku.design.SopVersionRecord;
import id.baku.design.VersionSummary;
import id.baku.report.PdfFile;
import id.baku.report.ReportService;
import id.baku.shared.BoundedCache;
import id.baku.tenant.OrganisationService;
import id.baku.testing.IntegrationTest;
import id.baku.testing.SignIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.util.AopTestUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: the official sheet PDF ({@link ReportService#sheetPdf}, what the print button sends) of every
 * SOP in force of the three sample pemda and of a generated 60-step SOP, one at a time and on two threads.
 * Each PDF is opened with PDFBox and must carry its SOP's title before anything is timed.
 */
@IntegrationTest
@Tag("benchmark")
@TestPropertySource(properties = {"baku.data-dir=target/bench-db", "logging.level.id.baku=warn"})
class SheetBenchmark {

    private static final List<String> PEMDA = List.of("tangerang", "lamandau", "mojokerto");
    private static final int THREADS = 2;

    @Autowired SignIn signIn;
    @Autowired SopService sops;
    @Autowired ReportService reports;
    @Autowired OrganisationService organisation;
    @Autowired JdbcClient jdbc;

    /** One sheet to print: by whom (a pemda's admin), which version, the title it must show. */
    private record Sheet(String admin, String pemda, long versionId, String label, String title) {
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void official_sheets_of_the_sample_sops_and_of_a_sixty_step_sop() throws Exception {
        Bench bench = new Bench("sheet");
        List<Sheet> seeds = new ArrayList<>();
        for (String pemda : PEMDA) {
            String admin = "admin." + pemda;
            signIn.as(admin);
            sops.inForce().values().stream().sorted(java.util.Comparator.comparing(VersionSummary::title))
                    .forEach(v -> seeds.add(new Sheet(admin, pemda, v.versionId(),
                            v.number() == null ? "(no number)" : v.number(), v.title())));
        }
        assertThat(seeds).as("SOPs in force in the sample pemda").hasSizeGreaterThanOrEqualTo(PEMDA.size());
        Sheet large = sixtySteps();

        List<String> checked = new ArrayList<>();
        for (Sheet sheet : concat(seeds, large)) {
            checked.add(sheet.label() + " " + describe(print(sheet, true), sheet.title()));
        }
        bench.note("checked before timing (PDFBox: a PDF that opens and shows the SOP's title): " + String.join("; ",
                checked));

        int runs = Bench.runs(30);
        for (Sheet sheet : concat(seeds, large)) {
            bench.measure("sheet PDF, first print: " + sheet.pemda() + ", " + sheet.label() + " "
                    + shorten(sheet.title()), 5, runs, () -> size(print(sheet, true)));
        }
        for (Sheet sheet : concat(seeds, large)) {
            bench.measure("sheet PDF, printed again: " + sheet.pemda() + ", " + sheet.label() + " "
                    + shorten(sheet.title()), 5, runs, () -> size(print(sheet, false)));
        }

        // Throughput: two people printing the seed sheets at once, on a machine of two cores.
        List<String[]> rows = new ArrayList<>();
        for (int threads : List.of(1, THREADS)) {
            double[] perSecond = new double[Bench.runs(5)];
            throughput(seeds, threads, seeds.size());
            for (int i = 0; i < perSecond.length; i++) {
                perSecond[i] = throughput(seeds, threads, Math.max(10, 2 * seeds.size()));
            }
            Arrays.sort(perSecond);
            rows.add(new String[]{String.valueOf(threads), String.valueOf(perSecond.length),
                    fmt(Bench.percentile(perSecond, 0.5)), fmt(perSecond[0]), fmt(perSecond[perSecond.length - 1])});
        }
        bench.table("Seed sheets per second (each thread prints every seed SOP in turn, " + Math.max(10, 2 * seeds.size())
                        + " PDFs per thread per run)", List.of("threads", "runs", "median PDFs/s", "min", "max"),
                rows.stream().map(List::of).toList());
        bench.note(String.format("SOPs: %d in force in the sample pemda (%s), and a generated SOP of 60 steps over 10 "
                + "jabatan of Kota Tangerang with decisions looping back and skipping ahead, put in force directly",
                seeds.size(), String.join(", ", PEMDA)));
        bench.write(Bench.machine(jdbc));
    }

    /** Runs {@code threads} threads that each print the seed sheets in turn {@code each} times; PDFs per second. */
    private double throughput(List<Sheet> seeds, int threads, int each) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                done.add(pool.submit(() -> {
                    int bytes = 0;
                    for (int i = 0; i < each; i++) {
                        bytes += print(seeds.get((i + offset) % seeds.size()), true).bytes().length;
                    }
                    SignIn.out();
                    return bytes;
                }));
            }
            for (Future<Integer> f : done) {
                assertThat(f.get()).isPositive();
            }
            return threads * each / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * {@code first}: as the first print of these sources, the service's finished sheets forgotten before (by
     * reflection: nothing in the app needs to forget them); otherwise as a reprint.
     */
    private PdfFile print(Sheet sheet, boolean first) {
        signIn.as(sheet.admin());
        if (first) {
            try {
                java.lang.reflect.Field kept = ReportService.class.getDeclaredField("renderedSheets");
                kept.setAccessible(true);
                ((BoundedCache<?, ?>) kept.get(AopTestUtils.getTargetObject(reports))).clear();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return reports.sheetPdf(sheet.versionId());
    }

    /**
     * A 60-step SOP over ten jabatan of Kota Tangerang, created through the designer's service and put in
     * force directly (its approval route is not what is measured here).
     */
    private Sheet sixtySteps() {
        signIn.as("admin.tangerang");
        List<Executor> executors = organisation.listPositions().stream().limit(10)
                .map(p -> new Executor(p.id(), p.name())).toList();
        assertThat(executors).hasSize(10);
        SopContent content = LargeSop.of("Pelayanan Uji Enam Puluh Langkah", executors, 60, 11);
        long unitId = organisation.listUnits().getFirst().id();
        SopVersionRecord v = sops.create(unitId, content);
        String number = "999/000.8.3.3/I/2026";
        jdbc.sql("UPDATE sop_version SET status = 'EFFECTIVE', number = ? WHERE id = ?").params(number, v.versionId())
                .update();
        return new Sheet("admin.tangerang", "tangerang", v.versionId(), "60 steps, 10 Pelaksana", content.title());
    }

    /** Pages and size of a PDF that opens and shows the title (whatever the line breaks and case). */
    private static String describe(PdfFile pdf, String title) {
        assertThat(new String(pdf.bytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            assertThat(text).as("the sheet shows its title").contains(title.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
            return document.getNumberOfPages() + " page(s), " + pdf.bytes().length / 1024 + " KB";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String size(PdfFile pdf) {
        return pdf.bytes().length / 1024 + " KB";
    }

    private static List<Sheet> concat(List<Sheet> seeds, Sheet large) {
        List<Sheet> all = new ArrayList<>(seeds);
        all.add(large);
        return all;
    }

    private static String shorten(String title) {
        return title.length() <= 40 ? title : title.substring(0, 37) + "…";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
