package id.baku.compliance;

import id.baku.security.AppRole;
import id.baku.security.CurrentUser;
import id.baku.shared.audit.Audited;
import id.baku.tenant.OrganisationService;
import id.baku.tenant.PositionRecord;
import id.baku.tenant.TenantContext;
import id.baku.tenant.UserRecord;
import id.baku.tenant.UserService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who fills in and signs the monev forms: supervisors (Kabag, Sekda, Kepala) and the tenant admin;
 * auditors read them. Signing records the penilai's name, NIP and jabatan as they are that day.
 */
@Component
class Assessors {

    private static final Set<AppRole> MAY_ASSESS = EnumSet.of(AppRole.TENANT_ADMIN, AppRole.REVIEWER, AppRole.SIGNER);

    private final UserService users;
    private final OrganisationService organisation;
    private final ApplicationEventPublisher events;

    Assessors(UserService users, OrganisationService organisation, ApplicationEventPublisher events) {
        this.users = users;
        this.organisation = organisation;
        this.events = events;
    }

    record Assessor(String username, String name, String nip, String position) {
    }

    boolean mayAssess() {
        return CurrentUser.get().map(p -> MAY_ASSESS.stream().anyMatch(p::hasRole)).orElse(false);
    }

    /** The signed-in user as penilai: a definitive jabatan before a Plt. one. */
    Assessor me() {
        String username = CurrentUser.require().getUsername();
        UserRecord user = users.currentUser().orElse(null);
        if (user == null) {
            return new Assessor(username, username, null, null);
        }
        Map<Long, String> positions = organisation.listPositions().stream()
                .collect(Collectors.toMap(PositionRecord::id, PositionRecord::name));
        String position = user.positions().stream().sorted((a, b) -> Boolean.compare(a.acting(), b.acting()))
                .map(p -> (p.acting() ? "Plt. " : "") + positions.get(p.positionId())).findFirst().orElse(null);
        return new Assessor(username, user.fullName(), user.nip(), position);
    }

    /** Full names by username, for "last saved by". */
    Map<String, String> names(Collection<String> usernames) {
        return users.named(usernames).stream().collect(Collectors.toMap(UserRecord::username, UserRecord::fullName,
                (a, b) -> a));
    }

    void audit(Instant at, String actor, String action, String subject, Map<String, String> details) {
        events.publishEvent(new Audited(TenantContext.requireTenantId(), at, actor, action, subject, details));
    }
}
