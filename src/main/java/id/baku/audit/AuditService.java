package id.baku.audit;

import id.baku.audit.domain.AuditEventRepository;
import id.baku.audit.domain.StoredEvent;
import id.baku.security.AppRoles;
import id.baku.tenant.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Jejak Audit for auditors and tenant admins: the pemda's events, and whether its chain is intact. */
@Service
public class AuditService {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<TreeMap<String, String>> DETAILS = new TypeReference<>() {
    };

    private final AuditEventRepository events;
    private final ChainVerifier verifier;

    AuditService(AuditEventRepository events, ChainVerifier verifier) {
        this.events = events;
        this.verifier = verifier;
    }

    /** Walks the signed-in user's pemda's whole chain. */
    @RolesAllowed({AppRoles.AUDITOR, AppRoles.TENANT_ADMIN})
    public ChainCheck verify() {
        return verifier.check(TenantContext.requireTenantId());
    }

    /**
     * One page of the pemda's events, newest first; {@code text} (optional) must appear in the
     * actor, action, subject or details.
     */
    @RolesAllowed({AppRoles.AUDITOR, AppRoles.TENANT_ADMIN})
    @Transactional(readOnly = true)
    public List<AuditEntry> events(String text, int page, int pageSize) {
        return events.newestFirst(pattern(text), PageRequest.of(page, pageSize)).stream().map(AuditService::entry)
                .toList();
    }

    private static AuditEntry entry(StoredEvent e) {
        return new AuditEntry(e.seq(), e.at(), e.actor(), e.action(), e.subject(), details(e.details()));
    }

    private static Map<String, String> details(String json) {
        try {
            Map<String, String> parsed = JSON.readValue(json, DETAILS);
            if (parsed != null && !parsed.containsValue(null)) {
                return parsed;
            }
        } catch (JacksonException e) {
            // shown as stored: the verifier tells what happened to it
        }
        return Map.of("?", json);
    }

    /** Contains, case-insensitive; LIKE's wildcards typed by the user are taken literally. */
    private static String pattern(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return "%" + t.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
