package id.baku.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A pemda's admin shapes the SOP form in the template builder and sees the author's form and the sheet follow. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SignIn.class)
class TemplateBuilderIT extends BrowserTest {

    private static final String ADMIN = "admin.lamandau";

    @Autowired SignIn signIn;
    @Autowired TemplateService templates;

    @Test
    void an_admin_adds_a_required_custom_field_sees_it_in_both_previews_and_saves_a_new_version() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        signIn.as(ADMIN);
        List<TemplateSummary> before = templates.list();
        SignIn.out();
        BakuPages baku = page(1440, 1000);
        Page page = baku.page();
        baku.login(ADMIN, "baku-demo").waitForHome();
        assertThat(baku.menuHas("admin/templates")).isTrue();
        baku.openFromMenu("admin/templates", "#templates-grid");
        if (before.isEmpty()) {
            // No template yet in this pemda: the admin makes one from the national format first.
            baku.click("#template-new");
            page.locator("#template-tabs").waitFor();
            baku.click("#template-save").waitForNotification("versi 1");
            baku.openFromMenu("admin/templates", "#templates-grid");
        }
        templateRow(page, "Bawaan").waitFor();
        assertThat(baku.gridText("#templates-grid")).contains("Versi", "Bawaan");
        baku.screenshot(dir.resolve("template-list.png"));

        signIn.as(ADMIN);
        TemplateSummary chosen = templates.list().stream().filter(t -> t.name().contains("Lamandau")).findFirst()
                .orElse(templates.list().getFirst());
        TemplateVersionRecord original = templates.latest(chosen.templateId()).orElseThrow();
        SignIn.out();
        try {
            templateRow(page, chosen.name()).click();
            page.locator("#template-tabs").waitFor();
            assertThat(page.locator("#template-name input").inputValue()).isEqualTo(chosen.name());
            assertThat(page.locator("#template-version").innerText()).isEqualTo("Versi " + chosen.revision());

            page.locator("vaadin-tab#tab-fields").click();
            page.locator(".template-field-row").first().waitFor();
            int fields = page.locator(".template-field-row").count();
            assertThat(fields).isEqualTo(original.definition().fields().size());
            assertThat(page.locator("#field-1").innerText()).contains("Nomor SOP", "Permenpan");

            int n = fields + 1;
            baku.click("#field-add");
            page.locator("#field-label input").fill("Indikator Kinerja");
            page.waitForCondition(() -> "indikatorKinerja".equals(page.locator("#field-key input").inputValue()));
            choose(page, "#field-type", "Teks panjang");
            page.locator("#field-required input").check();
            page.locator("#field-help textarea").fill("Ukuran keberhasilan yang dipantau dengan SOP ini.");
            page.locator("#field-help textarea").press("Tab");
            baku.screenshot(dir.resolve("template-field-dialog.png"));
            baku.click("#field-apply");
            page.locator("#field-" + n).waitFor();
            assertThat(page.locator("#field-" + n).innerText()).contains("Indikator Kinerja", "indikatorKinerja",
                    "Kustom", "Wajib");
            page.waitForCondition(() -> page.locator("#template-problems").innerText().contains("Tidak ada masalah"));

            page.locator("vaadin-tab#tab-form-preview").click();
            Locator formField = page.locator("#template-form-preview [data-key='indikatorKinerja']");
            formField.waitFor();
            assertThat(formField.getAttribute("required") != null || formField.evaluate("e => e.required").equals(true))
                    .isTrue();
            assertThat(page.locator("#template-form-preview").innerText()).contains("Indikator Kinerja");
            formField.scrollIntoViewIfNeeded();
            baku.screenshot(dir.resolve("template-form-preview.png"));

            page.locator("vaadin-tab#tab-sheet-preview").click();
            page.locator("#template-sheet-preview .tpl-sheet").waitFor();
            assertThat(page.locator("#template-sheet-preview").innerText())
                    .contains("Indikator Kinerja", "Nomor SOP", "Dasar Hukum", "1. …");
            assertThat(page.locator("#template-sheet-preview [data-key='indikatorKinerja']").count()).isPositive();
            page.locator("#template-sheet-preview").screenshot(new Locator.ScreenshotOptions()
                    .setPath(dir.resolve("template-sheet-preview.png")));

            baku.click("#template-save").waitForNotification("versi " + (chosen.revision() + 1));
            assertThat(page.locator("#template-version").innerText()).isEqualTo("Versi " + (chosen.revision() + 1));
            baku.screenshot(dir.resolve("template-saved.png"));
            signIn.as(ADMIN);
            TemplateVersionRecord saved = templates.latest(chosen.templateId()).orElseThrow();
            assertThat(saved.revision()).isEqualTo(chosen.revision() + 1);
            assertThat(saved.definition().field("indikatorKinerja")).hasValueSatisfying(f -> assertThat(f.required()).isTrue());
            SignIn.out();

            page.locator("vaadin-tab#tab-columns").click();
            page.locator("#column-2-label input").fill("Uraian kegiatan");
            page.locator("#column-2-label input").press("Tab");
            page.waitForCondition(() -> page.locator("#template-columns-preview").innerText().contains("Uraian kegiatan"));
            baku.screenshot(dir.resolve("template-columns.png"));
            page.locator("vaadin-tab#tab-layout").click();
            page.locator("#template-paper").waitFor();
            baku.screenshot(dir.resolve("template-layout.png"));
            page.locator("vaadin-tab#tab-fields").click();

            // A choice field without options is marked, listed, and the template is not saved.
            baku.click("#field-add");
            page.locator("#field-label input").fill("Tingkat Risiko");
            choose(page, "#field-type", "Pilihan");
            page.locator("#field-options textarea").waitFor();
            baku.click("#field-apply");
            Locator choice = page.locator("#field-" + (n + 1));
            choice.waitFor();
            page.waitForCondition(() -> choice.getAttribute("class").contains("has-problem"));
            assertThat(choice.innerText()).contains("paling sedikit satu pilihan");
            assertThat(page.locator("#template-problems").innerText())
                    .contains("Yang perlu diperbaiki (1)", "Tingkat Risiko", "paling sedikit satu pilihan");
            baku.click("#template-save").waitForNotification("belum dapat disimpan");
            baku.screenshot(dir.resolve("template-choice-problem.png"));
            signIn.as(ADMIN);
            assertThat(templates.latest(chosen.templateId()).orElseThrow().revision()).isEqualTo(chosen.revision() + 1);
            SignIn.out();

            // Leaving with the unsaved field asks first.
            page.locator("#main-nav vaadin-side-nav-item[path='admin/templates']").click();
            page.locator("#template-unsaved-dialog").getByText("Perubahan belum disimpan").first().waitFor();
            page.locator("#template-unsaved-dialog vaadin-button[slot='cancel-button']").click();
            assertThat(page.locator("#field-" + (n + 1)).isVisible()).isTrue();
        } finally {
            // Other tests meet the sample template as it shipped.
            signIn.as(ADMIN);
            TemplateVersionRecord latest = templates.latest(chosen.templateId()).orElseThrow();
            templates.save(chosen.templateId(), latest.revision(), original.definition());
            SignIn.out();
            page.close();
        }
    }

    @Test
    void an_admin_starts_a_template_from_the_national_format_makes_it_the_default_and_deletes_it_again() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        signIn.as(ADMIN);
        TemplateSummary previousDefault = templates.list().stream().filter(TemplateSummary::defaultTemplate).findFirst()
                .orElseThrow();
        SignIn.out();
        BakuPages baku = page(1440, 1000);
        Page page = baku.page();
        baku.login(ADMIN, "baku-demo").waitForHome();
        baku.openFromMenu("admin/templates", "#templates-grid");
        baku.click("#template-new");
        page.locator("#template-tabs").waitFor();
        assertThat(page.locator("#template-name input").inputValue()).isEqualTo("Salinan SOP AP (Permenpan RB 35/2012)");
        assertThat(page.locator("#template-version").innerText()).isEqualTo("Belum disimpan");
        page.locator("#template-name input").fill("SOP AP Inspektorat");
        // Straight on to another tab, as a hurried admin would: the name must not get lost.
        page.locator("vaadin-tab#tab-layout").click();
        choose(page, "#template-letterhead", "Logo dan nama pemda saja");
        page.locator("vaadin-tab#tab-sheet-preview").click();
        page.locator("#template-kop.tpl-kop-logo-and-name").waitFor();
        assertThat(page.locator("#template-kop").innerText()).contains("KABUPATEN LAMANDAU")
                .doesNotContain("Kompleks Perkantoran");
        assertThat(page.locator(".sop-heading").innerText()).isEqualTo("SOP AP Inspektorat");
        baku.screenshot(dir.resolve("template-new.png"));
        baku.click("#template-save").waitForNotification("versi 1");
        page.waitForCondition(() -> page.url().matches(".*/admin/template/\\d+$"));
        long id = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));

        baku.screenshot(dir.resolve("template-new-saved.png"));
        baku.openFromMenu("admin/templates", "#templates-grid");
        templateRow(page, "SOP AP Inspektorat").waitFor();
        baku.click("#template-default-" + id).waitForNotification("SOP baru sekarang memakai template");
        signIn.as(ADMIN);
        assertThat(templates.latest(id).orElseThrow().defaultTemplate()).isTrue();
        templates.makeDefault(previousDefault.templateId());
        SignIn.out();

        baku.visit("admin/templates");
        page.locator("#template-delete-" + id).waitFor();
        page.waitForCondition(() -> page.locator("#template-delete-" + id).isEnabled());
        baku.click("#template-delete-" + id);
        page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button'], vaadin-confirm-dialog vaadin-button[slot='confirm-button']")
                .first().click();
        baku.waitForNotification("dihapus");
        assertThat(page.url()).endsWith("admin/templates");
        signIn.as(ADMIN);
        assertThat(templates.latest(id)).isEmpty();
        SignIn.out();
        page.close();
    }

    private static Locator templateRow(Page page, String text) {
        return page.locator("#templates-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text))
                .first();
    }

    /** Opens a select and picks an item; the items live inside the select element (Vaadin 25). */
    private static void choose(Page page, String selectId, String itemText) {
        page.locator(selectId).click();
        page.locator(selectId + " vaadin-select-item").filter(new Locator.FilterOptions().setHasText(itemText)).first().click();
        page.waitForCondition(() -> page.locator(selectId + " vaadin-select-value-button").innerText().contains(itemText));
    }
}
