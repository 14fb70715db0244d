package id.baku.tenant;

import id.baku.security.AppRole;
import id.baku.security.AppRoles;
import id.baku.security.CurrentUser;
import id.baku.shared.Checks;
import id.baku.shared.InvalidInputException;
import id.baku.shared.NotFoundException;
import id.baku.tenant.domain.AppUser;
import id.baku.tenant.domain.AppUserRepository;
import id.baku.tenant.domain.PositionAssignment;
import id.baku.tenant.domain.PositionRepository;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The pemda's users, their positions (definitive or Plt.) and application roles. */
@Service
public class UserService {

    static final Pattern USERNAME = Pattern.compile("^[a-z0-9._-]{3,100}$");
    static final int MIN_PASSWORD = 8;
    private static final int MAX_PASSWORD_BYTES = 72;

    private final AppUserRepository users;
    private final PositionRepository positions;
    private final PasswordEncoder passwordEncoder;
    private final JdbcClient jdbc;
    private final Clock clock;

    UserService(AppUserRepository users, PositionRepository positions, PasswordEncoder passwordEncoder,
                JdbcClient jdbc, Clock clock) {
        this.users = users;
        this.positions = positions;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @RolesAllowed(AppRoles.TENANT_ADMIN)
    @Transactional(readOnly = true)
    public List<UserRecord> listUsers() {
        return users.findAllByOrderByFullNameAsc().stream().map(UserService::record).toList();
    }

    /** The signed-in user as the pemda knows them, with the positions they hold (definitive and Plt.). */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<UserRecord> currentUser() {
        return CurrentUser.get().flatMap(p -> users.findByUsername(p.getUsername())).map(UserService::record);
    }

    /** The pemda's users with these usernames (e.g. the authors of an SOP version). */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<UserRecord> named(java.util.Collection<String> usernames) {
        return usernames.stream().map(users::findByUsername).flatMap(java.util.Optional::stream)
                .map(UserService::record).toList();
    }

    /** The users of the pemda holding a position (definitive or Plt.): who may act in its name. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<UserRecord> holdersOf(long positionId) {
        return users.findAllByOrderByFullNameAsc().stream()
                .filter(u -> u.isEnabled() && u.getPositions().stream().anyMatch(a -> a.positionId() == positionId))
                .map(UserService::record).toList();
    }

    @RolesAllowed(AppRoles.TENANT_ADMIN)
    @Transactional(readOnly = true)
    public Optional<UserRecord> findUser(long id) {
        return users.findById(id).map(UserService::record);
    }

    @RolesAllowed({AppRoles.TENANT_ADMIN, AppRoles.PLATFORM_ADMIN})
    @Transactional
    public UserRecord createUser(UserRecord user, String password) {
        String username = checkNewAccount(user.username(), password);
        AppUser entity = new AppUser(username, clock.instant());
        // Checked before the (deliberately slow) hashing, so a refused request costs no bcrypt round.
        apply(user, entity);
        entity.setPasswordHash(passwordEncoder.encode(password));
        return record(users.saveAndFlush(entity));
    }

    @RolesAllowed(AppRoles.TENANT_ADMIN)
    @Transactional
    public UserRecord updateUser(UserRecord user) {
        AppUser entity = users.findById(Checks.present("id", user.id()))
                .orElseThrow(() -> new NotFoundException("user", user.id()));
        Checks.sameVersion(user.version(), entity.getVersion());
        boolean self = CurrentUser.get().map(p -> p.userId() == entity.getId()).orElse(false);
        if (self && (!user.enabled() || !user.roles().contains(AppRole.TENANT_ADMIN))) {
            throw new InvalidInputException("roles", "user.error.self-lockout");
        }
        apply(user, entity);
        return record(users.saveAndFlush(entity));
    }

    @RolesAllowed(AppRoles.TENANT_ADMIN)
    @Transactional
    public void resetPassword(long userId, String password) {
        checkPassword(password);
        AppUser entity = users.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
        entity.setPasswordHash(passwordEncoder.encode(password));
    }

    /**
     * Checks a new account's username and password; returns the normalised username. Usernames
     * are unique across all of Baku (sign-in has no pemda to choose), so this one query reads
     * every tenant on purpose.
     */
    @Transactional(readOnly = true)
    public String checkNewAccount(String rawUsername, String password) {
        String username = Checks.required("username", rawUsername, 100).toLowerCase(Locale.ROOT);
        Checks.matches("username", username, USERNAME, "user.error.username");
        Integer taken = jdbc.sql("select (select count(*) from app_user where username = :u)"
                        + " + (select count(*) from platform_user where username = :u)")
                .param("u", username).query(Integer.class).single();
        if (taken > 0) {
            throw new InvalidInputException("username", "user.error.username-taken");
        }
        checkPassword(password);
        return username;
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new InvalidInputException("password", "user.error.password", MIN_PASSWORD);
        }
        // bcrypt takes 72 bytes, not characters: "ä" is two, so 72 characters can be too many.
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidInputException("password", "user.error.password-bytes", MAX_PASSWORD_BYTES);
        }
    }

    private void apply(UserRecord user, AppUser entity) {
        entity.setFullName(Checks.required("fullName", user.fullName(), 200));
        String nip = Checks.optionalNip("nip", user.nip());
        if (nip != null && !nip.equals(entity.getNip()) && users.existsByNip(nip)) {
            throw new InvalidInputException("nip", "user.error.nip-taken");
        }
        entity.setNip(nip);
        entity.setEmail(Checks.optionalEmail("email", user.email()));
        entity.setEnabled(user.enabled());
        Set<AppRole> roles = user.roles() == null || user.roles().isEmpty()
                ? EnumSet.noneOf(AppRole.class) : EnumSet.copyOf(user.roles());
        if (roles.isEmpty()) {
            throw new InvalidInputException("roles", "user.error.roles");
        }
        if (roles.contains(AppRole.PLATFORM_ADMIN)) {
            throw new InvalidInputException("roles", "user.error.platform-role");
        }
        entity.setRoles(roles);
        Set<PositionAssignment> held = new HashSet<>();
        for (HeldPosition p : user.positions() == null ? List.<HeldPosition>of() : user.positions()) {
            positions.findById(p.positionId()).orElseThrow(() -> new InvalidInputException("positions", "user.error.position"));
            held.add(new PositionAssignment(p.positionId(), p.acting()));
        }
        entity.setPositions(held);
    }

    static UserRecord record(AppUser u) {
        List<HeldPosition> held = u.getPositions().stream()
                .map(p -> new HeldPosition(p.positionId(), p.acting()))
                .sorted(Comparator.comparingLong(HeldPosition::positionId)).toList();
        return new UserRecord(u.getId(), u.getUsername(), u.getFullName(), u.getNip(), u.getEmail(), u.isEnabled(),
                u.isDemo(), Set.copyOf(u.getRoles()), held, u.getVersion());
    }
}
