package id.baku.browser;

import com.microsoft.playwright.Page;
import id.baku.design.Executor;
import id.baku.design.SopContent;
import id.baku.design.SopQuery;
import id.baku.design.SopService;
import id.baku.design.SopSummary;
import id.baku.design.Step;
import id.baku.tenant.OrganisationService;
import id.baku.tenant.UnitKind;
import id.baku.tenant.UnitRecord;
import id.baku.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Script and markup typed into names and SOP texts show in Chromium as the characters typed: no alert, no
 * handler run, no element made, also where Baku puts its own SVG in the page (the designer's flowchart).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SignIn.class)
class HostileTextIT extends BrowserTest {

    private static final String PAYLOAD = "<img src=x onerror=\"window.__xss=1;alert(1)\">"
            + "\"><svg onload=\"window.__xss=2\"><script>window.__xss=3</script>";

    @Autowired SignIn signIn;
    @Autowired OrganisationService organisation;
    @Autowired SopService sops;
    @Autowired JdbcClient jdbc;

    @Test
    void markup_in_a_unit_name_and_an_sop_shows_as_text_and_runs_nothing() {
        signIn.as("admin.tangerang");
        UnitRecord unit = organisation.saveUnit(new UnitRecord(null, null, "Unit " + PAYLOAD, UnitKind.LAINNYA, 0));
        SopSummary seed = sops.list(new SopQuery(null, "Peliputan dan Publikasi", null)).getFirst();
        SopContent c = sops.latest(seed.sopId()).orElseThrow().content();
        List<Step> steps = new ArrayList<>(c.steps());
        Step first = steps.getFirst();
        steps.set(0, new Step(PAYLOAD, first.executor(), first.kind(), first.yes(), first.no(), first.standard(),
                PAYLOAD, first.extra()));
        List<Executor> executors = c.executors().stream().map(e -> new Executor(e.positionId(), e.label() + PAYLOAD)).toList();
        long sopId = sops.create(seed.unitId(), new SopContent(c.number(), c.createdOn(), c.revisedOn(), c.effectiveOn(),
                c.approvedBy(), "SOP " + PAYLOAD, c.legalBasisIds(), List.of(PAYLOAD), c.related(), c.equipment(),
                c.warnings(), c.recordKeeping(), PAYLOAD, c.purposes(), c.definitions(), executors, steps, c.scope(),
                c.custom())).sopId();
        SignIn.out();
        try {
            BakuPages baku = signedIn("admin.tangerang");
            Page page = baku.page();
            List<String> dialogs = new ArrayList<>();
            page.onDialog(d -> {
                dialogs.add(d.message());
                d.dismiss();
            });

            baku.openUnits();
            assertThat(baku.unitsText()).contains("Unit " + PAYLOAD);
            assertNothingRan(page, dialogs);

            baku.visit("sops");
            assertThat(baku.gridText("#sops-grid")).contains("SOP " + PAYLOAD);
            assertNothingRan(page, dialogs);

            baku.visit("sop/" + sopId);
            page.locator("#flowchart-preview svg").first().waitFor();
            assertThat(page.locator("#flowchart-preview").innerHTML()).contains("&lt;img src=x");
            assertNothingRan(page, dialogs);
            page.locator("#tab-steps").click();
            page.locator("#step-1").waitFor();
            assertNothingRan(page, dialogs);
        } finally {
            jdbc.sql("delete from sop where id = ?").param(sopId).update();
            jdbc.sql("delete from org_unit where id = ?").param(unit.id()).update();
        }
    }

    private static void assertNothingRan(Page page, List<String> dialogs) {
        page.waitForTimeout(300);
        assertThat(dialogs).as("alerts").isEmpty();
        assertThat(page.evaluate("() => window.__xss === undefined")).as("handlers run").isEqualTo(true);
        assertThat(page.locator("img[src='x'], svg[onload]").count())
                .as("elements made from the text").isZero();
    }
}
