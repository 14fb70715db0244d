package id.baku.report;

import id.baku.design.SopQuery;
import id.baku.design.SopService;
import id.baku.design.SopSummary;
import id.baku.design.SopVersionRecord;
import id.baku.tenant.LegalBasisRecord;
import id.baku.tenant.LegalBasisService;
import id.baku.testing.IntegrationTest;
import id.baku.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every seed SOP of the sample pemda prints as an official sheet that holds all it says. */
@IntegrationTest
class SampleSheetsIntegrationTest {

    @Autowired SignIn signIn;
    @Autowired SopService sops;
    @Autowired ReportService reports;
    @Autowired LegalBasisService legalBases;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin.tangerang", "admin.lamandau", "admin.mojokerto"})
    void every_seed_sop_prints_with_its_identity_and_steps(String admin) throws Exception {
        signIn.as(admin);
        for (SopSummary sop : sops.list(SopQuery.all())) {
            long versionId = reports.printableVersion(sop.sopId());
            SopVersionRecord version = sops.version(versionId).orElseThrow();
            RenderedSheet sheet = reports.sheet(versionId);
            Path pdf = SheetFiles.write("seed-" + admin.substring(admin.indexOf('.') + 1) + "-" + sop.sopId(), sheet.pdf());
            SheetText text = SheetText.of(sheet.pdf());
            List<String> citations = version.content().legalBasisIds().stream()
                    .map(id -> legalBases.find(id).map(LegalBasisRecord::citation).orElseThrow()).toList();
            SheetAssertions.containsIdentityAndSteps(text, sheet, version, citations);
            SheetAssertions.flowchartMatchesSteps(sheet, version.content());
            assertThat(Files.size(pdf)).isPositive();
        }
    }
}
