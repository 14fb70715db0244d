package id.baku.browser;

import com.microsoft.playwright.Page;
import id.baku.design.SopContent;
import id.baku.design.SopQuery;
import id.baku.design.SopService;
import id.baku.design.SopVersionRecord;
import id.baku.design.Sops;
import id.baku.ratification.RatificationService;
import id.baku.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kota Tangerang's auditor opens Jejak Audit and finds the Ketua Tim's new SOP and its submission,
 * with readable actions; the integrity check says the chain is intact, and
 * names the event an edit in the database broke. Staff have no such menu entry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SignIn.class)
class AuditTrailIT extends BrowserTest {

    @Autowired SignIn signIn;
    @Autowired SopService sops;
    @Autowired RatificationService ratification;
    @Autowired JdbcClient jdbc;

    @Test
    void the_auditor_sees_the_submission_in_the_trail_and_the_chain_is_intact() throws Exception {
        signIn.as("katim.kompim.tangerang");
        long unitId = sops.list(new SopQuery(null, "59/000.8.3.3", null)).getFirst().unitId();
        SopVersionRecord draft = sops.create(unitId, withTitle("Penyiapan Rapat Koordinasi Humas"));
        ratification.submit(draft.versionId(), draft.version());
        SignIn.out();
        try {
            BakuPages auditor = signedIn("auditor.tangerang", 1440, 900);
            auditor.openAuditTrail();
            Page p = auditor.page();
            auditor.fill("audit-filter", "rapat koordinasi humas");
            p.waitForFunction("() => document.querySelector('#audit-grid').size === 2");
            assertThat(auditor.gridText("#audit-grid")).contains("katim.kompim.tangerang", "SOP dibuat", "SOP diajukan",
                    "Versi SOP #" + draft.versionId(), "Nama SOP: Penyiapan Rapat Koordinasi Humas", "Menjadi: Diajukan",
                    "WIB");
            assertThat(auditor.checkAuditIntegrity()).isTrue();
            assertThat(auditor.auditVerdict()).contains("Utuh", "tidak ada peristiwa yang diubah, disisipkan atau dihapus");
            Path screenshots = Files.createDirectories(Path.of("target/screenshots"));
            auditor.screenshot(screenshots.resolve("audit-trail-intact.png"));

            // Someone with database access rewrites who created the SOP: the check turns red there.
            long created = jdbc.sql("select e.seq from audit_event e join tenant t on t.id = e.tenant_id "
                    + "where t.code = 'kota-tangerang' and e.action = 'sop.created' and e.subject = ?")
                    .param("sop-version:" + draft.versionId()).query(Long.class).single();
            String sql = "update audit_event set actor = ? where subject = ? and action = 'sop.created'";
            try {
                jdbc.sql(sql).params("sekda.tangerang", "sop-version:" + draft.versionId()).update();
                assertThat(auditor.checkAuditIntegrity()).isFalse();
                assertThat(auditor.auditVerdict()).contains("Tidak utuh", "peristiwa no. " + created,
                        "isi peristiwa telah diubah");
                auditor.screenshot(screenshots.resolve("audit-trail-broken.png"));
            } finally {
                jdbc.sql(sql).params("katim.kompim.tangerang", "sop-version:" + draft.versionId()).update();
            }
            assertThat(auditor.checkAuditIntegrity()).isTrue();
            p.close();

            BakuPages staff = signedIn("penelaah.humas.tangerang", 1440, 900);
            assertThat(staff.menuHas("audit")).isFalse();
            staff.page().close();
        } finally {
            jdbc.sql("delete from sop where id = ?").param(draft.sopId()).update();
        }
    }

    private static SopContent withTitle(String title) {
        SopContent c = Sops.fiveSteps();
        return new SopContent(null, c.createdOn(), null, null, null, title, c.legalBasisIds(), c.qualifications(),
                c.related(), c.equipment(), c.warnings(), c.recordKeeping(), null, c.purposes(), c.definitions(),
                c.executors(), c.steps());
    }
}
