package id.baku.audit;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Started as the verification command ({@code --baku.audit.verify=…}), Baku only checks and stops:
 * it listens on a free port, so it can run beside a Baku that serves users, and it logs only
 * warnings, so its output is the verdict lines. (The app cannot start without its web layer:
 * Vaadin's security configuration needs the servlet context.)
 */
public class AuditCommandEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(AuditCommand.PROPERTY)) {
            environment.getPropertySources().addFirst(new MapPropertySource("baku-audit-command", Map.of(
                    "server.port", "0",
                    "spring.main.banner-mode", "off",
                    "logging.level.root", "warn",
                    "logging.level.id.baku", "warn")));
        }
    }
}
