package id.baku.tenant.seed;

import id.baku.shared.database.DatabaseLock;
import id.baku.shared.yaml.YamlDataException;

import id.baku.tenant.LegalBasisRecord;
import id.baku.tenant.TenantContext;
import id.baku.tenant.TenantData;
import id.baku.tenant.TenantDataContributor;
import id.baku.tenant.domain.AppUser;
import id.baku.tenant.domain.AppUserRepository;
import id.baku.tenant.domain.LegalBasis;
import id.baku.tenant.domain.LegalBasisRepository;
import id.baku.tenant.domain.OrgUnit;
import id.baku.tenant.domain.OrgUnitRepository;
import id.baku.tenant.domain.PlatformUser;
import id.baku.tenant.domain.PlatformUserRepository;
import id.baku.tenant.domain.Position;
import id.baku.tenant.domain.PositionAssignment;
import id.baku.tenant.domain.PositionRepository;
import id.baku.tenant.domain.Tenant;
import id.baku.tenant.domain.TenantRepository;
import id.baku.tenant.seed.TenantSeed.PositionSeed;
import id.baku.tenant.seed.TenantSeed.UnitSeed;
import id.baku.tenant.seed.TenantSeed.UserSeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads each folder of tenant data at start-up when its pemda is absent, and (in demo mode) the
 * demo accounts. Every folder is read and checked in full before anything is stored, so a bad
 * file stops start-up and stores nothing of that pemda.
 */
@Component
@Order(0)
class TenantSeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TenantSeedLoader.class);
    /** The database lock of start-up data: the sample pemda, platform admins, demo tokens. */
    static final String LOCK = "startup-data";
    /** How long a starting replica waits for another one that holds {@link #LOCK} before giving up. */
    static final Duration LOCK_WAIT = Duration.ofMinutes(10);
    static final String DEMO_PLATFORM_ADMIN = "platform.demo";
    static final String PLATFORM_ADMIN = "platform.admin";

    private final TenantRepository tenants;
    private final OrgUnitRepository units;
    private final PositionRepository positions;
    private final LegalBasisRepository legalBases;
    private final AppUserRepository users;
    private final PlatformUserRepository platformUsers;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String tenantsDir;
    private final boolean demo;
    private final String adminPassword;
    private final List<TenantDataContributor> contributors;
    private final DataSource dataSource;

    TenantSeedLoader(TenantRepository tenants, OrgUnitRepository units, PositionRepository positions,
                     LegalBasisRepository legalBases, AppUserRepository users, PlatformUserRepository platformUsers,
                     PasswordEncoder passwordEncoder, TransactionTemplate transactions, Clock clock,
                     @Value("${baku.tenants-dir:}") String tenantsDir, @Value("${baku.demo:false}") boolean demo,
                     @Value("${baku.admin-password:}") String adminPassword,
                     List<TenantDataContributor> contributors, DataSource dataSource) {
        this.tenants = tenants;
        this.units = units;
        this.positions = positions;
        this.legalBases = legalBases;
        this.users = users;
        this.platformUsers = platformUsers;
        this.passwordEncoder = passwordEncoder;
        this.transactions = transactions;
        this.clock = clock;
        this.tenantsDir = tenantsDir;
        this.demo = demo;
        this.adminPassword = adminPassword;
        this.contributors = contributors;
        this.dataSource = dataSource;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        // Replicas starting together on an empty database would each load the same pemda.
        DatabaseLock.holding(dataSource, LOCK, LOCK_WAIT, () -> {
            for (Resource tenantFile : tenantFiles()) {
                String folder = folderName(tenantFile);
                TenantSeed seed = new TenantDataReader(folder, tenantFile).read();
                load(seed, folderLocation(folder));
            }
            ensurePlatformAdmins();
        });
    }

    /** Stores one pemda unless it exists; adds missing demo accounts in demo mode. */
    void load(TenantSeed seed, String folder) {
        Tenant existing = transactions.execute(tx -> tenants.findByCode(seed.profile().code()).orElse(null));
        if (existing != null) {
            if (demo) {
                TenantContext.runAs(existing.getId(), () -> transactions.executeWithoutResult(tx -> storeDemoUsers(seed)));
            }
            return;
        }
        // The tenant row first: sessions that store tenant-owned rows must be bound to its id.
        Tenant tenant = transactions.execute(tx -> tenants.save(newTenant(seed.profile())));
        try {
            TenantContext.runAs(tenant.getId(), () -> transactions.executeWithoutResult(tx -> {
                Map<String, Long> unitIds = new HashMap<>();
                Map<String, Long> positionIds = new HashMap<>();
                seed.units().forEach(unit -> storeUnit(unit, null, unitIds, positionIds));
                storePositions(seed.topPositions(), null, positionIds);
                List<LegalBasisRecord> bases = seed.legalBases().stream().map(b -> legalBases.save(
                        new LegalBasis(b.kind(), b.issuer(), b.number(), b.year(), b.title()))).map(b ->
                        new LegalBasisRecord(b.getId(), b.getKind(), b.getIssuer(), b.getNumber(), b.getYear(),
                                b.getTitle(), b.getVersion())).toList();
                if (demo) {
                    storeDemoUsers(seed);
                }
                units.flush();
                TenantData data = new TenantData(tenant.getId(), seed.profile().code(), folder, unitIds, positionIds,
                        bases);
                contributors.forEach(c -> c.load(data));
            }));
        } catch (RuntimeException e) {
            transactions.executeWithoutResult(tx -> tenants.deleteById(tenant.getId()));
            throw e;
        }
        log.info("Loaded pemda {} ({})", seed.profile().name(), seed.profile().code());
    }

    private Tenant newTenant(TenantSeed.Profile p) {
        Tenant t = new Tenant(p.code(), clock.instant());
        t.setName(p.name());
        t.setKind(p.kind());
        t.setAddress(p.address());
        t.setPhone(p.phone());
        t.setEmail(p.email());
        t.setWebsite(p.website());
        t.setLetterhead(p.letterhead());
        t.setTimeZone(p.timeZone());
        t.setPaperSize(p.paperSize());
        t.setSopNumberPattern(p.sopNumberPattern());
        t.setLogo(p.logo(), p.logoContentType());
        return t;
    }

    private void storeUnit(UnitSeed seed, Long parentId, Map<String, Long> unitIds, Map<String, Long> positionIds) {
        OrgUnit unit = units.save(new OrgUnit(parentId, seed.name(), seed.kind()));
        unitIds.put(seed.name(), unit.getId());
        storePositions(seed.positions(), unit.getId(), positionIds);
        seed.units().forEach(child -> storeUnit(child, unit.getId(), unitIds, positionIds));
    }

    private void storePositions(List<PositionSeed> seeds, Long unitId, Map<String, Long> positionIds) {
        for (PositionSeed p : seeds) {
            positionIds.put(p.name(), positions.save(new Position(unitId, p.name(), p.head())).getId());
        }
    }

    /** Demo accounts are flagged as such: with the demo flag off they cannot sign in. */
    private void storeDemoUsers(TenantSeed seed) {
        positions.flush();
        Map<String, Long> positionIds = new HashMap<>();
        positions.findAll().forEach(p -> positionIds.put(p.getName(), p.getId()));
        for (UserSeed u : seed.users()) {
            if (users.findByUsername(u.username()).isPresent() || platformUsers.existsByUsername(u.username())) {
                continue;
            }
            AppUser user = new AppUser(u.username(), clock.instant());
            user.setFullName(u.fullName());
            user.setNip(u.nip());
            user.setEmail(u.email());
            user.setPasswordHash(passwordEncoder.encode(u.password()));
            user.setDemo(true);
            user.setRoles(u.roles());
            u.positions().stream().filter(h -> positionIds.containsKey(h.position()))
                    .forEach(h -> user.getPositions().add(new PositionAssignment(positionIds.get(h.position()), h.acting())));
            users.save(user);
        }
    }

    private void ensurePlatformAdmins() {
        transactions.executeWithoutResult(tx -> {
            if (demo && !platformUsers.existsByUsername(DEMO_PLATFORM_ADMIN)) {
                platformUsers.save(new PlatformUser(DEMO_PLATFORM_ADMIN, "Admin Platform (demo)",
                        passwordEncoder.encode("baku-demo"), true, clock.instant()));
            }
            if (!adminPassword.isBlank() && !platformUsers.existsByUsername(PLATFORM_ADMIN)) {
                platformUsers.save(new PlatformUser(PLATFORM_ADMIN, "Admin Platform",
                        passwordEncoder.encode(adminPassword), false, clock.instant()));
                log.info("Created platform admin account '{}'", PLATFORM_ADMIN);
            }
        });
    }

    private Resource[] tenantFiles() throws IOException {
        String pattern = tenantsDir.isBlank() ? "classpath*:tenants/*/tenant.yaml"
                : Path.of(tenantsDir).toAbsolutePath().toUri() + "*/tenant.yaml";
        Resource[] files = new PathMatchingResourcePatternResolver().getResources(pattern);
        Arrays.sort(files, Comparator.comparing(TenantSeedLoader::folderName));
        if (files.length == 0) {
            log.warn("No tenant data found at {}", pattern);
        }
        return files;
    }

    private String folderLocation(String folder) {
        return tenantsDir.isBlank() ? "classpath*:tenants/" + folder + "/"
                : Path.of(tenantsDir).toAbsolutePath().resolve(folder).toUri().toString().replaceAll("/?$", "/");
    }

    private static String folderName(Resource tenantFile) {
        try {
            String uri = tenantFile.getURI().toString();
            String withoutFile = uri.substring(0, uri.lastIndexOf('/'));
            return withoutFile.substring(withoutFile.lastIndexOf('/') + 1);
        } catch (IOException e) {
            throw new YamlDataException(tenantFile.getDescription(), 0, null, "yaml.unreadable", e.getMessage());
        }
    }
}
