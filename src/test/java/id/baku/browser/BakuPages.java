package id.baku.browser;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SameSiteAttribute;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.WaitForSelectorState;

import java.nio.file.Path;

/** What a person does in Baku, in their words; selectors stay in here. */
public final class BakuPages {

    private final Page page;
    private final String baseUrl;

    public BakuPages(Page page, int port) {
        this.page = page;
        this.baseUrl = "http://localhost:" + port + "/";
        page.setDefaultTimeout(30_000);
    }

    public BakuPages login(String username, String password) {
        page.navigate(baseUrl + "login");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form [part=vaadin-login-submit]").first().click();
        return this;
    }

    /** The text of the login page's SSO button of the pemda. */
    String ssoButtonText(String tenantCode) {
        page.navigate(baseUrl + "login");
        return page.locator("#login-sso-" + tenantCode).innerText().strip();
    }

    /** On the login page, "Masuk dengan SSO — <pemda>": the browser goes to the pemda's IdP. */
    BakuPages signInWithSso(String tenantCode) {
        if (!page.url().startsWith(baseUrl + "login")) {
            page.navigate(baseUrl + "login");
        }
        page.locator("#login-sso-" + tenantCode).click();
        return this;
    }

    /** Waits for the identity provider's (Keycloak's) login form; returns its address. */
    String atIdpLoginForm() {
        page.locator("#kc-form-login").waitFor();
        return page.url();
    }

    /** Signs in at the identity provider's (Keycloak's) form, which sends the browser back to Baku. */
    BakuPages submitIdpLoginForm(String username, String password) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
        return this;
    }

    /**
     * Makes Baku's session cookie explicitly SameSite=Lax, which is how Chromium treats a cookie
     * without the attribute once it is two minutes old: it is then no longer sent on another
     * site's form post. Stands in for a person who took that long at the identity provider.
     */
    BakuPages ageSessionCookieBeyondTwoMinutes() {
        var context = page.context();
        Cookie session = context.cookies(baseUrl).stream().filter(c -> c.name.equals("JSESSIONID")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no Baku session cookie"));
        context.addCookies(java.util.List.of(new Cookie(session.name, session.value).setDomain(session.domain)
                .setPath(session.path).setHttpOnly(session.httpOnly).setSecure(session.secure)
                .setSameSite(SameSiteAttribute.LAX)));
        return this;
    }

    /** The signed-in person's name in the header's user menu. */
    String headerUserName() {
        return page.locator("#user-menu .user-name").first().innerText().strip();
    }

    /** Vaadin's login form keeps a hidden copy of the error part; only the visible one counts. */
    private Locator loginError() {
        return page.locator("vaadin-login-form [part=error-message]:visible").first();
    }

    boolean showsLoginError() {
        loginError().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        return loginError().isVisible();
    }

    String loginErrorText() {
        return loginError().innerText();
    }

    String headerTenantName() {
        return page.locator("#tenant-name").innerText();
    }

    BakuPages openUnits() {
        page.locator("#main-nav vaadin-side-nav-item[path='admin/units']").click();
        page.locator("#units-grid").waitFor();
        page.waitForFunction("() => { const g = document.querySelector('#units-grid'); return g && !g.loading && g._cache ? true : !!g; }");
        return this;
    }

    /** The texts of all rendered unit rows (the tree is expanded on open). */
    String unitsText() {
        Locator grid = page.locator("#units-grid");
        grid.locator("vaadin-grid-cell-content").first().waitFor();
        page.waitForTimeout(500);
        return String.join("\n", page.locator("#units-grid vaadin-grid-cell-content").allInnerTexts());
    }

    /** Types an address in the browser's address bar, as someone guessing a page would. */
    public BakuPages visit(String route) {
        page.navigate(baseUrl + route);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        return this;
    }

    BakuPages openFromMenu(String route, String waitForSelector) {
        page.locator("#main-nav vaadin-side-nav-item[path='" + route + "']").click();
        page.locator(waitForSelector).waitFor();
        return this;
    }

    boolean menuHas(String route) {
        page.locator("#main-nav").waitFor();
        return page.locator("#main-nav vaadin-side-nav-item[path='" + route + "']").count() > 0;
    }

    boolean shows(String selector) {
        return page.locator(selector).count() > 0;
    }

    String gridText(String selector) {
        Locator grid = page.locator(selector);
        grid.locator("vaadin-grid-cell-content").first().waitFor();
        page.waitForTimeout(300);
        return String.join("\n", page.locator(selector + " vaadin-grid-cell-content").allInnerTexts());
    }

    /** An HTTP call with this person's session cookie, as a script in their browser could make. */
    APIResponse call(String path) {
        return page.request().get(baseUrl + path, RequestOptions.create().setMaxRedirects(0));
    }

    BakuPages fill(String fieldId, String value) {
        page.locator("#" + fieldId + " input").fill(value);
        return this;
    }

    BakuPages click(String selector) {
        page.locator(selector).click();
        return this;
    }

    /** Waits until a notification containing the text shows. */
    BakuPages waitForNotification(String text) {
        page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(text)).first().waitFor();
        return this;
    }

    /** Jejak Audit, from the menu. */
    BakuPages openAuditTrail() {
        return openFromMenu("audit", "#audit-grid");
    }

    /** Presses "Periksa keutuhan" and returns whether the chain is intact once the verdict shows. */
    boolean checkAuditIntegrity() {
        // The verdict is not on the page before the first check.
        Locator shown = page.locator("#audit-result[data-check]");
        int next = shown.count() == 0 ? 1 : Integer.parseInt(shown.getAttribute("data-check")) + 1;
        page.locator("#audit-verify").click();
        Locator verdict = page.locator("#audit-result[data-check='" + next + "']");
        verdict.waitFor();
        return Boolean.parseBoolean(verdict.getAttribute("data-intact"));
    }

    String auditVerdict() {
        return page.locator("#audit-result").innerText();
    }

    void logout() {
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("#logout").click();
        page.locator("vaadin-login-form").waitFor();
    }

    /** Tugas saya, from the menu, once its list of steps to do is there. */
    public BakuPages openInbox() {
        return openFromMenu("tasks", "#tasks-grid");
    }

    /** An SOP in the designer, once its tabs and flowchart are drawn. */
    public BakuPages openSop(long sopId) {
        visit("sop/" + sopId);
        page.locator("#sop-tabs").waitFor();
        page.locator("#flowchart-preview").waitFor();
        return this;
    }

    /** A run's page, once its steps are listed. */
    public BakuPages openRun(long runId) {
        visit("run/" + runId);
        page.locator("#run-steps").waitFor();
        return this;
    }

    public void waitForHome() {
        page.locator("#home-greeting").waitFor();
    }

    void screenshot(Path file) {
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    }

    public Page page() {
        return page;
    }
}
