package id.baku.audit;

import id.baku.tenant.TenantService;
import id.baku.tenant.TenantService.PemdaCode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.util.List;

/**
 * Verifies audit chains without the web UI, e.g. from cron or by an inspector:
 * {@code java -jar baku.jar --baku.audit.verify=kota-tangerang} (several codes comma-separated, or
 * {@code all}). Prints one line per pemda and ends the JVM with status 0 when every chain is
 * intact, 1 otherwise. Runs after the start-up loaders, so a fresh database is checked as loaded.
 */
@Component
@ConditionalOnProperty(AuditCommand.PROPERTY)
@Order(Ordered.LOWEST_PRECEDENCE)
class AuditCommand implements ApplicationRunner {

    static final String PROPERTY = "baku.audit.verify";

    private final ChainVerifier verifier;
    private final TenantService tenants;
    private final ConfigurableApplicationContext context;

    AuditCommand(ChainVerifier verifier, TenantService tenants, ConfigurableApplicationContext context) {
        this.verifier = verifier;
        this.tenants = tenants;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int status = verify(context.getEnvironment().getProperty(PROPERTY, ""), System.out);
        System.exit(SpringApplication.exit(context, () -> status));
    }

    /** Returns the exit status: 0 when every named pemda's chain is intact. */
    int verify(String target, PrintStream out) {
        List<PemdaCode> all = tenants.pemdaCodes();
        List<String> codes = target.isBlank() || target.strip().equals("all")
                ? all.stream().map(PemdaCode::code).toList()
                : List.of(target.strip().split("\\s*,\\s*"));
        if (codes.isEmpty()) {
            out.println("No pemda to verify");
            return 1;
        }
        int status = 0;
        for (String code : codes) {
            PemdaCode pemda = all.stream().filter(p -> p.code().equals(code)).findFirst().orElse(null);
            if (pemda == null) {
                out.println(code + ": no such pemda");
                status = 1;
                continue;
            }
            ChainCheck check = verifier.check(pemda.tenantId());
            out.println(code + ": " + line(check));
            if (!check.intact()) {
                status = 1;
            }
        }
        out.flush();
        return status;
    }

    private static String line(ChainCheck check) {
        if (check.intact()) {
            return "intact, " + check.eventsChecked() + " events";
        }
        return "BROKEN" + (check.brokenSeq() == null ? "" : " at event " + check.brokenSeq()) + ": "
                + check.reason().description() + " (" + check.eventsChecked() + " events intact before it)";
    }
}
