package id.baku.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.APIResponse;
import id.baku.security.saml.TestIdp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tenant admin turns SSO on for Kota Tangerang in the browser: wrong metadata is refused on its field,
 * the saved settings publish Baku's SP metadata with its certificate, and the login page then offers
 * "Masuk dengan SSO — Pemerintah Kota Tangerang".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SsoSettingsIT extends BrowserTest {

    @Test
    void the_tenant_admin_turns_sso_on_and_the_login_page_offers_it() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        TestIdp idp = new TestIdp("https://sso.tangerangkota.example/realms/pemda", "CN=Tangerang IdP");
        BakuPages admin = signedIn("admin.tangerang");
        admin.openFromMenu("admin/sso", "#saml-save");
        Page p = admin.page();
        assertThat(p.locator("#login-sso-kota-tangerang").count()).isZero();

        p.locator("#saml-enabled input").check();
        p.locator("#saml-metadata textarea").fill("<html>bukan metadata</html>");
        admin.click("#saml-save");
        p.locator("#saml-metadata[invalid]").waitFor();

        p.locator("#saml-metadata textarea").fill(idp.metadata());
        admin.click("#saml-save");
        p.locator("#saml-certificate").waitFor();
        assertThat(p.locator("#saml-sp").innerText()).contains("/saml2/service-provider-metadata/kota-tangerang",
                "/login/saml2/sso/kota-tangerang");
        admin.screenshot(dir.resolve("sso-settings.png"));

        APIResponse metadata = admin.call("saml2/service-provider-metadata/kota-tangerang");
        assertThat(metadata.status()).as(metadata.headers() + " " + metadata.text()).isEqualTo(200);
        String certificate = p.locator("#saml-certificate").innerText().replaceAll("-----[A-Z ]+-----|\\s", "");
        assertThat(metadata.text().replaceAll("\\s", "")).contains(certificate.substring(0, 60));

        admin.logout();
        p.locator("#login-sso-kota-tangerang").waitFor();
        assertThat(p.locator("#login-sso-kota-tangerang").innerText()).contains("Masuk dengan SSO", "Kota Tangerang");
        admin.screenshot(dir.resolve("login-with-sso.png"));
    }
}
