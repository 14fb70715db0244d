package id.baku.security.saml;

import id.baku.security.AppRole;
import id.baku.security.SamlSettingsForm;
import id.baku.security.SsoAccountSource;
import id.baku.security.SsoMatch;
import id.baku.security.SsoNewUser;
import id.baku.security.UserAccount;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the Baku user a validated assertion stands for (by NIP, e-mail or username, from the
 * NameID or a named attribute), or makes one when the pemda turned just-in-time creation on:
 * roles and jabatan come from the mapped attribute values, staff when none maps.
 */
@Component
public class SamlAccountMapper {

    private final SsoAccountSource accounts;
    private final boolean demo;

    SamlAccountMapper(SsoAccountSource accounts, @Value("${baku.demo:false}") boolean demo) {
        this.accounts = accounts;
        this.demo = demo;
    }

    public UserAccount account(SamlTenantSettings settings, ValidatedAssertion assertion) throws SamlRejected {
        SamlSettingsForm form = settings.form();
        String raw = blank(form.matchAttribute()) ? assertion.nameId() : first(assertion.attributes(), form.matchAttribute());
        if (raw == null || raw.isBlank()) {
            throw new SamlRejected("the assertion carries no " + form.match() + " ("
                    + (blank(form.matchAttribute()) ? "NameID" : "attribute " + form.matchAttribute()) + ")");
        }
        String value = normalise(form.match(), raw);
        var found = accounts.findForSso(settings.tenantId(), form.match(), value);
        if (found.isPresent()) {
            UserAccount account = found.get();
            if (!account.enabled()) {
                throw new SamlRejected(SamlRejected.Kind.DISABLED_USER, "user " + account.username() + " is disabled");
            }
            if (account.demo() && !demo) {
                throw new SamlRejected("demo user " + account.username() + " outside demo mode");
            }
            return account;
        }
        if (!form.jitEnabled()) {
            throw new SamlRejected(SamlRejected.Kind.UNKNOWN_USER, "no user with " + form.match() + " " + value + " in pemda " + settings.tenantCode()
                    + " and just-in-time creation is off");
        }
        return accounts.createForSso(settings.tenantId(), newUser(form, value, assertion));
    }

    private static SsoNewUser newUser(SamlSettingsForm form, String value, ValidatedAssertion assertion)
            throws SamlRejected {
        String name = blank(form.nameAttribute()) ? null : first(assertion.attributes(), form.nameAttribute());
        String nip = form.match() == SsoMatch.NIP ? value : null;
        if (nip != null && !nip.matches("\\d{18}")) {
            throw new SamlRejected("NIP " + value + " is not 18 digits");
        }
        String email = form.match() == SsoMatch.EMAIL ? value : null;
        String username = switch (form.match()) {
            case USERNAME -> value;
            case EMAIL -> value.substring(0, Math.max(1, value.indexOf('@')));
            case NIP -> "nip" + value;
        };
        username = username.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", ".");
        if (!username.matches("[a-z0-9][a-z0-9._-]{1,99}")) {
            throw new SamlRejected("cannot make a username from " + value);
        }
        Set<AppRole> roles = EnumSet.noneOf(AppRole.class);
        for (String code : mapped(form.roleAttribute(), form.roleMapping(), assertion.attributes())) {
            AppRole.fromCode(code).filter(r -> r != AppRole.PLATFORM_ADMIN).ifPresent(roles::add);
        }
        Set<String> positions = mapped(form.positionAttribute(), form.positionMapping(), assertion.attributes());
        String fullName = name == null || name.isBlank() ? value : name.strip();
        return new SsoNewUser(username, fullName.length() > 200 ? fullName.substring(0, 200) : fullName, nip, email,
                roles, positions);
    }

    /** The right-hand sides of the mapping lines whose left side is one of the attribute's values. */
    static Set<String> mapped(String attribute, String mapping, Map<String, List<String>> attributes) {
        Set<String> result = new LinkedHashSet<>();
        if (blank(attribute) || blank(mapping)) {
            return result;
        }
        List<String> values = attributes.getOrDefault(attribute, List.of());
        for (String line : mapping.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0 && values.contains(line.substring(0, eq).strip())) {
                result.add(line.substring(eq + 1).strip());
            }
        }
        return result;
    }

    static String normalise(SsoMatch match, String raw) {
        String value = raw.strip();
        return switch (match) {
            case NIP -> value.replace(" ", "");
            case EMAIL, USERNAME -> value.toLowerCase(Locale.ROOT);
        };
    }

    private static String first(Map<String, List<String>> attributes, String name) {
        List<String> values = attributes.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
