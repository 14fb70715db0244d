package id.baku.browser;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A person at a laptop signs in to Baku in Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInAndOrganisationIT extends BrowserTest {

    @Test
    void tangerang_admin_sees_tangerangs_units_and_not_lamandaus() throws Exception {
        BakuPages baku = page(1366, 900);
        baku.login("admin.tangerang", "baku-demo").waitForHome();
        assertThat(baku.headerTenantName()).isEqualTo("Pemerintah Kota Tangerang");
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        baku.screenshot(dir.resolve("main-view.png"));

        String units = baku.openUnits().unitsText();
        assertThat(units).contains("Sekretariat Daerah", "Dinas Komunikasi dan Informatika",
                "Bagian Protokol dan Komunikasi Pimpinan");
        assertThat(units).doesNotContain("Lamandau", "Mojokerto", "Sub Bagian Komunikasi Pimpinan");
        baku.screenshot(dir.resolve("units-view.png"));

        assertThat(baku.openFromMenu("admin/positions", "#positions-grid").gridText("#positions-grid"))
                .contains("Kepala Bagian Protokol dan Komunikasi Pimpinan").doesNotContain("Lamandau");
        baku.screenshot(dir.resolve("positions-view.png"));
        assertThat(baku.openFromMenu("admin/users", "#users-grid").gridText("#users-grid"))
                .contains("admin.tangerang").doesNotContain("admin.lamandau", "admin.mojokerto");
        baku.screenshot(dir.resolve("users-view.png"));
        assertThat(baku.openFromMenu("admin/legal-bases", "#legal-bases-grid").gridText("#legal-bases-grid"))
                .contains("Tangerang").doesNotContain("Lamandau", "Mojokerto");
        baku.screenshot(dir.resolve("legal-bases-view.png"));
        baku.openFromMenu("admin/profile", "#kop-preview");
        assertThat(baku.page().locator("#kop-preview").innerText()).contains("PEMERINTAH KOTA TANGERANG");
        baku.screenshot(dir.resolve("profile-view.png"));
    }

    @Test
    void staff_neither_see_nor_reach_the_admin_pages_by_typing_their_address() {
        BakuPages baku = page(1024, 768);
        baku.login("penelaah.humas.tangerang", "baku-demo").waitForHome();
        assertThat(baku.menuHas("admin/units")).isFalse();
        assertThat(baku.menuHas("admin/users")).isFalse();
        for (String route : new String[]{"admin/units", "admin/users", "admin/legal-bases", "admin/profile", "platform/tenants"}) {
            baku.visit(route);
            assertThat(baku.shows("#units-grid") || baku.shows("#users-grid") || baku.shows("#legal-bases-grid")
                    || baku.shows("#kop-preview") || baku.shows("#tenants-grid")).as(route).isFalse();
        }
    }

    @Test
    void the_logo_address_gives_only_the_own_pemdas_logo_whatever_the_caller_asks_for() throws Exception {
        byte[] lamandauLogo = Files.readAllBytes(Path.of("tenants/kabupaten-lamandau/logo.png"));
        byte[] tangerangLogo = Files.readAllBytes(Path.of("tenants/kota-tangerang/logo.png"));
        BakuPages baku = page(1024, 768);
        baku.login("staf.kompim.lamandau", "baku-demo").waitForHome();
        for (String crafted : new String[]{"", "?tenant=kota-tangerang", "?tenantId=1", "?tenant_id=1&code=kota-tangerang"}) {
            APIResponse response = baku.call("api/tenant/logo" + crafted);
            assertThat(response.status()).as(crafted).isEqualTo(200);
            assertThat(response.body()).as(crafted).isEqualTo(lamandauLogo).isNotEqualTo(tangerangLogo);
        }

        BakuPages stranger = page(1024, 768);
        APIResponse anonymous = stranger.call("api/tenant/logo?tenant=kota-tangerang");
        assertThat(anonymous.status()).isNotEqualTo(200);
        assertThat(anonymous.body()).isNotEqualTo(tangerangLogo);
    }

    @Test
    void the_platform_admin_sets_up_a_new_pemda_whose_admin_starts_with_an_empty_organisation() throws Exception {
        BakuPages baku = page(1366, 900);
        baku.login("platform.demo", "baku-demo").waitForHome();
        baku.openFromMenu("platform/tenants", "#tenants-grid");
        assertThat(baku.gridText("#tenants-grid")).contains("Pemerintah Kota Tangerang", "Pemerintah Kabupaten Lamandau");
        baku.click("#tenant-add").fill("tenant-name", "Pemerintah Kabupaten Sukamaju")
                .fill("tenant-admin-username", "admin.sukamaju").fill("tenant-admin-name", "Admin Sukamaju")
                .fill("tenant-admin-password", "rahasia-sukamaju");
        // the code is suggested from the name
        PlaywrightAssertions.assertThat(baku.page().locator("#tenant-code input")).hasValue("kabupaten-sukamaju");
        baku.screenshot(Files.createDirectories(Path.of("target/screenshots")).resolve("new-pemda.png"));
        baku.click("#dialog-save").waitForNotification("Pemerintah Kabupaten Sukamaju");
        assertThat(baku.gridText("#tenants-grid")).contains("Pemerintah Kabupaten Sukamaju");
        baku.logout();

        baku.login("admin.sukamaju", "rahasia-sukamaju").waitForHome();
        assertThat(baku.headerTenantName()).isEqualTo("Pemerintah Kabupaten Sukamaju");
        baku.openFromMenu("admin/units", "#units-grid");
        baku.page().waitForTimeout(500);
        assertThat(baku.shows("#units-grid vaadin-grid-cell-content:has-text('Sekretariat Daerah')")).isFalse();
    }

    @Test
    void a_pemda_admin_cannot_reach_the_platform_pages() {
        BakuPages baku = page(1024, 768);
        baku.login("admin.lamandau", "baku-demo").waitForHome();
        assertThat(baku.menuHas("platform/tenants")).isFalse();
        baku.visit("platform/tenants");
        assertThat(baku.shows("#tenants-grid")).isFalse();
    }

    @Test
    void a_wrong_password_shows_an_error_and_keeps_the_person_out() throws Exception {
        BakuPages baku = page(1366, 900);
        baku.login("admin.tangerang", "bukan-sandinya");
        assertThat(baku.showsLoginError()).isTrue();
        assertThat(baku.loginErrorText()).contains("Nama pengguna atau kata sandi salah");
        assertThat(baku.page().url()).contains("login");
        baku.screenshot(Files.createDirectories(Path.of("target/screenshots")).resolve("login-error.png"));
    }
}
