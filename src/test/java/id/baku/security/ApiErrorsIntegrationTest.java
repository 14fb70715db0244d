package id.baku.security;

import id.baku.design.SopService;
import id.baku.execution.ExecutionService;
import id.baku.report.ReportService;
import id.baku.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.CannotCreateTransactionException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;

/**
 * Over real HTTP, as an API client sees it: whatever fails behind /api/v1 answers JSON, never the
 * browser's redirect to the login page; a failing database answers 503, "send the same request again".
 * Real HTTP because MockMvc never dispatches to the error page, where the redirect came from; the
 * failures are stubbed on spies, which give this class a context of its own.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiErrorsIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TANGERANG = "demo-kota-tangerang";

    @LocalServerPort int port;
    @MockitoSpyBean SopService sops;
    @MockitoSpyBean ReportService reports;
    @MockitoSpyBean ExecutionService execution;
    @MockitoSpyBean ApiTokenSource tokens;

    @Test
    void a_database_failure_behind_an_sop_answers_503_json_asking_to_send_the_request_again() throws Exception {
        doThrow(new CannotAcquireLockException("Lock wait timeout exceeded")).when(target(sops)).list(any());

        HttpResponse<String> response = get("/api/v1/sops/1");

        assertTryAgain(response);
    }

    @Test
    void an_unexpected_failure_behind_a_sheet_answers_500_json_with_a_reference_and_no_details() throws Exception {
        doThrow(new IllegalStateException("secret detail")).when(target(reports)).printableVersion(anyLong());

        HttpResponse<String> response = get("/api/v1/sops/1/sheet.pdf");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("code").asString()).isEqualTo("unexpected");
        assertThat(body.get("error").asString()).containsPattern("reference [0-9a-f]{8}").doesNotContain("secret");
    }

    @Test
    void the_runs_api_answers_a_database_failure_the_same_way() throws Exception {
        doThrow(new CannotCreateTransactionException("Connection refused")).when(target(execution)).myTasks();

        assertTryAgain(get("/api/v1/tasks"));
    }

    @Test
    void a_database_failure_while_checking_the_token_answers_503_json() throws Exception {
        doThrow(new CannotGetJdbcConnectionException("Connection refused")).when(target(tokens)).findByHash(anyString());

        assertTryAgain(get("/api/v1/sops"));
    }

    @Test
    void any_other_failure_before_the_controller_answers_json_not_a_redirect() throws Exception {
        doThrow(new IllegalStateException("secret detail")).when(target(tokens)).findByHash(anyString());

        HttpResponse<String> response = get("/api/v1/sops");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(JSON.readTree(response.body()).has("error")).isTrue();
        assertThat(response.body()).doesNotContain("secret");
    }

    @Test
    void a_malformed_parameter_answers_400_json_not_500() throws Exception {
        HttpResponse<String> response = get("/api/v1/runs/satu");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").asString()).contains("'id'");
    }

    @Test
    void every_api_operation_documents_the_503_and_500_answers() throws Exception {
        JsonNode openApi = JSON.readTree(get("/api/v1/openapi.json").body());
        int operations = 0;
        for (JsonNode path : openApi.get("paths")) {
            for (JsonNode operation : path) {
                operations++;
                assertThat(operation.get("responses").propertyNames()).as(operation.get("summary").asString())
                        .contains("500", "503");
                assertThat(operation.get("responses").get("503").toString()).contains("#/components/schemas/ApiError");
            }
        }
        assertThat(operations).isGreaterThan(10);
    }

    private static void assertTryAgain(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("code").asString()).isEqualTo("try-again");
        assertThat(body.get("error").asString()).contains("send the same request again");
    }

    /** The spy inside the bean's security and transaction proxy: stubbing through the proxy would call it. */
    private static <T> T target(T bean) {
        return AopTestUtils.getUltimateTargetObject(bean);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + TANGERANG).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
