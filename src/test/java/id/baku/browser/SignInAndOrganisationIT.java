package id.baku.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A person at a laptop signs in to Baku in Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInAndOrganisationIT {

    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void tangerang_admin_sees_tangerangs_units_and_not_lamandaus() throws Exception {
        BakuPages baku = new BakuPages(browser.newPage(1366, 900), port);
        baku.login("admin.tangerang", "baku-demo").waitForHome();
        assertThat(baku.headerTenantName()).isEqualTo("Pemerintah Kota Tangerang");
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        baku.screenshot(dir.resolve("main-view.png"));

        String units = baku.openUnits().unitsText();
        assertThat(units).contains("Sekretariat Daerah", "Dinas Komunikasi dan Informatika",
                "Bagian Protokol dan Komunikasi Pimpinan");
        assertThat(units).doesNotContain("Lamandau", "Mojokerto", "Sub Bagian Komunikasi Pimpinan");
        baku.screenshot(dir.resolve("units-view.png"));
    }

    @Test
    void a_wrong_password_shows_an_error_and_keeps_the_person_out() throws Exception {
        BakuPages baku = new BakuPages(browser.newPage(1366, 900), port);
        baku.login("admin.tangerang", "bukan-sandinya");
        assertThat(baku.showsLoginError()).isTrue();
        assertThat(baku.loginErrorText()).contains("Nama pengguna atau kata sandi salah");
        assertThat(baku.page().url()).contains("login");
        baku.screenshot(Files.createDirectories(Path.of("target/screenshots")).resolve("login-error.png"));
    }
}
