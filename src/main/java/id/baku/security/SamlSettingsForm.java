package id.baku.security;

/**
 * A pemda's SAML settings as the tenant admin edits them. {@code matchAttribute} is the
 * assertion attribute holding the user's NIP, e-mail or username (empty: the NameID);
 * {@code roleMapping}/{@code positionMapping} are lines {@code <value>=<role code | jabatan name>}.
 * {@code idpInitiatedAllowed} accepts responses the IdP sends unasked (off unless the pemda needs
 * it: such a response cannot be tied to a request of this browser). {@code version} is -1 for
 * settings not saved yet.
 */
public record SamlSettingsForm(boolean enabled, String idpMetadataXml, SsoMatch match, String matchAttribute,
                               String nameAttribute, String roleAttribute, String roleMapping,
                               String positionAttribute, String positionMapping, boolean jitEnabled,
                               boolean passwordLoginDisabled, String breakGlassUsername, boolean idpInitiatedAllowed,
                               int version) {

    /** Settings with IdP-initiated login off, as it is unless a pemda turns it on. */
    public SamlSettingsForm(boolean enabled, String idpMetadataXml, SsoMatch match, String matchAttribute,
                            String nameAttribute, String roleAttribute, String roleMapping, String positionAttribute,
                            String positionMapping, boolean jitEnabled, boolean passwordLoginDisabled,
                            String breakGlassUsername, int version) {
        this(enabled, idpMetadataXml, match, matchAttribute, nameAttribute, roleAttribute, roleMapping,
                positionAttribute, positionMapping, jitEnabled, passwordLoginDisabled, breakGlassUsername, false, version);
    }
}
