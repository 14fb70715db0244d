package id.baku.security.saml;

import id.baku.security.SamlSettingsForm;

/** A pemda's saved SAML settings with the pemda they belong to. */
public record SamlTenantSettings(long tenantId, String tenantCode, String tenantName, SamlSettingsForm form,
                                 String idpEntityId, boolean idpInitiatedAllowed) {
}
