package id.baku.ratification;

import id.baku.design.SopQuery;
import id.baku.design.SopService;
import id.baku.design.VersionStatus;
import id.baku.tenant.UserRecord;
import id.baku.tenant.UserService;
import id.baku.testing.IntegrationTest;
import id.baku.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Who gets the e-mail notice of a ratification step in Kota Tangerang, and what it says. */
@IntegrationTest
class MailNotificationsIntegrationTest {

    @Autowired SignIn signIn;
    @Autowired ApprovalRoutes routes;
    @Autowired UserService users;
    @Autowired SopService sops;

    @AfterEach
    void tearDown() {
        SignIn.out();
    }

    @Test
    void the_next_actor_is_told_never_the_author_and_only_when_notices_are_on() {
        signIn.as("admin.tangerang");
        long unit = sops.list(new SopQuery(null, "59/000.8.3.3", null)).getFirst().unitId();
        List<SimpleMailMessage> sent = new ArrayList<>();
        JavaMailSender sender = new JavaMailSenderImpl() {
            @Override
            public void send(SimpleMailMessage... messages) {
                sent.addAll(List.of(messages));
            }
        };
        MailNotifications on = notifications(sender, true);
        Set<String> authors = Set.of("katim.kompim.tangerang");

        on.stepTaken(new LifecycleStep(7, 70, "Penyiapan Sambutan", unit, VersionStatus.SUBMITTED, 1, authors, null));
        assertThat(sent).singleElement().satisfies(m -> {
            assertThat(m.getTo()).containsExactly(email("kabag.prokopim.tangerang"));
            assertThat(m.getSubject()).isEqualTo("[Baku] Menunggu reviu Anda: Penyiapan Sambutan");
            assertThat(m.getText()).contains("Rina Oktaviani", "http://baku.example.go.id/sop/7");
        });

        sent.clear();
        on.stepTaken(new LifecycleStep(7, 70, "Penyiapan Sambutan", unit, VersionStatus.DRAFT, 0, authors,
                "Lengkapi Output."));
        assertThat(sent).singleElement().satisfies(m -> {
            assertThat(m.getTo()).containsExactly(email("katim.kompim.tangerang"));
            assertThat(m.getText()).contains("dikembalikan", "Catatan: Lengkapi Output.");
        });

        sent.clear();
        on.stepTaken(new LifecycleStep(7, 70, "Penyiapan Sambutan", unit, VersionStatus.SUBMITTED, 1,
                Set.of("kabag.prokopim.tangerang"), null));
        assertThat(sent).as("the Kabag wrote it: nobody else holds the position, so nobody is asked").isEmpty();

        notifications(sender, false).stepTaken(new LifecycleStep(7, 70, "Penyiapan Sambutan", unit,
                VersionStatus.SUBMITTED, 1, authors, null));
        assertThat(sent).isEmpty();
    }

    private MailNotifications notifications(JavaMailSender sender, boolean enabled) {
        ObjectProvider<JavaMailSender> provider = new org.springframework.beans.factory.support.StaticListableBeanFactory(
                java.util.Map.of("mail", sender)).getBeanProvider(JavaMailSender.class);
        return new MailNotifications(routes, users, provider, enabled, "baku@tangerangkota.go.id",
                "http://baku.example.go.id/");
    }

    private String email(String username) {
        return users.named(List.of(username)).stream().map(UserRecord::email).findFirst().orElseThrow();
    }
}
