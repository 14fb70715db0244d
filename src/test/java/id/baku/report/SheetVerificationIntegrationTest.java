package id.baku.report;

import id.baku.design.SopQuery;
import id.baku.design.SopService;
import id.baku.design.SopVersionRecord;
import id.baku.design.Sops;
import id.baku.design.VersionStatus;
import id.baku.ratification.PublicVersion;
import id.baku.ratification.RatificationService;
import id.baku.testing.IntegrationTest;
import id.baku.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A printed code tells anyone, without signing in, whether that exact version is ratified, by whom,
 * since when, and when a revision replaced it; drafts print without a code.
 */
@IntegrationTest
class SheetVerificationIntegrationTest {

    private static final Pattern CODE = Pattern.compile("Kode verifikasi: ([0-9A-Z]{5}-[0-9A-Z]{5})");

    @Autowired SignIn signIn;
    @Autowired SopService sops;
    @Autowired RatificationService ratification;
    @Autowired ReportService reports;
    @Autowired JdbcClient jdbc;

    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void tearDown() {
        SignIn.out();
        created.forEach(id -> jdbc.sql("delete from sop where id = ?").param(id).update());
    }

    @Test
    void a_printed_code_verifies_its_version_until_a_revision_supersedes_it() throws Exception {
        signIn.as("katim.kompim.tangerang");
        SopVersionRecord draft = sops.create(unitId(), Sops.fiveSteps());
        created.add(draft.sopId());
        SheetText draftSheet = SheetText.of(reports.sheet(draft.versionId()).pdf());
        assertThat(draftSheet.all()).contains("DRAFT").doesNotContain("Kode verifikasi");

        long first = ratify(draft.versionId());
        byte[] pdf = reports.sheetPdf(first).bytes();
        SheetFiles.write("verified-sheet", pdf);
        String code = code(pdf);
        assertThat(SheetText.of(pdf).pages().getFirst()).as("Disahkan oleh shows who signed")
                .contains("SEKRETARIS DAERAH").contains("Herman Suwarman");
        assertThat(code(reports.sheet(first).pdf())).as("a version keeps its code").isEqualTo(code);
        SignIn.out();

        SheetVerificationResult valid = reports.verify(code).orElseThrow();
        assertThat(valid.pemda()).isEqualTo("Pemerintah Kota Tangerang");
        assertThat(valid.version().status()).isEqualTo(VersionStatus.EFFECTIVE);
        assertThat(valid.version().signature().signerName()).isEqualTo("Herman Suwarman");
        assertThat(valid.version().signature().intact()).isTrue();
        assertThat(valid.version().successor()).isNull();
        assertThat(reports.verify(code.toLowerCase().replace("-", " "))).as("typed loosely").isPresent();
        assertThat(reports.verify("ZZZZZ-ZZZZZ")).isEmpty();
        assertThat(reports.verify("<script>")).isEmpty();

        signIn.as("katim.kompim.tangerang");
        long revision = ratification.revise(draft.sopId());
        ratify(revision);
        SignIn.out();
        PublicVersion superseded = reports.verify(code).orElseThrow().version();
        assertThat(superseded.status()).isEqualTo(VersionStatus.SUPERSEDED);
        assertThat(superseded.successor().versionId()).isEqualTo(revision);
        assertThat(superseded.successor().revision()).isEqualTo(2);

        signIn.as("sekda.tangerang");
        String voidSheet = SheetText.of(reports.sheet(first).pdf()).all();
        assertThat(voidSheet).contains("TIDAK BERLAKU").contains(code);
    }

    @Test
    void printing_needs_a_signed_in_user_of_the_pemda() {
        assertThatThrownBy(() -> reports.sheet(1)).isInstanceOfAny(AccessDeniedException.class,
                org.springframework.security.core.AuthenticationException.class);
        signIn.as("admin.lamandau");
        long tangerang = jdbc.sql("select v.id from sop_version v join tenant t on t.id = v.tenant_id "
                + "where t.code = 'kota-tangerang' limit 1").query(Long.class).single();
        assertThatThrownBy(() -> reports.sheet(tangerang)).isInstanceOf(id.baku.shared.NotFoundException.class);
    }

    private long ratify(long versionId) {
        signIn.as("katim.kompim.tangerang");
        ratification.submit(versionId, sops.version(versionId).orElseThrow().version());
        signIn.as("kabag.prokopim.tangerang");
        ratification.approve(versionId, sops.version(versionId).orElseThrow().version(), null);
        signIn.as("sekda.tangerang");
        ratification.ratify(versionId, sops.version(versionId).orElseThrow().version(), "baku-demo");
        return versionId;
    }

    private static String code(byte[] pdf) throws Exception {
        SheetText text = SheetText.of(pdf);
        for (String page : text.pages()) {
            assertThat(CODE.matcher(page).find()).as("every page carries the code").isTrue();
        }
        Matcher m = CODE.matcher(text.pages().getFirst());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private long unitId() {
        return sops.list(new SopQuery(null, "59/000.8.3.3", null)).getFirst().unitId();
    }
}
