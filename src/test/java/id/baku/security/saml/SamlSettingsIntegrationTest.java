package id.baku.security.saml;

import id.baku.security.SamlOverview;
import id.baku.security.SamlSettingsForm;
import id.baku.security.SamlSettingsService;
import id.baku.security.SsoMatch;
import id.baku.shared.InvalidInputException;
import id.baku.tenant.OrganisationService;
import id.baku.testing.IntegrationTest;
import id.baku.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tenant admin's SSO settings (Kabupaten Mojokerto here; the corpus test uses the other pemda): bad
 * metadata, mappings and break-glass choices are refused on the field with a message, nothing half-saved;
 * a good save publishes Baku's side, the key rotates, the login page lists the pemda only while SSO is on.
 */
@IntegrationTest
class SamlSettingsIntegrationTest {

    @Autowired SignIn signIn;
    @Autowired SamlSettingsService settings;
    @Autowired OrganisationService organisation;

    private final TestIdp idp = new TestIdp("https://sso.mojokertokab.example/realms/pemda", "CN=Mojokerto IdP");

    @AfterEach
    void tearDown() {
        SignIn.out();
    }

    @Test
    void bad_settings_are_refused_on_their_field_and_good_ones_apply() throws Exception {
        signIn.as("admin.mojokerto");
        int version = settings.overview().settings().version();
        String metadata = idp.metadata();

        refused(form(true, "", "", "", false, "", version), "idpMetadataXml", "saml.error.metadata-required");
        refused(form(true, "bukan xml", "", "", false, "", version), "idpMetadataXml", "saml.error.metadata");
        refused(form(true, "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + metadata.strip(), "", "", false,
                "", version), "idpMetadataXml", "saml.error.metadata");
        refused(form(true, metadata, "pegawai", "", false, "", version), "roleMapping", "saml.error.mapping-line");
        refused(form(true, metadata, "pegawai=kepala", "", false, "", version), "roleMapping", "saml.error.mapping-role");
        refused(form(true, metadata, "", "humas=Jabatan Yang Tidak Ada", false, "", version), "positionMapping",
                "saml.error.mapping-position");
        refused(form(true, metadata, "", "", true, "", version), "breakGlassUsername", "saml.error.break-glass-required");
        refused(form(true, metadata, "", "", true, "admin.tangerang", version), "breakGlassUsername", "saml.error.break-glass");
        assertThat(settings.overview().settings().version()).as("nothing was saved").isEqualTo(version);

        String jabatan = organisation.listPositions().getFirst().name();
        SamlOverview saved = settings.save(form(true, metadata, "pegawai=staff\npenyusun = sop-author",
                "humas=" + jabatan, true, "ADMIN.MOJOKERTO", version));
        assertThat(saved.idpEntityId()).isEqualTo(idp.entityId);
        assertThat(saved.spEntityId()).endsWith("/saml2/service-provider-metadata/kabupaten-mojokerto");
        assertThat(saved.acsUrl()).endsWith("/login/saml2/sso/kabupaten-mojokerto");
        assertThat(saved.certificatePem()).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(saved.settings().roleMapping()).isEqualTo("pegawai=staff\npenyusun=sop-author");
        assertThat(saved.settings().breakGlassUsername()).isEqualTo("admin.mojokerto");
        assertThat(settings.ssoTenants()).anyMatch(t -> t.code().equals("kabupaten-mojokerto"));

        assertThatThrownBy(() -> settings.save(form(true, metadata, "", "", false, "", version)))
                .as("a stale form does not overwrite").isInstanceOf(InvalidInputException.class)
                .hasMessage("error.concurrent-change");

        SamlOverview rotated = settings.rotateKey();
        assertThat(rotated.certificatePem()).isNotEqualTo(saved.certificatePem());

        assertThat(rotated.settings().idpInitiatedAllowed()).as("off unless turned on").isFalse();
        SamlSettingsForm idpInitiated = form(true, metadata, "", "", false, "", rotated.settings().version());
        SamlOverview allowing = settings.save(new SamlSettingsForm(idpInitiated.enabled(), idpInitiated.idpMetadataXml(),
                idpInitiated.match(), "", "", "", "", "", "", false, false, "", true, idpInitiated.version()));
        assertThat(allowing.settings().idpInitiatedAllowed()).isTrue();

        settings.save(form(false, metadata, "", "", false, "", allowing.settings().version()));
        assertThat(settings.ssoTenants()).noneMatch(t -> t.code().equals("kabupaten-mojokerto"));
    }

    private void refused(SamlSettingsForm form, String field, String key) {
        assertThatThrownBy(() -> settings.save(form)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    private static SamlSettingsForm form(boolean enabled, String metadata, String roles, String positions,
                                         boolean passwordOff, String breakGlass, int version) {
        return new SamlSettingsForm(enabled, metadata, SsoMatch.USERNAME, "", "", roles.isEmpty() ? "" : "groups", roles,
                positions.isEmpty() ? "" : "unit", positions, false, passwordOff, breakGlass, version);
    }
}
