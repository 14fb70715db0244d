package id.baku.browser;

import id.baku.security.SamlSettingsForm;
import id.baku.security.SamlSettingsService;
import id.baku.security.SsoMatch;
import id.baku.testing.SignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on against a real identity provider: Kota Tangerang's Keycloak (realm file
 * {@code src/test/resources/keycloak/pemda-tangerang-realm.json}) knows Baku as a SAML client that
 * must sign its AuthnRequests with the certificate Baku made for the pemda, and sends each user's
 * NIP as the attribute {@code nip}; Baku finds its user by that NIP, just-in-time creation off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SignIn.class)
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeycloakSsoIT extends BrowserTest {

    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @Autowired SignIn signIn;
    @Autowired SamlSettingsService settings;

    Keycloak keycloak;

    @BeforeAll
    void connectTangerangToItsKeycloak() throws Exception {
        // Baku's signing certificate first: Keycloak's client for Baku is imported with it.
        signIn.as("admin.tangerang");
        String certificate = settings.rotateKey().certificatePem()
                .replaceAll("-----(BEGIN|END) CERTIFICATE-----", "").replaceAll("\\s", "");
        SignIn.out();
        keycloak = new Keycloak("pemda-tangerang").start(Map.of(
                "BAKU_PORT", String.valueOf(port), "BAKU_SP_CERTIFICATE", certificate));
        String idpMetadata = keycloak.idpMetadata();
        signIn.as("admin.tangerang");
        settings.save(new SamlSettingsForm(true, idpMetadata, SsoMatch.NIP, "nip", "", "", "", "", "", false, false, "",
                settings.overview().settings().version()));
        SignIn.out();
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stopKeycloak() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void a_tangerang_employee_signs_in_at_keycloak_and_lands_in_baku_as_their_user_with_their_roles() {
        BakuPages baku = page(1366, 900);
        assertThat(baku.ssoButtonText("kota-tangerang")).isEqualTo("Masuk dengan SSO — Pemerintah Kota Tangerang");
        baku.signInWithSso("kota-tangerang");
        assertThat(baku.atIdpLoginForm()).startsWith(keycloak.realmUrl());
        baku.screenshot(SCREENSHOTS.resolve("keycloak-login.png"));

        baku.submitIdpLoginForm("rina.oktaviani", "Rahasia-Rina-1").waitForHome();
        assertThat(baku.headerUserName()).isEqualTo("Rina Oktaviani, S.Sos., M.Si.");
        assertThat(baku.headerTenantName()).isEqualTo("Pemerintah Kota Tangerang");
        // kabag.prokopim.tangerang is a reviewer and SOP author, not a tenant admin
        assertThat(baku.menuHas("compliance")).isTrue();
        assertThat(baku.menuHas("admin/users")).isFalse();
        baku.screenshot(SCREENSHOTS.resolve("home-after-sso.png"));

        baku.logout();
        baku.visit("");
        assertThat(baku.shows("#home-greeting")).isFalse();
        assertThat(baku.shows("vaadin-login-form")).isTrue();
        // Single Logout ended Keycloak's session too: SSO asks for the password again
        baku.signInWithSso("kota-tangerang");
        assertThat(baku.atIdpLoginForm()).startsWith(keycloak.realmUrl());
    }

    @Test
    void an_employee_who_spends_more_than_two_minutes_at_keycloak_still_lands_in_baku() {
        BakuPages baku = page(1366, 900);
        baku.signInWithSso("kota-tangerang");
        baku.atIdpLoginForm();
        // Keycloak posts its answer from another site; an aged Lax session cookie does not come along
        baku.ageSessionCookieBeyondTwoMinutes();
        baku.submitIdpLoginForm("rina.oktaviani", "Rahasia-Rina-1").waitForHome();
        assertThat(baku.headerUserName()).isEqualTo("Rina Oktaviani, S.Sos., M.Si.");
    }

    @Test
    void a_keycloak_user_baku_does_not_know_is_refused_in_bahasa_indonesia_and_gets_no_session() {
        BakuPages baku = page(1366, 900);
        baku.signInWithSso("kota-tangerang");
        baku.atIdpLoginForm();
        baku.submitIdpLoginForm("tamu.dinas", "Rahasia-Tamu-1");
        assertThat(baku.showsLoginError()).isTrue();
        assertThat(baku.loginErrorText()).contains("Masuk dengan SSO gagal", "belum terdaftar di Baku");
        assertThat(baku.page().url()).contains("/login?sso-error");
        baku.screenshot(SCREENSHOTS.resolve("sso-refused.png"));

        baku.visit("");
        assertThat(baku.shows("#home-greeting")).isFalse();
        assertThat(baku.shows("vaadin-login-form")).isTrue();
    }
}
