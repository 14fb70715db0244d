package id.baku.security;

import java.time.Instant;

/**
 * What the tenant admin sees of the pemda's SSO: the settings, the identity provider read from
 * the metadata, and Baku's side (entity id, addresses, the signing certificate; never the key).
 */
public record SamlOverview(SamlSettingsForm settings, String idpEntityId, String idpSsoUrl, String spEntityId,
                           String acsUrl, String spMetadataUrl, String certificatePem, Instant certificateCreatedAt,
                           Instant certificateExpiresAt) {
}
