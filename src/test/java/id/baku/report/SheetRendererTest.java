package id.baku.report;

import id.baku.design.Executor;
import id.baku.design.FieldType;
import id.baku.design.LetterheadVariant;
import id.baku.design.PrintPlace;
import id.baku.design.StepColumn;
import id.baku.design.TemplateField;
import id.baku.design.Outcome;
import id.baku.design.QualityStandard;
import id.baku.design.Signer;
import id.baku.design.SopContent;
import id.baku.design.SopVersionRecord;
import id.baku.design.Step;
import id.baku.design.StepKind;
import id.baku.design.TemplateDefinition;
import id.baku.design.TimeUnit;
import id.baku.design.VersionStatus;
import id.baku.design.flowchart.Connector;
import id.baku.design.flowchart.Row;
import id.baku.tenant.PaperSize;
import id.baku.tenant.TenantKind;
import id.baku.tenant.TenantProfile;
import id.baku.tenant.TimeZoneCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The sheet without a database: long SOPs, hostile texts, papers, drafts and ratified versions. */
class SheetRendererTest {

    private static final SheetTemplates TEMPLATES = new SheetTemplates();

    @Test
    void a_long_sop_with_loops_paginates_with_matching_off_page_connectors() throws Exception {
        SopContent content = generated(30, 7);
        RenderedSheet sheet = render(content, VersionStatus.EFFECTIVE, PaperSize.A4, "KODE000001");
        SheetFiles.write("generated-30-steps", sheet.pdf());

        assertThat(sheet.flowchartPages()).as("30 steps do not fit one page").hasSizeGreaterThan(2);
        SheetAssertions.flowchartMatchesSteps(sheet, content);
        SheetAssertions.containsIdentityAndSteps(SheetText.of(sheet.pdf()), sheet, version(content, VersionStatus.EFFECTIVE),
                List.of());
        // Every edge of the SOP is drawn whole on one page or cut into an outgoing and an incoming half.
        List<String> edges = new ArrayList<>();
        for (RenderedSheet.FlowchartPage page : sheet.flowchartPages()) {
            for (Connector c : page.chart().connectors()) {
                edges.add(c.from() + ">" + c.to());
            }
            double top = 0;
            for (Row row : page.chart().rows()) {
                assertThat(row.y()).as("rows follow each other").isEqualTo(top);
                top = row.bottom();
            }
        }
        for (int step = 1; step <= 30; step++) {
            Step s = content.steps().get(step - 1);
            List<Integer> targets = s.isDecision() ? List.of(s.yes().target(), s.no().target())
                    : step < 30 ? List.of(step + 1) : List.of();
            int from = step;
            for (int target : targets) {
                String edge = from + ">" + target;
                long drawn = edges.stream().filter(edge::equals).count();
                boolean samePage = sheet.flowchartPages().stream().anyMatch(p -> p.chart().rows().getFirst().step() <= Math.min(from, target)
                        && p.chart().rows().getLast().step() >= Math.max(from, target));
                assertThat(drawn).as("edge %s", edge).isEqualTo(samePage ? 1 : 2);
            }
        }
        assertThat(sheet.flowchartPages().stream().mapToLong(p -> p.chart().offPages().size()).sum())
                .as("loops back across pages are cut").isPositive();
    }

    @Test
    void special_characters_and_texts_as_long_as_allowed_print_whole() throws Exception {
        String hostile = "<b>tebal?</b> <style isBold=\"true\">x</style> & Rp 1.000.000,- ±5% “kutip” ‘satu’ — é ñ ü ≥ ≤ ©";
        // As long as the designer allows: 2000 characters of Kegiatan is taller than a page.
        String activity = words(2000);
        String item = words(1000);
        String label = words(300);
        String longWord = "Pemberitahuanpenyelenggaraankegiatanpemerintahandaerahsecaraberkelanjutan";
        List<Step> steps = List.of(
                new Step(hostile, 1, StepKind.PROCESS, null, null, new QualityStandard(List.of(hostile), 10,
                        TimeUnit.MENIT, hostile), hostile),
                new Step(activity, 2, StepKind.PROCESS, null, null, new QualityStandard(List.of(item, longWord), 3,
                        TimeUnit.MENIT, words(500)), longWord),
                new Step(longWord, 1, StepKind.PROCESS, null, null, new QualityStandard(List.of(), 5, TimeUnit.MENIT, "-"), null));
        SopContent content = new SopContent(null, LocalDate.of(2025, 3, 3), null, null,
                new Signer(null, "Sekretaris Daerah", hostile, "197001012000031001"), hostile + " " + words(400),
                List.of(), List.of(hostile, item), List.of(), List.of(item), List.of(hostile), List.of(longWord),
                null, null, null, List.of(new Executor(null, hostile), new Executor(null, label)), steps);
        RenderedSheet sheet = render(content, VersionStatus.DRAFT, PaperSize.F4, null);
        SheetFiles.write("special-characters", sheet.pdf());

        SheetText text = SheetText.of(sheet.pdf());
        String all = SheetAssertions.squeeze(text.all());
        assertThat(all).as("markup in user text is printed, not applied").contains(SheetAssertions.squeeze(hostile));
        assertThat(all).contains(longWord);
        for (Step step : steps) {
            SheetAssertions.containsWordsInOrder(text.all(), step.activity());
            SheetAssertions.containsWordsInOrder(text.all(), step.standard().output());
        }
        SheetAssertions.containsWordsInOrder(text.all(), item);
        SheetAssertions.flowchartMatchesSteps(sheet, content);
        assertThat(text.pages()).allMatch(page -> page.contains("DRAFT"));
        assertThat(all).doesNotContain("verify/");
        assertThat(pageSize(sheet.pdf())).isEqualTo(List.of(935f, 609f));
    }

    /** Indonesian words up to {@code length} characters. */
    private static String words(int length) {
        String text = ("Menerima memeriksa dan meneruskan berkas permohonan beserta lampirannya kepada pejabat yang "
                + "berwenang dengan mencatat nomor agenda surat masuk ").repeat(1 + length / 100);
        return text.substring(0, text.lastIndexOf(' ', length)).strip();
    }

    @Test
    void a_ratified_sheet_carries_its_code_on_every_page_and_no_draft_mark() throws Exception {
        SopContent content = generated(12, 4);
        RenderedSheet sheet = render(content, VersionStatus.EFFECTIVE, PaperSize.A4, "K7QM3XT9PA");
        SheetText text = SheetText.of(sheet.pdf());
        assertThat(text.pages()).hasSize(sheet.pageCount()).allMatch(page -> page.contains("K7QM3-XT9PA")
                && page.contains("https://baku.example/verify/K7QM3XT9PA")).noneMatch(page -> page.contains("DRAFT"));
        assertThat(pageSize(sheet.pdf())).isEqualTo(List.of(842f, 595f));
    }

    @Test
    void the_templates_labels_custom_fields_extra_columns_and_kop_are_printed_where_it_says() throws Exception {
        TemplateDefinition national = TemplateDefinition.national();
        List<TemplateField> fields = new ArrayList<>();
        for (TemplateField f : national.fields()) {
            fields.add(f.key().equals("warnings") ? new TemplateField(f.key(), "Peringatan Khusus", null, f.type(), false,
                    List.of(), true, false, PrintPlace.LEFT) : f);
        }
        fields.add(2, new TemplateField("kodeArsip", "Kode Klasifikasi Arsip", null, FieldType.SHORT_TEXT, false,
                List.of(), true, false, PrintPlace.HEADER));
        fields.add(new TemplateField("dokumen", "Dokumen Terkait", null, FieldType.LIST, false, List.of(), true, false,
                PrintPlace.RIGHT));
        fields.add(new TemplateField("tanggalReviu", "Tanggal Reviu", null, FieldType.DATE, false, List.of(), true,
                false, PrintPlace.FULL));
        fields.add(new TemplateField("internal", "Catatan Internal", null, FieldType.LONG_TEXT, false, List.of(), true,
                false, PrintPlace.NONE));
        List<StepColumn> columns = new ArrayList<>(national.stepColumns());
        columns.set(1, new StepColumn("activity", "Uraian kegiatan"));
        columns.add(new StepColumn("dasar", "Dasar langkah"));
        TemplateDefinition template = new TemplateDefinition("Kota Uji", null, fields, columns, List.of(), null,
                LetterheadVariant.LOGO_AND_NAME);
        SopContent base = generated(4, 2);
        List<Step> steps = new ArrayList<>(base.steps());
        Step first = steps.getFirst();
        steps.set(0, new Step(first.activity(), first.executor(), first.kind(), first.yes(), first.no(), first.standard(),
                "Catatan langkah", Map.of("dasar", "Perwali 33/2014")));
        SopContent content = base.withSteps(base.executors(), steps).withCustom(Map.of("kodeArsip", List.of("000.8.3.3"),
                "dokumen", List.of("Nota dinas", "Surat tugas"), "tanggalReviu", List.of("2026-03-03"),
                "internal", List.of("Tidak untuk dicetak")));
        RenderedSheet sheet = SheetRenderer.render(TEMPLATES.report(SheetTemplates.SHEET, PaperSize.A4),
                SheetComposer.compose(new SheetComposer.Sources(profile(PaperSize.A4), null, List.of("Sekretariat Daerah"),
                        Set.of("Sekretariat Daerah"), version(content, VersionStatus.DRAFT), template, Map.of(), Map.of(),
                        null, "DRAFT")));
        SheetFiles.write("template-fields", sheet.pdf());
        SheetText text = SheetText.of(sheet.pdf());
        String identity = text.pages().getFirst();
        assertThat(identity).contains("Kode Klasifikasi Arsip 000.8.3.3", "Peringatan Khusus:", "Dokumen Terkait:",
                "1. Nota dinas", "2. Surat tugas", "Tanggal Reviu:", "3 Maret 2026", "PEMERINTAH KOTA UJI")
                .doesNotContain("Tidak untuk dicetak").as("logo-and-name kop has no address").doesNotContain("Jl. Merdeka");
        String table = text.pages().get(1);
        assertThat(table).contains("Uraian kegiatan", "Catatan langkah", "Dasar langkah: Perwali 33/2014");
    }

    @Test
    void many_executors_share_the_flow_cell_and_too_many_for_the_paper_are_refused_with_a_message() throws Exception {
        SopContent twelve = generated(14, 12);
        RenderedSheet sheet = render(twelve, VersionStatus.DRAFT, PaperSize.A4, null);
        SheetFiles.write("twelve-executors", sheet.pdf());
        SheetAssertions.flowchartMatchesSteps(sheet, twelve);
        assertThat(sheet.flowchartPages().getFirst().chart().width()).as("fits the Pelaksana cell")
                .isLessThanOrEqualTo(332.01);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> render(generated(6, 60), VersionStatus.DRAFT,
                        PaperSize.A4, null))
                .isInstanceOfSatisfying(id.baku.shared.InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.error.too-many-executors"));
    }

    private static TenantProfile profile(PaperSize paper) {
        return new TenantProfile(1, "kota-uji", "Pemerintah Kota Uji", TenantKind.KOTA,
                "Jl. Merdeka No. 1, Kota Uji", "(021) 555 0101", "setda@kotauji.go.id", "www.kotauji.go.id",
                List.of("PEMERINTAH KOTA UJI", "SEKRETARIAT DAERAH"), TimeZoneCode.WIB, paper, "{nomor}/SOP/{tahun}",
                false, 0, 12);
    }

    private static RenderedSheet render(SopContent content, VersionStatus status, PaperSize paper, String code) {
        TenantProfile profile = profile(paper);
        SheetComposer.Verification verification = code == null ? null
                : new SheetComposer.Verification(code, "https://baku.example/verify/" + code);
        SheetInput input = SheetComposer.compose(new SheetComposer.Sources(profile, null,
                List.of("Sekretariat Daerah", "Bagian Organisasi"), Set.of("Sekretariat Daerah"),
                version(content, status), TemplateDefinition.national(), Map.of(), Map.of(), verification,
                code == null ? "DRAFT" : null));
        return SheetRenderer.render(TEMPLATES.report(SheetTemplates.SHEET, input.paper()), input);
    }

    private static SopVersionRecord version(SopContent content, VersionStatus status) {
        return new SopVersionRecord(1, 1, 1, 1, status, content, List.of(), 0, Instant.EPOCH, "uji", null);
    }

    /**
     * {@code steps} steps over {@code executors} columns with three decisions: one forward, two looping back
     * (one of them far enough to cross a page).
     */
    static SopContent generated(int steps, int executors) {
        List<Step> list = new ArrayList<>();
        for (int step = 1; step <= steps; step++) {
            int executor = 1 + (step * 3) % executors;
            String activity = "Langkah " + step + ": menyiapkan dan memeriksa berkas "
                    + "lanjutan ".repeat(step % 4) + "lalu meneruskannya.";
            QualityStandard standard = new QualityStandard(List.of("Berkas langkah " + step), 15, TimeUnit.MENIT,
                    "Hasil langkah " + step);
            if (step == steps / 3) {
                list.add(new Step(activity, executor, StepKind.DECISION, new Outcome("Lengkap", step + 1),
                        new Outcome("Tidak lengkap", step + 3), standard, null));
            } else if (step == steps / 2) {
                list.add(new Step(activity, executor, StepKind.DECISION, new Outcome("Setuju", step + 1),
                        new Outcome("Tidak setuju", step - 2), standard, null));
            } else if (step == steps - 2) {
                list.add(new Step(activity, executor, StepKind.DECISION, new Outcome("Sah", step + 1),
                        new Outcome("Perbaiki", 3), standard, null));
            } else {
                list.add(new Step(activity, executor, StepKind.PROCESS, null, null, standard, null));
            }
        }
        List<Executor> columns = new ArrayList<>();
        for (int i = 1; i <= executors; i++) {
            columns.add(new Executor(null, "Pelaksana " + i));
        }
        return new SopContent("12/SOP/2025", LocalDate.of(2025, 3, 3), null, LocalDate.of(2025, 4, 1),
                new Signer(null, "Sekretaris Daerah", "Drs. H. Uji Coba, M.Si.", "197001012000031001"),
                "SOP Uji " + steps + " Langkah", List.of(), List.of("Memahami tugas"), List.of(), List.of("Komputer"),
                List.of("Penyimpangan adalah kegagalan"), List.of("Arsip elektronik"), null, null, null, columns, list);
    }

    private static List<Float> pageSize(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle box = document.getPage(0).getMediaBox();
            boolean turned = document.getPage(0).getRotation() % 180 != 0;
            float width = Math.round(turned ? box.getHeight() : box.getWidth());
            float height = Math.round(turned ? box.getWidth() : box.getHeight());
            return List.of(width, height);
        }
    }
}
