package id.baku.ratification;

import id.baku.tenant.TenantContext;
import id.baku.tenant.TenantService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * A ratified SOP comes into force on its Tanggal Efektif: every hour (and at start-up) each pemda's
 * ratified versions whose date has come in its own time zone become effective. The step is
 * idempotent, so a replica running it at the same time changes nothing twice.
 */
@Component
class EffectiveDateJob {

    private static final Logger log = LoggerFactory.getLogger(EffectiveDateJob.class);

    private final RatificationService ratification;
    private final TenantService tenants;
    private final Clock clock;

    EffectiveDateJob(RatificationService ratification, TenantService tenants, Clock clock) {
        this.ratification = ratification;
        this.tenants = tenants;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "0 1 * * * *")
    void run() {
        for (TenantService.PemdaZone pemda : tenants.pemdaZones()) {
            try {
                int activated = TenantContext.callAs(pemda.tenantId(),
                        () -> ratification.activateDue(LocalDate.now(clock.withZone(pemda.zone()))));
                if (activated > 0) {
                    log.info("{} SOP versions came into force in pemda {}", activated, pemda.tenantId());
                }
            } catch (RuntimeException e) {
                // One pemda's failure must not keep the others' SOPs from coming into force.
                log.error("Bringing ratified SOPs into force failed for pemda {}", pemda.tenantId(), e);
            }
        }
    }
}
