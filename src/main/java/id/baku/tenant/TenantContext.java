package id.baku.tenant;

import id.baku.security.BakuPrincipal;
import id.baku.security.CurrentUser;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The pemda that the current work acts for: the signed-in user's, or one bound explicitly for
 * work outside a request (start-up loading, a platform admin setting up a new pemda, jobs).
 * It fails closed: there is no default tenant.
 */
public final class TenantContext {

    private static final ThreadLocal<Long> BOUND = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<Long> currentTenantId() {
        Long bound = BOUND.get();
        if (bound != null) {
            return Optional.of(bound);
        }
        return CurrentUser.get().map(BakuPrincipal::tenantId);
    }

    public static long requireTenantId() {
        return currentTenantId().orElseThrow(() -> new IllegalStateException("No pemda bound to this work"));
    }

    /** Runs work for the given pemda; transactions must start inside it. */
    public static <T> T callAs(long tenantId, Supplier<T> work) {
        Long previous = BOUND.get();
        BOUND.set(tenantId);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                BOUND.remove();
            } else {
                BOUND.set(previous);
            }
        }
    }

    public static void runAs(long tenantId, Runnable work) {
        callAs(tenantId, () -> {
            work.run();
            return null;
        });
    }
}
