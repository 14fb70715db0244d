package id.baku.ratification.api;

import id.baku.design.SopQuery;
import id.baku.design.SopService;
import id.baku.design.SopVersionRecord;
import id.baku.design.Sops;
import id.baku.testing.ApiCalls;
import id.baku.testing.IntegrationTest;
import id.baku.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** An e-Office system takes an SOP through ratification with its users' tokens, under the browser's rules. */
@IntegrationTest
class LifecycleApiIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired SignIn signIn;
    @Autowired SopService sops;
    @Autowired ApiCalls api;
    @Autowired JdbcClient jdbc;

    Long sopId;

    @AfterEach
    void tearDown() {
        SignIn.out();
        if (sopId != null) {
            jdbc.sql("delete from sop where id = ?").param(sopId).update();
        }
    }

    @Test
    void submit_approve_and_ratify_through_the_api_with_the_same_rules() throws Exception {
        String author = api.token("katim.kompim.tangerang");
        String reviewer = api.token("kabag.prokopim.tangerang");
        String signer = api.token("sekda.tangerang");
        String staff = api.token("penelaah.humas.tangerang");
        String otherPemda = api.token("admin.lamandau");
        signIn.as("katim.kompim.tangerang");
        long unitId = sops.list(new SopQuery(null, "59/000.8.3.3", null)).getFirst().unitId();
        SopVersionRecord draft = sops.create(unitId, Sops.fiveSteps());
        SignIn.out();
        sopId = draft.sopId();
        String base = "/api/v1/sops/" + draft.sopId() + "/versions/" + draft.versionId();

        JsonNode state = json(api.call(get(base + "/ratification"), author), 200);
        assertThat(state.get("status").asString()).isEqualTo("draft");
        assertThat(state.get("actions").toString()).contains("submit");
        assertThat(state.get("signer").asString()).isEqualTo("Sekretaris Daerah");

        assertThat(api.call(action(base, "submit", state.get("version").asInt(), null, null), staff).getStatus()).isEqualTo(403);
        assertThat(api.call(get(base + "/ratification"), otherPemda).getStatus()).isEqualTo(404);
        state = json(api.call(action(base, "submit", state.get("version").asInt(), null, null), author), 200);
        assertThat(state.get("status").asString()).isEqualTo("submitted");

        MockHttpServletResponse ownApproval = api.call(action(base, "approve", state.get("version").asInt(), null, null), author);
        assertThat(ownApproval.getStatus()).isEqualTo(422);
        assertThat(json(ownApproval, 422).get("error").asString()).contains("giliran");
        state = json(api.call(action(base, "approve", state.get("version").asInt(), "Paraf", null), reviewer), 200);
        assertThat(state.get("status").asString()).isEqualTo("reviewed");

        MockHttpServletResponse wrongPassword = api.call(action(base, "ratify", state.get("version").asInt(), null, "salah"), signer);
        assertThat(json(wrongPassword, 422).get("error").asString()).isEqualTo("Kata sandi salah.");
        state = json(api.call(action(base, "ratify", state.get("version").asInt(), null, "baku-demo"), signer), 200);
        assertThat(state.get("status").asString()).isEqualTo("effective");
        assertThat(state.get("number").asString()).matches("\\d+/000\\.8\\.3\\.3/[IVX]+/\\d{4}");
        assertThat(state.get("effectiveOn").asString()).isNotBlank();
        assertThat(state.get("signature").get("contentSha256").asString()).hasSize(64);
        assertThat(state.get("signature").get("intact").asBoolean()).isTrue();
        assertThat(state.get("steps")).hasSize(4);

        assertThat(api.call(action(base, "submit", state.get("version").asInt(), null, null), author).getStatus())
                .as("the browser's rules: an effective version cannot be submitted").isEqualTo(422);
        assertThat(api.call(action(base, "launch", 0, null, null), author).getStatus()).isEqualTo(404);
    }

    private MockHttpServletRequestBuilder action(String base, String action, int version, String note, String password) {
        String body = JSON.writeValueAsString(new java.util.LinkedHashMap<String, Object>() {{
            put("version", version);
            put("note", note);
            put("password", password);
        }});
        return post(base + "/actions/" + action).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static JsonNode json(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(status);
        return ApiCalls.json(response);
    }
}
