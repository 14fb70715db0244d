package id.baku.tenant.seed;

import id.baku.security.ApiTokenSecrets;
import id.baku.security.AppRole;
import id.baku.shared.database.DatabaseLock;
import id.baku.tenant.TenantContext;
import id.baku.tenant.domain.ApiToken;
import id.baku.tenant.domain.ApiTokenRepository;
import id.baku.tenant.domain.AppUser;
import id.baku.tenant.domain.AppUserRepository;
import id.baku.tenant.domain.Tenant;
import id.baku.tenant.domain.TenantRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.Comparator;

/**
 * Demo mode: the demo tenant admin of each sample pemda gets the fixed API token
 * {@code demo-<pemda code>} (README), so the API can be tried at once. Runs after the sample data
 * ({@link TenantSeedLoader}); creates what is missing and revives a revoked one, so every start
 * leaves the documented tokens working. The tokens are flagged demo and are refused outside demo mode.
 */
@Component
@Order(1)
class DemoApiTokens implements ApplicationRunner {

    static final String NAME = "Token demo";

    private final TenantRepository tenants;
    private final AppUserRepository users;
    private final ApiTokenRepository tokens;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final boolean demo;
    private final DataSource dataSource;

    DemoApiTokens(TenantRepository tenants, AppUserRepository users, ApiTokenRepository tokens,
                  TransactionTemplate transactions, Clock clock, @Value("${baku.demo:false}") boolean demo,
                  DataSource dataSource) {
        this.tenants = tenants;
        this.users = users;
        this.tokens = tokens;
        this.transactions = transactions;
        this.clock = clock;
        this.demo = demo;
        this.dataSource = dataSource;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo) {
            return;
        }
        DatabaseLock.holding(dataSource, TenantSeedLoader.LOCK, TenantSeedLoader.LOCK_WAIT, () -> {
            for (Tenant tenant : transactions.execute(tx -> tenants.findAll())) {
                TenantContext.runAs(tenant.getId(),
                        () -> transactions.executeWithoutResult(tx -> ensureToken(tenant.getCode())));
            }
        });
    }

    private void ensureToken(String tenantCode) {
        AppUser admin = users.findAll().stream()
                .filter(u -> u.isDemo() && u.isEnabled() && u.getRoles().contains(AppRole.TENANT_ADMIN))
                .min(Comparator.comparing(AppUser::getUsername)).orElse(null);
        if (admin == null) {
            return;
        }
        String secret = ApiTokenSecrets.demoSecret(tenantCode);
        tokens.findByTokenHash(ApiTokenSecrets.hash(secret)).ifPresentOrElse(ApiToken::restore,
                () -> tokens.save(new ApiToken(admin.getId(), NAME, ApiTokenSecrets.hash(secret),
                        ApiTokenSecrets.prefix(secret), true, clock.instant(), null)));
    }
}
