package id.baku.tenant;

import id.baku.audit.AuditService;
import id.baku.compliance.EvaluationInput;
import id.baku.compliance.EvaluationService;
import id.baku.compliance.HalfYear;
import id.baku.compliance.MonitoringAnswer;
import id.baku.compliance.MonitoringService;
import id.baku.design.SopContent;
import id.baku.design.SopQuery;
import id.baku.design.SopService;
import id.baku.design.SopSummary;
import id.baku.design.SopVersionRecord;
import id.baku.design.TemplateService;
import id.baku.execution.Completion;
import id.baku.execution.ExecutionService;
import id.baku.execution.RunRecord;
import id.baku.execution.StepRecord;
import id.baku.execution.StepStatus;
import id.baku.ratification.RatificationService;
import id.baku.report.ReportService;
import id.baku.security.AppRole;
import id.baku.shared.InvalidInputException;
import id.baku.shared.NotFoundException;
import id.baku.tenant.seed.SampleCopies;
import id.baku.testing.ApiCalls;
import id.baku.testing.IntegrationTest;
import id.baku.testing.SignIn;
import id.baku.testing.TenantSnapshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Three look-alike pemda (copies of Kota Tangerang: the same units, jabatan, dasar hukum, templates, SOP titles
 * and Nomor SOP) take turns: in each round one of them calls the API with its tokens and the services as its
 * users, mostly with ids of every other pemda's objects, sometimes legitimately on its own. Every foreign id must
 * be refused, no answer may carry another pemda's marker, and after the round every other pemda's rows are
 * exactly as before. Seeded: the seed is printed; {@code -Dfuzz.seed=<seed>} replays a run.
 */
@IntegrationTest
// Its own context and database (the look-alike pemda would otherwise show up in other tests' lists), without the
// overdue job: flagging a step of a slow machine's earlier round would change a pemda nobody called.
@TestPropertySource(properties = "baku.execution.overdue-initial-delay=24h")
@DirtiesContext
class TenantIsolationFuzzIntegrationTest {

    private static final int OPERATIONS = 10_000;
    private static final int ROUNDS = 40;
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    /** The kinds of object whose ids the fuzz steals, by table. */
    private static final List<String> KINDS = List.of("sop", "sop_version", "org_unit", "job_position", "app_user",
            "legal_basis", "sop_run", "step_execution", "step_attachment", "sop_template", "sop_template_version",
            "monitoring_form", "monitoring_item", "evaluation_form", "api_token");

    @Autowired ApplicationContext context;
    @Autowired ApiCalls api;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;
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
    @Autowired AuditService audit;

    private Random random;
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> tally = new TreeMap<>();
    private final Map<String, Long> millis = new TreeMap<>();
    private String lastCall = "";

    /** One look-alike pemda: its users, tokens, marker and own objects. */
    private record Pemda(String suffix, long tenantId, String marker, String adminToken, String kabidToken,
                         long effectiveSop, long unitId, long draftSop, long draftVersion, long markerUnit,
                         long markerBasis, long runId, long monitoringForm, long evaluationForm) {

        String admin() {
            return "admin.tangerang." + suffix;
        }

        String kabid() {
            return "kabid.dikp.tangerang." + suffix;
        }
    }

    @AfterEach
    void tearDown() {
        SignIn.out();
    }

    @Test
    void ten_thousand_calls_with_other_pemdas_ids_are_refused_and_change_only_the_callers_pemda() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        System.out.println("TenantIsolationFuzzIntegrationTest: -Dfuzz.seed=" + seed);
        random = new Random(seed);
        List<Pemda> pemda = new ArrayList<>();
        for (String suffix : List.of("a", "b", "c")) {
            pemda.add(lookAlike(suffix, seed));
        }
        Map<Long, Map<String, List<Long>>> ids = new HashMap<>();
        for (long tenantId : jdbc.sql("select id from tenant").query(Long.class).list()) {
            ids.put(tenantId, ids(tenantId));
        }
        assertThat(ids.get(pemda.getFirst().tenantId())).allSatisfy((kind, list) -> assertThat(list).as(kind).isNotEmpty());

        long started = System.nanoTime();
        int operations = 0;
        Map<Long, Map<String, String>> before = snapshot();
        for (int round = 0; round < ROUNDS; round++) {
            Pemda caller = pemda.get(round % pemda.size());
            List<String> foreignMarkers = pemda.stream().filter(p -> p != caller).map(Pemda::marker).toList();
            Map<String, List<Long>> foreign = foreignIds(ids, caller.tenantId());
            for (int i = 0; i < OPERATIONS / ROUNDS; i++, operations++) {
                long t0 = System.nanoTime();
                int dice = random.nextInt(100);
                if (dice < 40) {
                    hostileApiCall(caller, foreign, foreignMarkers);
                } else if (dice < 80) {
                    hostileServiceCall(caller, foreign, foreignMarkers);
                } else {
                    legitimateCall(caller, foreignMarkers);
                }
                millis.merge(lastCall, (System.nanoTime() - t0) / 1_000_000, Long::sum);
            }
            SignIn.out();
            Map<Long, Map<String, String>> after = snapshot();
            for (long tenantId : before.keySet()) {
                if (tenantId != caller.tenantId()) {
                    assertThat(after.get(tenantId)).as("pemda %d after round %d of %s (seed %d; calls not refused: %s)",
                            tenantId, round, caller.suffix(), seed, failures).isEqualTo(before.get(tenantId));
                }
            }
            assertThat(after.get(caller.tenantId())).as("the caller's own writes are stored")
                    .isNotEqualTo(before.get(caller.tenantId()));
            before = after;
        }
        System.out.printf("TenantIsolationFuzzIntegrationTest: %d calls in %d s: %s%n", operations,
                (System.nanoTime() - started) / 1_000_000_000, tally);
        System.out.println("TenantIsolationFuzzIntegrationTest: ms per kind of call " + millis);
        assertThat(failures).as("seed %d", seed).isEmpty();
        for (Pemda p : pemda) {
            signIn.as(p.admin());
            assertThat(audit.verify().intact()).as("audit chain of %s", p.suffix()).isTrue();
        }
    }

    // ---- the look-alike pemda ----

    private Pemda lookAlike(String suffix, long seed) throws Exception {
        String code = "kota-kembar-" + suffix;
        SampleCopies.load(context, "kota-tangerang", code, suffix);
        long tenantId = jdbc.sql("select id from tenant where code = ?").param(code).query(Long.class).single();
        String marker = "PENANDA" + suffix.toUpperCase() + Long.toString(seed & 0xffffff, 36).toUpperCase();
        String admin = "admin.tangerang." + suffix;
        String kabid = "kabid.dikp.tangerang." + suffix;

        signIn.as(admin);
        SopSummary peliputan = sops.list(new SopQuery(null, "Peliputan dan Publikasi", null)).getFirst();
        SopContent content = sops.latest(peliputan.sopId()).orElseThrow().content();
        SopVersionRecord draft = sops.create(peliputan.unitId(), content);
        ratification.submit(draft.versionId(), draft.version());
        signIn.as(kabid);
        ratification.approve(draft.versionId(), sops.version(draft.versionId()).orElseThrow().version(), null);
        signIn.as("kadiskominfo.tangerang." + suffix);
        ratification.ratify(draft.versionId(), sops.version(draft.versionId()).orElseThrow().version(), "baku-demo");
        long effective = draft.sopId();

        signIn.as(admin);
        SopVersionRecord markerDraft = sops.create(peliputan.unitId(), new SopContent(null, null, null, null, null,
                "Peliputan " + marker, List.of(), List.of(marker), List.of(), List.of(), List.of(), List.of(), marker,
                List.of(), List.of(), content.executors(), content.steps()));
        long markerUnit = organisation.saveUnit(new UnitRecord(null, null, "Unit " + marker, UnitKind.LAINNYA, 0)).id();
        organisation.savePosition(new PositionRecord(null, markerUnit, "Jabatan " + marker, true, 0));
        long markerBasis = legalBases.save(new LegalBasisRecord(null, LegalBasisKind.PERWAL, "Wali Kota Kembar", "7",
                2024, "Tentang " + marker, 0)).id();
        users.createUser(new UserRecord(null, "pengguna." + suffix, "Pengguna " + marker, null, null, true, false,
                Set.of(AppRole.STAFF), List.of(), 0), "rahasia-123");
        String adminToken = tokens.create("Token " + marker, null).secret();

        signIn.as(kabid);
        String kabidToken = tokens.create("Token " + marker, null).secret();
        RunRecord run = execution.start(effective, "Peliputan " + marker, marker);
        StepRecord first = openStep(run.id());
        execution.addAttachment(first.id(), marker + ".png", "image/png", new ByteArrayInputStream(PNG), PNG.length);
        execution.complete(first.id(), first.version(),
                new Completion(first.requirements().stream().map(r -> true).toList(), "Keluaran " + marker, marker, null));
        HalfYear half = HalfYear.of(LocalDate.now(ZoneId.of("Asia/Jakarta")));
        long form = monitoring.open(peliputan.unitId(), half);
        var rows = monitoring.monitoring(form);
        monitoring.save(form, rows.version(), rows.rows().stream()
                .map(r -> new MonitoringAnswer(r.id(), r.proposed(), marker, null)).toList());
        long evaluation = evaluations.open(effective, half.year());
        evaluations.save(evaluation, evaluations.evaluation(evaluation).version(), new EvaluationInput(List.of(), null, marker));
        SignIn.out();
        return new Pemda(suffix, tenantId, marker, adminToken, kabidToken, effective, peliputan.unitId(),
                markerDraft.sopId(), markerDraft.versionId(), markerUnit, markerBasis, run.id(), form, evaluation);
    }

    private StepRecord openStep(long runId) {
        return execution.run(runId).steps().stream().filter(s -> s.status() != StepStatus.DONE).findFirst().orElseThrow();
    }

    // ---- hostile calls ----

    private void hostileApiCall(Pemda caller, Map<String, List<Long>> foreign, List<String> markers) throws Exception {
        String token = random.nextBoolean() ? caller.adminToken() : caller.kabidToken();
        long sop = pick(foreign, "sop");
        long version = pick(foreign, "sop_version");
        long run = pick(foreign, "sop_run");
        long step = pick(foreign, "step_execution");
        String action = List.of("submit", "approve", "return", "ratify", "revise", "retire").get(random.nextInt(6));
        Map<String, Object> actionBody = Map.of("version", random.nextInt(5), "note", "diretas", "password", "baku-demo");
        Map<String, Object> stepBody = Map.of("version", random.nextInt(5), "present", List.of(true), "output", "diretas");
        switch (random.nextInt(14)) {
            case 0 -> refusedByApi("GET sop", get("/api/v1/sops/" + sop), token, null, markers);
            case 1 -> refusedByApi("GET flowchart", get("/api/v1/sops/" + sop + "/flowchart.svg"), token, null, markers);
            case 2 -> refusedByApi("GET sheet", get("/api/v1/sops/" + sop + "/sheet.pdf"), token, null, markers);
            case 3 -> refusedByApi("GET own sheet, foreign version",
                    get("/api/v1/sops/" + caller.effectiveSop() + "/sheet.pdf").param("version", "" + version), token, null, markers);
            case 4 -> refusedByApi("GET register", get("/api/v1/units/" + pick(foreign, "org_unit") + "/sop-register.pdf"),
                    token, null, markers);
            case 5 -> refusedByApi("GET ratification", get("/api/v1/sops/" + sop + "/versions/" + version + "/ratification"),
                    token, null, markers);
            case 6 -> refusedByApi("GET ratification, own sop", get("/api/v1/sops/" + caller.draftSop() + "/versions/"
                    + version + "/ratification"), token, null, markers);
            case 7 -> refusedByApi("POST action " + action, post("/api/v1/sops/" + sop + "/versions/" + version
                    + "/actions/" + action), token, actionBody, markers);
            case 8 -> refusedByApi("POST run", post("/api/v1/runs"), token, Map.of("sopId", sop, "title", "diretas"), markers);
            case 9 -> refusedByApi("GET run", get("/api/v1/runs/" + run), token, null, markers);
            case 10 -> refusedByApi("POST take", post("/api/v1/runs/" + run + "/steps/" + step + "/take"), token,
                    Map.of("version", random.nextInt(5)), markers);
            case 11 -> refusedByApi("POST complete", post("/api/v1/runs/" + run + "/steps/" + step + "/complete"), token,
                    stepBody, markers);
            case 12 -> refusedByApi("POST complete, own run", post("/api/v1/runs/" + caller.runId() + "/steps/" + step
                    + "/complete"), token, stepBody, markers);
            default -> {
                MockHttpServletResponse r = api.call(get("/api/v1/sops").param("unit", "" + pick(foreign, "org_unit")), token, null);
                check("GET sops of a foreign unit", r.getStatus() == 200 && ApiCalls.json(r).isEmpty()
                        || r.getStatus() == 404 || r.getStatus() == 422, r.getStatus() + " " + body(r));
                noMarkers("GET sops of a foreign unit", body(r), markers);
            }
        }
    }

    private void hostileServiceCall(Pemda caller, Map<String, List<Long>> foreign, List<String> markers) {
        signIn.as(random.nextInt(4) == 0 ? caller.kabid() : caller.admin());
        long sop = pick(foreign, "sop");
        long version = pick(foreign, "sop_version");
        long unit = pick(foreign, "org_unit");
        long position = pick(foreign, "job_position");
        long template = pick(foreign, "sop_template");
        long step = pick(foreign, "step_execution");
        int expected = random.nextInt(5);
        switch (random.nextInt(48)) {
            case 0 -> refused("findUnit", () -> organisation.findUnit(unit), markers);
            case 1 -> refused("saveUnit", () -> organisation.saveUnit(new UnitRecord(unit, null, "Diretas", UnitKind.BAGIAN, expected)), markers);
            case 2 -> refused("saveUnit under a foreign parent", () -> organisation.saveUnit(
                    new UnitRecord(caller.markerUnit(), unit, "Unit " + caller.marker(), UnitKind.LAINNYA, expected)), markers);
            case 3 -> refused("deleteUnit", () -> run(() -> organisation.deleteUnit(unit)), markers);
            case 4 -> refused("findPosition", () -> organisation.findPosition(position), markers);
            case 5 -> refused("savePosition", () -> organisation.savePosition(new PositionRecord(position, caller.markerUnit(), "Diretas", false, expected)), markers);
            case 6 -> refused("savePosition in a foreign unit", () -> organisation.savePosition(new PositionRecord(null, unit, "Titipan", false, 0)), markers);
            case 7 -> refused("deletePosition", () -> run(() -> organisation.deletePosition(position)), markers);
            case 8 -> refused("findUser", () -> users.findUser(pick(foreign, "app_user")), markers);
            case 9 -> refused("updateUser", () -> users.updateUser(new UserRecord(pick(foreign, "app_user"), "diretas." + caller.suffix(),
                    "Diretas", null, null, true, false, Set.of(AppRole.TENANT_ADMIN), List.of(), expected)), markers);
            case 10 -> refused("resetPassword", () -> run(() -> users.resetPassword(pick(foreign, "app_user"), "password-baru-123")), markers);
            case 11 -> refused("createUser holding a foreign jabatan", () -> users.createUser(new UserRecord(null,
                    "titipan." + caller.suffix(), "Titipan", null, null, true, false, Set.of(AppRole.STAFF),
                    List.of(new HeldPosition(position, false)), 0), "rahasia-123"), markers);
            case 12 -> refused("holdersOf", () -> users.holdersOf(position), markers);
            case 13 -> refused("findLegalBasis", () -> legalBases.find(pick(foreign, "legal_basis")), markers);
            case 14 -> refused("saveLegalBasis", () -> legalBases.save(new LegalBasisRecord(pick(foreign, "legal_basis"),
                    LegalBasisKind.PERWAL, "Diretas", "1", 2020, "Diretas", expected)), markers);
            case 15 -> refused("deleteLegalBasis", () -> run(() -> legalBases.delete(pick(foreign, "legal_basis"))), markers);
            case 16 -> refused("latest", () -> sops.latest(sop), markers);
            case 17 -> refused("version", () -> sops.version(version), markers);
            case 18 -> refused("history", () -> sops.history(sop), markers);
            case 19 -> refused("contents", () -> sops.contents(List.of(sop)), markers);
            case 20 -> refused("saveDraft", () -> sops.saveDraft(version, expected, caller.unitId(), ownContent(caller)), markers);
            case 21 -> refused("saveDraft into a foreign unit", () -> sops.saveDraft(caller.draftVersion(),
                    sops.version(caller.draftVersion()).orElseThrow().version(), unit, ownContent(caller)), markers);
            case 22 -> refused("deleteDraft", () -> run(() -> sops.deleteDraft(sop)), markers);
            case 23 -> refused("exportYaml", () -> sops.exportYaml(version), markers);
            case 24 -> refused("create in a foreign unit", () -> sops.create(unit, ownContent(caller)), markers);
            case 25 -> refused("create on a foreign template", () -> sops.create(caller.unitId(), template, ownContent(caller)), markers);
            case 26 -> refused("moveToLatestTemplate", () -> sops.moveToLatestTemplate(version, expected), markers);
            case 27 -> refused("template latest", () -> templates.latest(template), markers);
            case 28 -> refused("template version", () -> templates.version(pick(foreign, "sop_template_version")), markers);
            case 29 -> refused("template save", () -> templates.save(template, expected,
                    templates.latest(templates.list().getFirst().templateId()).orElseThrow().definition()), markers);
            case 30 -> refused("template makeDefault / delete / export", () -> switch (random.nextInt(3)) {
                case 0 -> run(() -> templates.makeDefault(template));
                case 1 -> run(() -> templates.delete(template));
                default -> templates.exportYaml(template);
            }, markers);
            case 31 -> refused("ratification state / history", () -> random.nextBoolean()
                    ? ratification.state(version) : ratification.history(version), markers);
            case 32 -> refused("ratification action", () -> switch (random.nextInt(6)) {
                case 0 -> ratification.submit(version, expected);
                case 1 -> ratification.approve(version, expected, "diretas");
                case 2 -> ratification.returnToAuthor(version, expected, "diretas");
                case 3 -> ratification.ratify(version, expected, "baku-demo");
                case 4 -> ratification.retire(version, expected, "diretas");
                default -> ratification.revise(sop);
            }, markers);
            case 33 -> refused("route / configureRoute", () -> random.nextBoolean() ? ratification.route(unit)
                    : ratification.configureRoute(unit, List.of(), null), markers);
            case 34 -> refused("configureRoute with foreign jabatan", () -> ratification.configureRoute(caller.unitId(),
                    List.of(position), position), markers);
            case 35 -> refused("start run", () -> execution.start(sop, "Diretas", null), markers);
            case 36 -> refused("run", () -> execution.run(pick(foreign, "sop_run")), markers);
            case 37 -> refused("take / complete / reassign / candidates", () -> switch (random.nextInt(4)) {
                case 0 -> execution.take(step, expected);
                case 1 -> execution.complete(step, expected, new Completion(List.of(true), "diretas", null, null));
                case 2 -> execution.reassign(step, expected, caller.kabid());
                default -> execution.candidates(step);
            }, markers);
            case 38 -> refused("mappings / map", () -> random.nextBoolean() ? execution.mappings(sop)
                    : run(() -> execution.map(sop, "Pelaksana", List.of())), markers);
            case 39 -> refused("map to a foreign jabatan", () -> run(() -> execution.map(caller.effectiveSop(),
                    ownContent(caller).executors().getFirst().label(), List.of(position))), markers);
            case 40 -> refused("addAttachment", () -> execution.addAttachment(step, "foto.png", "image/png",
                    new ByteArrayInputStream(PNG), PNG.length), markers);
            case 41 -> refused("attachmentContent", () -> execution.attachmentContent(pick(foreign, "step_attachment")), markers);
            case 42 -> refused("monitoring open / read", () -> random.nextBoolean()
                    ? monitoring.open(unit, HalfYear.of(LocalDate.now())) : monitoring.monitoring(pick(foreign, "monitoring_form")), markers);
            case 43 -> refused("monitoring save / finalise", () -> random.nextBoolean()
                    ? monitoring.save(pick(foreign, "monitoring_form"), expected, List.of())
                    : monitoring.finalise(pick(foreign, "monitoring_form"), expected, List.of()), markers);
            case 44 -> refused("own monitoring with foreign rows", () -> monitoring.save(caller.monitoringForm(),
                    monitoring.monitoring(caller.monitoringForm()).version(), List.of(new MonitoringAnswer(
                            pick(foreign, "monitoring_item"), null, "diretas", null))), markers);
            case 45 -> refused("evaluation", () -> switch (random.nextInt(6)) {
                case 0 -> evaluations.open(sop, LocalDate.now().getYear());
                case 1 -> evaluations.evaluation(pick(foreign, "evaluation_form"));
                case 2 -> evaluations.save(pick(foreign, "evaluation_form"), expected, new EvaluationInput(List.of(), null, "diretas"));
                case 3 -> evaluations.finalise(pick(foreign, "evaluation_form"), expected, new EvaluationInput(List.of(), null, "diretas"));
                case 4 -> evaluations.startRevision(pick(foreign, "evaluation_form"));
                default -> run(() -> evaluations.retire(pick(foreign, "evaluation_form")));
            }, markers);
            case 46 -> refused("revoke token", () -> run(() -> tokens.revoke(pick(foreign, "api_token"))), markers);
            default -> refused("report", () -> switch (random.nextInt(8)) {
                case 0 -> reports.sheet(version);
                case 1 -> reports.sheetPdf(version);
                case 2 -> reports.printableVersion(sop);
                case 3 -> reports.versionOf(caller.effectiveSop(), version);
                case 4 -> reports.register(unit);
                case 5 -> reports.registerPdf(unit);
                case 6 -> reports.monitoringForm(pick(foreign, "monitoring_form"));
                default -> reports.evaluationForm(pick(foreign, "evaluation_form"));
            }, markers);
        }
    }

    // ---- legitimate calls of the caller's own pemda ----

    private void legitimateCall(Pemda caller, List<String> markers) throws Exception {
        String mine = caller.marker();
        switch (random.nextInt(12)) {
            case 0 -> legitApi("GET sops", get("/api/v1/sops"), caller.adminToken(), mine, markers);
            case 1 -> legitApi("GET own sop", get("/api/v1/sops/" + caller.draftSop()), caller.adminToken(), mine, markers);
            case 2 -> legitApi("GET own run", get("/api/v1/runs/" + caller.runId()), caller.kabidToken(), mine, markers);
            case 3 -> legitApi("GET own ratification", get("/api/v1/sops/" + caller.draftSop() + "/versions/"
                    + caller.draftVersion() + "/ratification"), caller.adminToken(), "\"status\":\"draft\"", markers);
            case 4 -> {
                MockHttpServletResponse r = api.call(post("/api/v1/runs"), caller.kabidToken(),
                        Map.of("sopId", caller.effectiveSop(), "title", "Peliputan " + mine));
                check("POST own run", r.getStatus() == 201 && body(r).contains(mine), r.getStatus() + " " + body(r));
                noMarkers("POST own run", body(r), markers);
            }
            case 5 -> legit("list units", () -> {
                signIn.as(caller.admin());
                return organisation.listUnits();
            }, mine, markers);
            case 6 -> legit("rename own unit", () -> {
                signIn.as(caller.admin());
                UnitRecord u = organisation.findUnit(caller.markerUnit()).orElseThrow();
                return organisation.saveUnit(new UnitRecord(u.id(), u.parentId(), "Unit " + mine + " " + random.nextInt(1000),
                        u.kind(), u.version()));
            }, mine, markers);
            case 7 -> legit("edit own dasar hukum", () -> {
                signIn.as(caller.admin());
                LegalBasisRecord b = legalBases.find(caller.markerBasis()).orElseThrow();
                return legalBases.save(new LegalBasisRecord(b.id(), b.kind(), b.issuer(), b.number(), 2000 + random.nextInt(25),
                        b.title(), b.version()));
            }, mine, markers);
            case 8 -> legit("save own draft", () -> {
                signIn.as(caller.admin());
                SopVersionRecord v = sops.version(caller.draftVersion()).orElseThrow();
                return sops.saveDraft(v.versionId(), v.version(), v.unitId(), v.content());
            }, mine, markers);
            case 9 -> legit("own run and monitoring", () -> {
                signIn.as(caller.kabid());
                return List.of(execution.run(caller.runId()), monitoring.monitoring(caller.monitoringForm()),
                        evaluations.evaluation(caller.evaluationForm()));
            }, mine, markers);
            case 10 -> legit("new and revoked token", () -> {
                signIn.as(caller.admin());
                tokens.revoke(tokens.create("Token " + mine, null).token().id());
                return tokens.listTenant();
            }, mine, markers);
            default -> legit("export own draft", () -> {
                signIn.as(caller.admin());
                return sops.exportYaml(caller.draftVersion());
            }, mine, markers);
        }
    }

    private SopContent ownContent(Pemda caller) {
        return sops.version(caller.draftVersion()).orElseThrow().content();
    }

    // ---- checks ----

    /** A call with a foreign id: refused, or an empty answer; never another pemda's data. */
    private void refused(String what, Call call, List<String> markers) {
        Object answer;
        try {
            answer = call.call();
        } catch (NotFoundException | InvalidInputException | AccessDeniedException e) {
            count(what, "refused");
            noMarkers(what, String.valueOf(e.getMessage()), markers);
            return;
        } catch (RuntimeException e) {
            failures.add(what + ": threw " + e);
            return;
        }
        boolean empty = answer == null || answer instanceof Optional<?> o && o.isEmpty()
                || answer instanceof Collection<?> c && c.isEmpty() || answer instanceof Map<?, ?> m && m.isEmpty();
        check(what, empty, "answered " + answer);
        noMarkers(what, String.valueOf(answer), markers);
        count(what, "empty");
    }

    private void refusedByApi(String what, MockHttpServletRequestBuilder request, String token, Object body,
                              List<String> markers) throws Exception {
        MockHttpServletResponse r = api.call(request, token, body);
        check(what, Set.of(403, 404, 422).contains(r.getStatus()), r.getStatus() + " " + body(r));
        noMarkers(what, body(r), markers);
        count(what, String.valueOf(r.getStatus()));
    }

    private void legit(String what, Call call, String mine, List<String> markers) {
        String answer;
        try {
            answer = String.valueOf(call.call());
        } catch (RuntimeException e) {
            failures.add(what + " (own pemda): threw " + e);
            return;
        }
        check(what, answer.contains(mine), "own marker missing in " + answer);
        noMarkers(what, answer, markers);
        count(what, "ok");
    }

    private void legitApi(String what, MockHttpServletRequestBuilder request, String token, String expected,
                          List<String> markers) throws Exception {
        MockHttpServletResponse r = api.call(request, token, null);
        check(what, r.getStatus() == 200 && body(r).contains(expected), r.getStatus() + " " + body(r));
        noMarkers(what, body(r), markers);
        count(what, "ok");
    }

    private void check(String what, boolean ok, String detail) {
        if (!ok) {
            failures.add(what + ": " + detail);
        }
    }

    private void noMarkers(String what, String answer, List<String> markers) {
        markers.stream().filter(answer::contains).forEach(m -> failures.add(what + ": leaks " + m + " in " + answer));
    }

    private void count(String what, String outcome) {
        tally.merge(what + " → " + outcome, 1, Integer::sum);
        lastCall = what;
    }

    private static String body(MockHttpServletResponse r) throws Exception {
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface Call {
        Object call();
    }

    private static Object run(Runnable action) {
        action.run();
        return null;
    }

    // ---- ids and snapshots ----

    private long pick(Map<String, List<Long>> ids, String kind) {
        List<Long> list = ids.get(kind);
        return list.get(random.nextInt(list.size()));
    }

    private Map<String, List<Long>> ids(long tenantId) {
        Map<String, List<Long>> ids = new LinkedHashMap<>();
        for (String kind : KINDS) {
            String owner = switch (kind) {
                case "monitoring_item" -> "(select tenant_id from monitoring_form f where f.id = x.form_id)";
                default -> "x.tenant_id";
            };
            ids.put(kind, jdbc.sql("select x.id from " + kind + " x where " + owner + " = ?").param(tenantId)
                    .query(Long.class).list());
        }
        return ids;
    }

    private static Map<String, List<Long>> foreignIds(Map<Long, Map<String, List<Long>>> ids, long caller) {
        return KINDS.stream().collect(Collectors.toMap(Function.identity(), kind -> ids.entrySet().stream()
                .filter(e -> e.getKey() != caller).flatMap(e -> e.getValue().get(kind).stream()).toList()));
    }

    private Map<Long, Map<String, String>> snapshot() {
        return TenantSnapshots.all(jdbc);
    }
}
