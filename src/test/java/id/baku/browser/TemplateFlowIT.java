package id.baku.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.baku.design.SopService;
import id.baku.design.TemplateService;
import id.baku.design.TemplateSummary;
import id.baku.design.TemplateVersionRecord;
import id.baku.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lamandau's admin adds "Indikator Kinerja" to the pemda's template; an author then fills it in a
 * new SOP, and it shows in the designer and in the exported SOP file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SignIn.class)
class TemplateFlowIT extends BrowserTest {

    @Autowired SignIn signIn;
    @Autowired TemplateService templates;
    @Autowired SopService sops;

    @Test
    void a_template_exported_by_lamandau_is_imported_by_mojokerto_and_a_broken_one_is_refused_with_its_line()
            throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        signIn.as("admin.lamandau");
        long lamandauTemplate = templates.list().getFirst().templateId();
        SignIn.out();
        BakuPages lamandau = page(1440, 1000);
        lamandau.login("admin.lamandau", "baku-demo").waitForHome();
        lamandau.visit("admin/template/" + lamandauTemplate);
        Page l = lamandau.page();
        l.locator("#template-tabs").waitFor();
        Download download = l.waitForDownload(() -> l.locator("#template-export vaadin-button").click());
        Path file = dir.resolve("template-lamandau.yaml");
        download.saveAs(file);
        assertThat(Files.readString(file)).contains("name: SOP AP Kabupaten Lamandau", "key: definitions");
        l.close();

        BakuPages mojokerto = page(1440, 1000);
        Page m = mojokerto.page();
        mojokerto.login("admin.mojokerto", "baku-demo").waitForHome();
        mojokerto.openFromMenu("admin/templates", "#templates-grid");
        Path broken = dir.resolve("template-broken.yaml");
        Files.writeString(broken, Files.readString(file).replaceFirst("key: purposes", "key: purposes\n    type: list"));
        mojokerto.click("#template-import");
        m.locator("#template-import-upload input[type=file]").setInputFiles(broken);
        mojokerto.waitForNotification("baris");
        assertThat(m.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("baris"))
                .first().innerText()).contains("template-broken.yaml baris", "type");
        m.locator("#template-import-close").click();

        mojokerto.click("#template-import");
        m.locator("#template-import-upload input[type=file]").setInputFiles(file);
        mojokerto.waitForNotification("SOP AP Kabupaten Lamandau");
        signIn.as("admin.mojokerto");
        try {
            assertThat(templates.list()).extracting(TemplateSummary::name).contains("SOP AP Kabupaten Lamandau");
            mojokerto.screenshot(dir.resolve("template-imported.png"));
        } finally {
            templates.list().stream().filter(t -> t.name().equals("SOP AP Kabupaten Lamandau"))
                    .forEach(t -> templates.delete(t.templateId()));
            SignIn.out();
        }
        m.close();
    }

    @Test
    void a_custom_field_added_by_the_admin_is_filled_by_an_author_and_travels_with_the_sop() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        signIn.as("admin.lamandau");
        TemplateSummary template = templates.list().stream().filter(TemplateSummary::defaultTemplate).findFirst().orElseThrow();
        TemplateVersionRecord original = templates.latest(template.templateId()).orElseThrow();
        SignIn.out();
        Long created = null;
        try {
            // The admin adds the field in the template builder.
            BakuPages admin = page(1440, 1000);
            Page a = admin.page();
            admin.login("admin.lamandau", "baku-demo").waitForHome();
            admin.visit("admin/template/" + template.templateId());
            a.locator("#template-tabs").waitFor();
            a.locator("vaadin-tab#tab-fields").click();
            a.locator(".template-field-row").first().waitFor();
            int n = a.locator(".template-field-row").count() + 1;
            admin.click("#field-add");
            a.locator("#field-label input").fill("Indikator Kinerja");
            a.waitForCondition(() -> "indikatorKinerja".equals(a.locator("#field-key input").inputValue()));
            a.locator("#field-type").click();
            a.locator("#field-type vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Teks panjang")).first().click();
            a.locator("#field-required input").check();
            admin.click("#field-apply");
            a.locator("#field-" + n).waitFor();
            admin.click("#template-save").waitForNotification("versi " + (original.revision() + 1));
            a.close();

            // An author makes a new SOP: the form asks for the field; the author fills it and saves.
            BakuPages author = page(1440, 1000);
            Page p = author.page();
            author.login("kabag.prokopim.lamandau", "baku-demo").waitForHome();
            author.openFromMenu("sops", "#sops-grid");
            author.click("#sop-new");
            p.locator("#new-sop-unit input").fill("Sub Bagian Komunikasi");
            p.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions()
                    .setHasText("Sub Bagian Komunikasi Pimpinan")).first().click();
            p.locator("#new-sop-title textarea").fill("Penyusunan Rilis Berita Kegiatan Bupati");
            author.click("#dialog-save");
            p.locator("#sop-tabs").waitFor();
            p.waitForCondition(() -> p.url().matches(".*/sop/\\d+$"));
            String url = p.url();
            created = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
            Locator indicator = p.locator("#custom-indikatorKinerja");
            indicator.waitFor();
            assertThat(p.locator("#sop-template-info").innerText()).contains("SOP AP Kabupaten Lamandau",
                    "versi " + (original.revision() + 1));
            p.locator("vaadin-tab#tab-problems").click();
            assertThat(p.locator(".problems").innerText()).contains("Indikator Kinerja");
            p.locator("vaadin-tab#tab-identity").click();
            p.locator("#custom-indikatorKinerja textarea").fill("Rilis terbit paling lambat 1 hari setelah kegiatan");
            p.locator("#custom-indikatorKinerja textarea").press("Tab");
            author.click("#sop-save").waitForNotification("Draf tersimpan");
            p.locator("#custom-indikatorKinerja").scrollIntoViewIfNeeded();
            author.screenshot(dir.resolve("template-flow-author.png"));

            author.visit("sop/" + created);
            p.locator("#custom-indikatorKinerja textarea").waitFor();
            assertThat(p.locator("#custom-indikatorKinerja textarea").inputValue())
                    .isEqualTo("Rilis terbit paling lambat 1 hari setelah kegiatan");
            Download download = p.waitForDownload(() -> p.locator("#sop-export vaadin-button").click());
            Path exported = dir.resolve("template-flow-sop.yaml");
            download.saveAs(exported);
            assertThat(Files.readString(exported)).contains("template: SOP AP Kabupaten Lamandau",
                    "indikatorKinerja: Rilis terbit paling lambat 1 hari setelah kegiatan");
            p.close();
        } finally {
            signIn.as("admin.lamandau");
            if (created != null) {
                sops.deleteDraft(created);
            }
            TemplateVersionRecord latest = templates.latest(template.templateId()).orElseThrow();
            templates.save(template.templateId(), latest.revision(), original.definition());
            SignIn.out();
        }
    }
}
