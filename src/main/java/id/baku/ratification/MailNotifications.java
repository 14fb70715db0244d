package id.baku.ratification;

import id.baku.shared.IndonesianDates;
import id.baku.shared.Texts;
import id.baku.tenant.UserRecord;
import id.baku.tenant.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * E-mail notices of ratification steps to whoever must act next: the reviewer whose turn it is,
 * the signer, the author of a returned draft, the author of an SOP now in force. Off unless
 * {@code baku.notifications.email=true} and a mail server is configured ({@code spring.mail.*});
 * a notice that cannot be sent is logged and never undoes the step.
 */
@Component
class MailNotifications {

    private static final Logger log = LoggerFactory.getLogger(MailNotifications.class);

    private final ApprovalRoutes routes;
    private final UserService users;
    private final ObjectProvider<JavaMailSender> mail;
    private final boolean enabled;
    private final String from;
    private final String baseUrl;

    MailNotifications(ApprovalRoutes routes, UserService users, ObjectProvider<JavaMailSender> mail,
                      @Value("${baku.notifications.email:false}") boolean enabled,
                      @Value("${baku.notifications.from:baku@localhost}") String from,
                      @Value("${baku.base-url:http://localhost:8080}") String baseUrl) {
        this.routes = routes;
        this.users = users;
        this.mail = mail;
        this.enabled = enabled;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    @TransactionalEventListener
    void stepTaken(LifecycleStep step) {
        if (!enabled) {
            return;
        }
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.warn("E-mail notices are on but no mail server is configured (spring.mail.host)");
            return;
        }
        List<UserRecord> recipients;
        try {
            recipients = recipients(step);
        } catch (RuntimeException e) {
            // A notice must never undo or break the step it reports (e.g. one taken by the nightly job).
            log.warn("Could not work out who to notify about SOP {}", step.sopId(), e);
            return;
        }
        for (SimpleMailMessage message : messages(step, recipients)) {
            try {
                sender.send(message);
            } catch (MailException e) {
                log.warn("Could not send the notice about SOP {} to {}", step.sopId(), message.getTo(), e);
            }
        }
    }

    /**
     * Who must act after the step and has an e-mail address: the reviewer or signer (never an
     * author, who may not act on their own SOP), or the authors of a returned or ratified draft.
     */
    List<UserRecord> recipients(LifecycleStep step) {
        ApprovalRoute route = routes.of(step.unitId());
        List<UserRecord> found = switch (step.to()) {
            case SUBMITTED -> step.stage() >= 1 && step.stage() <= route.reviewerPositionIds().size()
                    ? actors(users.holdersOf(route.reviewerPositionIds().get(step.stage() - 1)), step) : List.of();
            case REVIEWED -> route.signerPositionId() == null ? List.of()
                    : actors(users.holdersOf(route.signerPositionId()), step);
            case DRAFT, EFFECTIVE -> users.named(step.authors());
            default -> List.of();
        };
        Map<String, UserRecord> unique = new LinkedHashMap<>();
        found.stream().filter(u -> u.email() != null && !u.email().isBlank()).forEach(u -> unique.putIfAbsent(u.username(), u));
        return List.copyOf(unique.values());
    }

    private static List<UserRecord> actors(List<UserRecord> holders, LifecycleStep step) {
        return holders.stream().filter(u -> !step.authors().contains(u.username())).toList();
    }

    /** The notices, in Bahasa Indonesia, with a link to the SOP. */
    List<SimpleMailMessage> messages(LifecycleStep step, List<UserRecord> recipients) {
        String kind = switch (step.to()) {
            case SUBMITTED -> "review";
            case REVIEWED -> "sign";
            case DRAFT -> "returned";
            case EFFECTIVE -> "effective";
            default -> null;
        };
        if (kind == null) {
            return List.of();
        }
        String link = baseUrl.replaceAll("/$", "") + "/sop/" + step.sopId();
        List<SimpleMailMessage> messages = new ArrayList<>();
        for (UserRecord user : recipients) {
            SimpleMailMessage m = new SimpleMailMessage();
            m.setFrom(from);
            m.setTo(user.email());
            m.setSubject(Texts.get(IndonesianDates.INDONESIAN, "notice." + kind + ".subject", step.title()));
            String body = Texts.get(IndonesianDates.INDONESIAN, "notice." + kind + ".body", user.fullName(), step.title(), link);
            if (step.note() != null) {
                body += "\n\n" + Texts.get(IndonesianDates.INDONESIAN, "notice.note", step.note());
            }
            m.setText(body);
            messages.add(m);
        }
        return messages;
    }
}
