package id.baku.design.api;

import id.baku.design.SopQuery;
import id.baku.design.SopService;
import id.baku.design.SopSummary;
import id.baku.tenant.ApiTokenService;
import id.baku.testing.ApiCalls;
import id.baku.testing.IntegrationTest;
import id.baku.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static id.baku.testing.ApiCalls.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/** An e-Office system of a pemda reads SOPs with a personal API token, and cannot do more. */
@IntegrationTest
class SopApiIntegrationTest {

    private static final String TANGERANG = "demo-kota-tangerang";
    private static final String MOJOKERTO = "demo-kabupaten-mojokerto";

    @Autowired SignIn signIn;
    @Autowired ApiCalls api;
    @Autowired ApiTokenService tokens;
    @Autowired SopService sops;
    @Autowired JdbcClient jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @AfterEach
    void tearDown() {
        SignIn.out();
    }

    @Test
    void without_a_token_the_api_answers_401_with_a_bearer_challenge_and_json() throws Exception {
        MockHttpServletResponse response = api.call(get("/api/v1/sops"), null);
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        assertThat(json(response).get("error").asString()).contains("Bearer");
    }

    @Test
    void an_unknown_token_is_refused_with_401() throws Exception {
        for (String bad : List.of("baku_tidak-ada", "demo-kota-antah-berantah", "x".repeat(500), "")) {
            MockHttpServletResponse response = api.call(get("/api/v1/sops"), bad);
            assertThat(response.getStatus()).as(bad).isEqualTo(401);
            assertThat(response.getHeader(HttpHeaders.WWW_AUTHENTICATE)).as(bad).startsWith("Bearer");
            assertThat(json(response).has("error")).isTrue();
        }
    }

    @Test
    void a_revoked_token_stops_working_at_once() throws Exception {
        signIn.as("katim.kompim.tangerang");
        var created = tokens.create("Uji cabut", null);
        SignIn.out();
        assertThat(api.call(get("/api/v1/sops"), created.secret()).getStatus()).isEqualTo(200);

        signIn.as("katim.kompim.tangerang");
        tokens.revoke(created.token().id());
        SignIn.out();
        MockHttpServletResponse response = api.call(get("/api/v1/sops"), created.secret());
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader(HttpHeaders.WWW_AUTHENTICATE)).contains("invalid_token");
    }

    @Test
    void an_expired_token_and_the_token_of_a_disabled_user_are_refused() throws Exception {
        signIn.as("auditor.tangerang");
        var expiring = tokens.create("Uji kedaluwarsa", null);
        var ofDisabled = tokens.create("Uji pengguna nonaktif", null);
        SignIn.out();
        jdbc.sql("update api_token set expires_at = :past where id = :id")
                .param("past", LocalDateTime.now().minusDays(1)).param("id", expiring.token().id()).update();
        assertThat(api.call(get("/api/v1/sops"), expiring.secret()).getStatus()).isEqualTo(401);

        assertThat(api.call(get("/api/v1/sops"), ofDisabled.secret()).getStatus()).isEqualTo(200);
        try {
            jdbc.sql("update app_user set enabled = false where username = 'auditor.tangerang'").update();
            assertThat(api.call(get("/api/v1/sops"), ofDisabled.secret()).getStatus()).isEqualTo(401);
        } finally {
            jdbc.sql("update app_user set enabled = true where username = 'auditor.tangerang'").update();
        }
    }

    @Test
    void a_token_lists_only_its_own_pemdas_sops() throws Exception {
        JsonNode tangerang = json(ok(get("/api/v1/sops"), TANGERANG));
        assertThat(numbers(tangerang)).contains("59/000.8.3.3/III/2025", "60/000.8.3.3/III/2025");
        assertThat(ids(tangerang)).containsExactlyInAnyOrderElementsOf(sopIds("admin.tangerang"));
        JsonNode first = tangerang.get(0);
        assertThat(first.get("unit").get("name").asString()).isNotBlank();
        assertThat(first.get("status").asString()).matches("[a-z]+");
        assertThat(first.get("updatedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");

        JsonNode mojokerto = json(ok(get("/api/v1/sops"), MOJOKERTO));
        assertThat(mojokerto).hasSize(3);
        assertThat(ids(mojokerto)).doesNotContainAnyElementsOf(ids(tangerang));
    }

    @Test
    void another_pemdas_sop_is_not_found_exactly_like_an_id_that_does_not_exist() throws Exception {
        long mojokertoSop = sopIds("admin.mojokerto").getFirst();
        MockHttpServletResponse foreign = api.call(get("/api/v1/sops/" + mojokertoSop), TANGERANG);
        MockHttpServletResponse missing = api.call(get("/api/v1/sops/987654321"), TANGERANG);
        assertThat(foreign.getStatus()).isEqualTo(404);
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(foreign.getContentAsString()).isEqualTo(missing.getContentAsString());
        assertThat(json(foreign).get("error").asString()).isNotBlank();
        assertThat(api.call(get("/api/v1/sops/" + mojokertoSop), MOJOKERTO).getStatus()).isEqualTo(200);
    }

    @Test
    void the_flowchart_comes_as_svg_and_another_pemdas_as_a_json_404() throws Exception {
        signIn.as("admin.tangerang");
        SopSummary analisa = sops.list(new id.baku.design.SopQuery(null, "59/000.8.3.3", null)).getFirst();
        SignIn.out();
        MockHttpServletResponse svg = api.call(get("/api/v1/sops/" + analisa.sopId() + "/flowchart.svg"), TANGERANG);
        assertThat(svg.getStatus()).isEqualTo(200);
        assertThat(svg.getContentType()).startsWith("image/svg+xml");
        String body = svg.getContentAsString();
        assertThat(body).startsWith("<svg").contains("Penelaah Teknis");
        // 7 steps: 3 decisions drawn as diamonds (polygons with data-step), 4 capsules and boxes.
        assertThat(body.split("<polygon data-step=").length - 1).isEqualTo(3);
        assertThat(body.split("<rect data-step=").length - 1).isEqualTo(4);

        long mojokertoSop = sopIds("admin.mojokerto").getFirst();
        for (String accept : new String[]{"*/*", "image/svg+xml"}) {
            MockHttpServletResponse foreign = api.call(get("/api/v1/sops/" + mojokertoSop + "/flowchart.svg")
                    .header("Accept", accept), TANGERANG);
            assertThat(foreign.getStatus()).as(accept).isEqualTo(404);
            assertThat(foreign.getContentType()).as(accept).startsWith("application/json");
            assertThat(json(foreign).get("error").asString()).isNotBlank();
        }
        assertThat(api.call(get("/api/v1/sops/" + analisa.sopId() + "/flowchart.svg"), null).getStatus()).isEqualTo(401);
    }

    @Test
    void one_sop_comes_with_its_versions_and_full_content() throws Exception {
        long analisa = sopId("admin.tangerang", "Analisa");
        JsonNode sop = json(ok(get("/api/v1/sops/" + analisa), TANGERANG));
        assertThat(sop.get("id").asLong()).isEqualTo(analisa);
        assertThat(sop.get("status").asString()).isEqualTo("effective");
        assertThat(sop.get("number").asString()).isNotBlank();
        assertThat(sop.get("versions")).hasSize(1);
        assertThat(sop.get("versions").get(0).get("status").asString()).isEqualTo("effective");
        assertThat(sop.get("problems")).isEmpty();

        JsonNode current = sop.get("current");
        assertThat(current.get("title").asString()).contains("Analisa");
        assertThat(current.get("totalMinutes").asInt()).isEqualTo(390);
        assertThat(current.get("createdOn").asString()).isEqualTo("2025-03-03");
        assertThat(current.get("effectiveOn").isNull()).isTrue();
        assertThat(current.get("legalBases")).isNotEmpty();
        assertThat(current.get("legalBases").get(0).get("citation").asString()).contains(" Nomor ", " Tahun ");
        assertThat(current.get("approvedBy").get("name").asString()).isNotBlank();
        JsonNode steps = current.get("steps");
        assertThat(steps).hasSize(7);
        assertThat(steps.get(0).get("number").asInt()).isEqualTo(1);
        assertThat(steps.get(0).get("kind").asString()).isEqualTo("terminator");
        assertThat(steps.get(6).get("kind").asString()).isEqualTo("terminator");
        assertThat(steps.get(0).get("executorLabel").asString())
                .isEqualTo(current.get("executors").get(steps.get(0).get("executor").asInt() - 1).get("label").asString());
        assertThat(steps.get(0).get("time").asString()).matches("\\d+ (menit|jam|hari)");
        int sum = StreamSupport.stream(steps.spliterator(), false).mapToInt(s -> s.get("minutes").asInt()).sum();
        assertThat(sum).isEqualTo(390);
        // The pemda's template: its name and Tangerang's own column labels.
        assertThat(current.get("template").get("name").asString()).isEqualTo("SOP AP Kota Tangerang");
        assertThat(current.get("template").get("stepColumns").get("activity").asString()).isEqualTo("Uraian kegiatan");
        assertThat(current.get("custom")).isEmpty();
    }

    @Test
    void a_draft_lists_what_keeps_it_from_being_submitted_in_the_callers_language() throws Exception {
        long draft = sopId("admin.mojokerto", "Pelayanan Dokumentasi");
        JsonNode indonesian = json(ok(get("/api/v1/sops/" + draft), MOJOKERTO));
        assertThat(indonesian.get("status").asString()).isEqualTo("draft");
        assertThat(indonesian.get("problems")).isNotEmpty();
        JsonNode problem = indonesian.get("problems").get(0);
        assertThat(problem.get("code").asString()).startsWith("sop.problem.");
        JsonNode english = json(ok(get("/api/v1/sops/" + draft).header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.8"),
                MOJOKERTO));
        assertThat(english.get("problems").get(0).get("message").asString())
                .isNotEqualTo(problem.get("message").asString());
    }

    @Test
    void the_list_filters_by_status_unit_and_text() throws Exception {
        JsonNode effective = json(ok(get("/api/v1/sops").param("status", "effective"), TANGERANG));
        assertThat(effective).isNotEmpty().allSatisfy(s -> assertThat(s.get("status").asString()).isEqualTo("effective"));
        assertThat(json(ok(get("/api/v1/sops").param("status", "retired"), TANGERANG))).isEmpty();

        JsonNode byText = json(ok(get("/api/v1/sops").param("q", "analisa"), TANGERANG));
        assertThat(byText).hasSize(1);
        long unit = byText.get(0).get("unit").get("id").asLong();
        assertThat(json(ok(get("/api/v1/sops").param("unit", String.valueOf(unit)), TANGERANG)))
                .isNotEmpty().allSatisfy(s -> assertThat(s.get("unit").get("id").asLong()).isEqualTo(unit));

        MockHttpServletResponse badStatus = api.call(get("/api/v1/sops").param("status", "hilang"), TANGERANG);
        assertThat(badStatus.getStatus()).isEqualTo(400);
        assertThat(json(badStatus).get("error").asString()).contains("effective");
        assertThat(api.call(get("/api/v1/sops").param("unit", "satu"), TANGERANG).getStatus()).isEqualTo(400);
        assertThat(api.call(get("/api/v1/sops/bukan-angka"), TANGERANG).getStatus()).isEqualTo(400);
    }

    @Test
    void a_staff_token_reads_but_the_api_changes_nothing() throws Exception {
        String staff = api.token("penelaah.humas.tangerang");
        long sop = sopIds("admin.tangerang").getFirst();
        assertThat(api.call(get("/api/v1/sops/" + sop), staff).getStatus()).isEqualTo(200);
        int versions = jdbc.sql("select count(*) from sop_version").query(Integer.class).single();
        for (MockHttpServletRequestBuilder write : List.of(post("/api/v1/sops"), put("/api/v1/sops/" + sop),
                delete("/api/v1/sops/" + sop))) {
            MockHttpServletResponse response = api.call(write.contentType("application/json").content("{}"), staff);
            assertThat(response.getStatus()).isEqualTo(403);
            assertThat(json(response).get("error").asString()).contains("read-only");
            assertThat(api.call(write, TANGERANG).getStatus()).isEqualTo(403);
        }
        assertThat(jdbc.sql("select count(*) from sop_version").query(Integer.class).single()).isEqualTo(versions);
    }

    @Test
    void the_api_keeps_no_session_and_a_browser_session_does_not_sign_it_in() throws Exception {
        MockHttpServletResponse response = api.call(get("/api/v1/sops"), TANGERANG);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getCookies()).isEmpty();
        assertThat(response.getHeader(HttpHeaders.SET_COOKIE)).isNull();

        var principal = signIn.as("admin.tangerang");
        SignIn.out();
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities())));
        assertThat(api.call(get("/api/v1/sops").session(session), null).getStatus()).isEqualTo(401);
    }

    @Test
    void last_use_is_recorded_at_most_once_a_minute() throws Exception {
        signIn.as("tenagaahli.dikp.tangerang");
        var created = tokens.create("Uji pemakaian", null);
        SignIn.out();
        assertThat(lastUsed(created.token().id())).isNull();
        ok(get("/api/v1/sops"), created.secret());
        LocalDateTime first = lastUsed(created.token().id());
        assertThat(first).isCloseTo(LocalDateTime.now(java.time.ZoneOffset.UTC), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));
        ok(get("/api/v1/sops"), created.secret());
        assertThat(lastUsed(created.token().id())).isEqualTo(first);
    }

    @Test
    void unknown_addresses_under_the_api_answer_404_json() throws Exception {
        MockHttpServletResponse response = api.call(get("/api/v1/nothing/here"), TANGERANG);
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(json(response).get("error").asString()).isNotBlank();
    }

    @Test
    void the_openapi_description_is_public_and_describes_every_api_address_with_the_bearer_scheme() throws Exception {
        JsonNode openApi = json(ok(get("/api/v1/openapi.json"), null));
        assertThat(openApi.get("openapi").asString()).startsWith("3.1");
        assertThat(openApi.get("components").get("securitySchemes").get("bearer").get("scheme").asString())
                .isEqualTo("bearer");
        assertThat(openApi.get("security").get(0).has("bearer")).isTrue();
        Set<String> documented = new TreeSet<>(openApi.get("paths").propertyNames());
        Set<String> mapped = mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getValue().getBeanType().getPackageName().startsWith("id.baku")
                        && !e.getValue().getBeanType().isAnnotationPresent(io.swagger.v3.oas.annotations.Hidden.class))
                .map(e -> e.getKey()).map(RequestMappingInfo::getPatternValues).flatMap(Set::stream)
                .filter(p -> p.startsWith("/api/v1/"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(mapped).contains("/api/v1/sops", "/api/v1/sops/{id}");
        assertThat(documented).isEqualTo(mapped);
        assertThat(openApi.get("components").get("schemas").has("SopContent")).isTrue();

        // MockMvc does not follow forwards; the browser test reads /api/v1/openapi.yaml over real HTTP
        assertThat(ok(get("/api/v1/openapi.yaml"), null).getForwardedUrl()).isEqualTo("/api/v1/openapi.json.yaml");
        MockHttpServletResponse yaml = ok(get("/api/v1/openapi.json.yaml"), null);
        assertThat(yaml.getContentAsString()).contains("openapi: 3.1", "/api/v1/sops/{id}:");
    }

    private MockHttpServletResponse ok(MockHttpServletRequestBuilder request, String token) throws Exception {
        MockHttpServletResponse response = api.call(request, token);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response;
    }

    private static List<String> numbers(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(s -> s.get("number").asString()).toList();
    }

    private static List<Long> ids(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(s -> s.get("id").asLong()).toList();
    }

    private List<Long> sopIds(String admin) {
        signIn.as(admin);
        try {
            return sops.list(SopQuery.all()).stream().map(SopSummary::sopId).toList();
        } finally {
            SignIn.out();
        }
    }

    private long sopId(String admin, String titlePart) {
        signIn.as(admin);
        try {
            return sops.list(SopQuery.all()).stream().filter(s -> s.title().contains(titlePart)).findFirst()
                    .orElseThrow().sopId();
        } finally {
            SignIn.out();
        }
    }

    private LocalDateTime lastUsed(long tokenId) {
        return jdbc.sql("select last_used_at from api_token where id = ?").param(tokenId)
                .query((rs, row) -> rs.getObject(1, LocalDateTime.class)).list().getFirst();
    }
}
