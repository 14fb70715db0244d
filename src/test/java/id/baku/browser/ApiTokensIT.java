package id.baku.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A staff member makes a token for an integration, an application uses it, and revoking it shuts the door. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiTokensIT extends BrowserTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void a_user_creates_a_token_in_the_ui_an_application_reads_sops_with_it_and_revoking_it_locks_it_out()
            throws Exception {
        Path shots = Files.createDirectories(Path.of("target/screenshots"));
        BakuPages baku = page(1366, 900);
        baku.login("tenagaahli.dikp.tangerang", "baku-demo").waitForHome();
        TokenPage tokens = new TokenPage(baku.page());
        tokens.open();
        String secret = tokens.create("Integrasi e-Office");
        baku.screenshot(shots.resolve("api-token-created.png"));
        assertThat(secret).startsWith("baku_");
        assertThat(tokens.warningText()).contains("hanya ditampilkan sekali");
        tokens.closeSecret();
        assertThat(tokens.myTokensText()).contains("Integrasi e-Office", secret.substring(0, 8) + "…", "Aktif")
                .doesNotContain(secret);

        HttpResponse<String> sops = get("/api/v1/sops", secret);
        assertThat(sops.statusCode()).isEqualTo(200);
        assertThat(sops.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(sops.body()).startsWith("[").contains("\"number\"", "59/000.8.3.3/III/2025")
                .doesNotContain("Lamandau", "Mojokerto");

        tokens.revoke("Integrasi e-Office");
        assertThat(tokens.myTokensText()).contains("Dicabut");
        baku.screenshot(shots.resolve("api-token-revoked.png"));
        HttpResponse<String> refused = get("/api/v1/sops", secret);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(refused.body()).contains("\"error\"");
    }

    @Test
    void the_tenant_admin_sees_every_token_of_the_pemda() throws Exception {
        BakuPages baku = page(1366, 900);
        baku.login("admin.tangerang", "baku-demo").waitForHome();
        TokenPage tokens = new TokenPage(baku.page());
        tokens.open();
        tokens.showAllOfThePemda();
        assertThat(tokens.tenantTokensText()).contains("admin.tangerang", "Token demo", "demo-kot…")
                .doesNotContain("admin.lamandau", "admin.mojokerto");
        baku.screenshot(Files.createDirectories(Path.of("target/screenshots")).resolve("api-tokens-of-the-pemda.png"));
    }

    @Test
    void the_openapi_description_is_served_as_json_and_yaml_without_a_token() throws Exception {
        HttpResponse<String> json = get("/api/v1/openapi.json", null);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"/api/v1/sops/{id}\"", "\"bearer\"");
        HttpResponse<String> yaml = get("/api/v1/openapi.yaml", null);
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.body()).contains("openapi: 3.1", "/api/v1/sops/{id}:");
        assertThat(get("/api/v1/sops", "demo-kota-tangerang").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The Token API page, in the words of its user. */
    private static final class TokenPage {
        private final Page page;

        TokenPage(Page page) {
            this.page = page;
        }

        void open() {
            page.locator("#main-nav vaadin-side-nav-item[path='tokens']").click();
            page.locator("#token-create").waitFor();
        }

        /** Creates a token and returns its secret as the dialog shows it. */
        String create(String name) {
            page.locator("#token-create").click();
            page.locator("#token-name input").fill(name);
            page.locator("#dialog-save").click();
            Locator secret = page.locator("#token-secret input");
            secret.waitFor();
            return secret.inputValue();
        }

        String warningText() {
            return page.locator("#token-secret-warning").innerText();
        }

        void closeSecret() {
            page.locator("#token-secret-close").click();
            page.locator("#token-secret").waitFor(new Locator.WaitForOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        }

        void revoke(String name) {
            page.locator("#my-tokens-grid vaadin-button.token-revoke[data-token='" + name + "']").click();
            page.locator("#token-revoke-confirm").click();
            page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(name)).first().waitFor();
        }

        void showAllOfThePemda() {
            page.locator("#token-tab-tenant").click();
            page.locator("#tenant-tokens-grid").waitFor();
        }

        String myTokensText() {
            return gridText("#my-tokens-grid");
        }

        String tenantTokensText() {
            return gridText("#tenant-tokens-grid");
        }

        private String gridText(String selector) {
            page.locator(selector + " vaadin-grid-cell-content").first().waitFor();
            page.waitForTimeout(400);
            return String.join("\n", page.locator(selector + " vaadin-grid-cell-content").allInnerTexts());
        }
    }
}
