package id.baku.execution.api;

import id.baku.design.SopService;
import id.baku.execution.EffectiveSops;
import id.baku.ratification.RatificationService;
import id.baku.testing.ApiCalls;
import id.baku.testing.IntegrationTest;
import id.baku.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static id.baku.testing.ApiCalls.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** An e-Office system starts a run and completes its steps with the staff's personal API tokens. */
@IntegrationTest
class RunApiIntegrationTest {

    @Autowired SignIn signIn;
    @Autowired ApiCalls api;
    @Autowired SopService sops;
    @Autowired RatificationService ratification;
    @Autowired JdbcClient jdbc;

    private final List<Long> createdSops = new ArrayList<>();

    @AfterEach
    void tearDown() {
        SignIn.out();
        createdSops.forEach(id -> jdbc.sql("delete from sop where id = ?").param(id).update());
    }

    @Test
    void start_list_tasks_complete_and_a_retried_completion_changes_nothing() throws Exception {
        long sopId = EffectiveSops.peliputan(signIn, sops, ratification);
        createdSops.add(sopId);
        String kabid = api.token("kabid.dikp.tangerang");
        String tenagaAhli = api.token("tenagaahli.dikp.tangerang");

        MockHttpServletResponse refused = api.call(post("/api/v1/runs"), tenagaAhli,
                Map.of("sopId", sopId, "title", "Peliputan HUT"));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(json(refused).get("code").asString()).isEqualTo("execution.error.not-first-executor");

        MockHttpServletResponse started = api.call(post("/api/v1/runs"), kabid,
                Map.of("sopId", sopId, "title", "Peliputan HUT Kota Tangerang ke-32", "reference", "Disposisi 005/321"));
        assertThat(started.getStatus()).isEqualTo(201);
        long runId = json(started).get("id").asLong();

        JsonNode task = null;
        for (JsonNode t : json(api.call(get("/api/v1/tasks"), kabid))) {
            if (t.get("runId").asLong() == runId) {
                task = t;
            }
        }
        assertThat(task).isNotNull();
        assertThat(task.get("step").asInt()).isEqualTo(1);
        String complete = "/api/v1/runs/" + runId + "/steps/" + task.get("stepExecutionId").asLong() + "/complete";
        Map<String, Object> body = Map.of("version", task.get("version").asInt(), "present", List.of(true),
                "output", "Kesediaan meliput");
        assertThat(api.call(post(complete), tenagaAhli, body).getStatus()).as("not the Tenaga Ahli's step")
                .isEqualTo(422);
        MockHttpServletResponse done = api.call(post(complete), kabid, body);
        assertThat(done.getStatus()).isEqualTo(200);
        assertThat(json(done).get("status").asString()).isEqualTo("DONE");
        MockHttpServletResponse again = api.call(post(complete), kabid, body);
        assertThat(again.getStatus()).as("the same request sent twice").isEqualTo(409);
        assertThat(json(again).get("code").asString()).isEqualTo("execution.error.already-done");

        JsonNode run = json(api.call(get("/api/v1/runs/" + runId), kabid));
        assertThat(run.get("path").toString()).isEqualTo("[1,2]");
        assertThat(api.call(get("/api/v1/runs/" + runId), api.token("admin.lamandau")).getStatus())
                .as("another pemda's run").isEqualTo(404);
    }
}
