package id.baku.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A test driving Debian's Chromium against Baku on a random port: one browser per test class, a
 * fresh page (its own session) per person. Subclasses carry their own {@code @SpringBootTest}.
 */
abstract class BrowserTest {

    static Browser browser;

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

    /** A new page, nobody signed in. */
    BakuPages page(int width, int height) {
        return new BakuPages(browser.newPage(width, height), port);
    }

    /** A new page with a demo user signed in, on the home page. */
    BakuPages signedIn(String user, int width, int height) {
        BakuPages baku = page(width, height);
        baku.login(user, "baku-demo").waitForHome();
        return baku;
    }

    BakuPages signedIn(String user) {
        return signedIn(user, 1440, 1000);
    }
}
