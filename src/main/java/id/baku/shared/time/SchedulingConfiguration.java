package id.baku.shared.time;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled work (SOPs coming into force on their date, and later the overdue checks) runs in the app. */
@Configuration
@EnableScheduling
class SchedulingConfiguration {
}
