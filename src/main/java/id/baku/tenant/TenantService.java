package id.baku.tenant;

import id.baku.security.AppRole;
import id.baku.security.AppRoles;
import id.baku.shared.Checks;
import id.baku.shared.InvalidInputException;
import id.baku.shared.NotFoundException;
import id.baku.tenant.domain.Tenant;
import id.baku.tenant.domain.TenantRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Pemda (tenants): the platform admin's list and set-up, and each pemda's own profile. */
@Service
public class TenantService {

    static final Pattern CODE = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Set<String> LOGO_TYPES = Set.of("image/png", "image/jpeg", "image/svg+xml");
    private static final int MAX_LOGO_BYTES = 1024 * 1024;

    private final TenantRepository tenants;
    private final UserService users;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final List<TenantDataContributor> contributors;

    TenantService(TenantRepository tenants, UserService users, TransactionTemplate transactions, Clock clock,
                  List<TenantDataContributor> contributors) {
        this.contributors = contributors;
        this.tenants = tenants;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    @RolesAllowed(AppRoles.PLATFORM_ADMIN)
    public List<TenantSummary> listTenants() {
        return transactions.execute(tx -> tenants.findAllByOrderByNameAsc().stream().map(TenantService::summary).toList());
    }

    /**
     * Creates the pemda and its first tenant admin. Two transactions, because the admin's session
     * must be bound to the new tenant's id: if the admin cannot be created the tenant is removed.
     */
    @RolesAllowed(AppRoles.PLATFORM_ADMIN)
    public TenantSummary createTenant(NewTenant request) {
        String code = Checks.required("code", request.code(), 64);
        Checks.matches("code", code, CODE, "tenant.error.code");
        String name = Checks.required("name", request.name(), 200);
        Checks.present("kind", request.kind());
        Checks.present("timeZone", request.timeZone());
        Checks.present("paperSize", request.paperSize());
        users.checkNewAccount(request.adminUsername(), request.adminPassword());
        Tenant tenant = transactions.execute(tx -> {
            if (tenants.existsByCode(code)) {
                throw new InvalidInputException("code", "tenant.error.code-taken");
            }
            Tenant t = new Tenant(code, clock.instant());
            t.setName(name);
            t.setKind(request.kind());
            t.setLetterhead(List.of(name.toUpperCase(java.util.Locale.ROOT)));
            t.setTimeZone(request.timeZone());
            t.setPaperSize(request.paperSize());
            t.setSopNumberPattern("{nomor}/SOP/{bulan}/{tahun}");
            return tenants.save(t);
        });
        try {
            TenantContext.runAs(tenant.getId(), () -> transactions.executeWithoutResult(tx -> {
                users.createUser(new UserRecord(null, request.adminUsername(), request.adminFullName(), null, null,
                        true, false, Set.of(AppRole.TENANT_ADMIN), List.of(), 0), request.adminPassword());
                // What other modules give every new pemda, such as the national SOP template.
                contributors.forEach(c -> c.load(TenantData.empty(tenant.getId(), code)));
            }));
        } catch (RuntimeException e) {
            transactions.executeWithoutResult(tx -> tenants.deleteById(tenant.getId()));
            throw e;
        }
        return summary(tenant);
    }

    /**
     * Every pemda's id and time zone, for scheduled work that runs for each pemda outside any
     * request (no user is signed in there). Nothing else of the pemda is given out.
     */
    public List<PemdaZone> pemdaZones() {
        return transactions.execute(tx -> tenants.findAllByOrderByNameAsc().stream()
                .map(t -> new PemdaZone(t.getId(), t.getTimeZone().zone())).toList());
    }

    /**
     * The time zone one pemda's days are counted in, for work on its behalf outside a request (keeping
     * figures per calendar month as steps complete); Asia/Jakarta for an unknown id.
     */
    public java.time.ZoneId zoneOf(long tenantId) {
        return transactions.execute(tx -> tenants.findById(tenantId).map(t -> t.getTimeZone().zone())
                .orElse(java.time.ZoneId.of("Asia/Jakarta")));
    }

    /** A pemda's id and the time zone its days are counted in. */
    public record PemdaZone(long tenantId, java.time.ZoneId zone) {
    }

    /**
     * Every pemda's id and code, for work outside any request that names pemda by code (the audit
     * verification command). Nothing else of the pemda is given out.
     */
    public List<PemdaCode> pemdaCodes() {
        return transactions.execute(tx -> tenants.findAllByOrderByNameAsc().stream()
                .map(t -> new PemdaCode(t.getId(), t.getCode())).toList());
    }

    /** A pemda's id and its code, such as {@code kota-tangerang}. */
    public record PemdaCode(long tenantId, String code) {
    }

    /** The signed-in user's pemda. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    public TenantProfile currentProfile() {
        return transactions.execute(tx -> profile(current()));
    }

    /**
     * The name of the pemda bound to this work, for pages anyone may open (the verification of a
     * printed sheet binds the pemda its code belongs to).
     */
    public String boundName() {
        return transactions.execute(tx -> current().getName());
    }

    @RolesAllowed(AppRoles.TENANT_ADMIN)
    public TenantProfile updateProfile(TenantProfile changes) {
        return transactions.execute(tx -> {
            Tenant tenant = current();
            Checks.sameVersion(changes.version(), tenant.getVersion());
            tenant.setName(Checks.required("name", changes.name(), 200));
            tenant.setKind(Checks.present("kind", changes.kind()));
            tenant.setAddress(Checks.optional("address", changes.address(), 500));
            tenant.setPhone(Checks.optional("phone", changes.phone(), 100));
            tenant.setEmail(Checks.optionalEmail("email", changes.email()));
            tenant.setWebsite(Checks.optional("website", changes.website(), 150));
            List<String> letterhead = changes.letterhead() == null ? List.of() : changes.letterhead().stream()
                    .filter(line -> line != null && !line.isBlank()).map(String::strip).toList();
            if (letterhead.isEmpty()) {
                throw new InvalidInputException("letterhead", "validation.required");
            }
            if (String.join("\n", letterhead).length() > 2000) {
                throw new InvalidInputException("letterhead", "validation.too-long", 2000);
            }
            tenant.setLetterhead(letterhead);
            tenant.setTimeZone(Checks.present("timeZone", changes.timeZone()));
            tenant.setPaperSize(Checks.present("paperSize", changes.paperSize()));
            String pattern = Checks.required("sopNumberPattern", changes.sopNumberPattern(), 200);
            if (!pattern.contains("{nomor}")) {
                throw new InvalidInputException("sopNumberPattern", "tenant.error.pattern");
            }
            tenant.setSopNumberPattern(pattern);
            if (changes.reviewPeriodMonths() < 1 || changes.reviewPeriodMonths() > 60) {
                throw new InvalidInputException("reviewPeriodMonths", "tenant.error.review-period", 1, 60);
            }
            tenant.setReviewPeriodMonths(changes.reviewPeriodMonths());
            return profile(tenants.saveAndFlush(tenant));
        });
    }

    @RolesAllowed(AppRoles.TENANT_ADMIN)
    public void updateLogo(byte[] bytes, String contentType) {
        if (contentType == null || !LOGO_TYPES.contains(contentType)) {
            throw new InvalidInputException("logo", "tenant.error.logo-type");
        }
        if (bytes.length == 0 || bytes.length > MAX_LOGO_BYTES) {
            throw new InvalidInputException("logo", "tenant.error.logo-size");
        }
        if (!LogoCheck.acceptable(contentType, bytes)) {
            throw new InvalidInputException("logo", "tenant.error.logo-content");
        }
        transactions.executeWithoutResult(tx -> current().setLogo(bytes, contentType));
    }

    @RolesAllowed(AppRoles.TENANT_ADMIN)
    public void removeLogo() {
        transactions.executeWithoutResult(tx -> current().setLogo(null, null));
    }

    @PreAuthorize(AppRoles.SIGNED_IN)
    public Optional<TenantLogo> currentLogo() {
        return transactions.execute(tx -> {
            Tenant tenant = current();
            return tenant.getLogo() == null ? Optional.empty()
                    : Optional.of(new TenantLogo(tenant.getLogo(), tenant.getLogoContentType()));
        });
    }

    /** The tenant table is not tenant-owned, so the check against the bound pemda is explicit here. */
    private Tenant current() {
        long id = TenantContext.requireTenantId();
        return tenants.findById(id).orElseThrow(() -> new NotFoundException("tenant", id));
    }

    private static TenantSummary summary(Tenant t) {
        return new TenantSummary(t.getId(), t.getCode(), t.getName(), t.getKind(), t.getCreatedAt());
    }

    private static TenantProfile profile(Tenant t) {
        return new TenantProfile(t.getId(), t.getCode(), t.getName(), t.getKind(), t.getAddress(), t.getPhone(),
                t.getEmail(), t.getWebsite(), t.getLetterhead(), t.getTimeZone(), t.getPaperSize(),
                t.getSopNumberPattern(), t.getLogo() != null, t.getVersion(), t.getReviewPeriodMonths());
    }
}
