package id.baku.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import id.baku.shared.InvalidInputException;
import id.baku.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;

import java.util.Map;
import java.util.UUID;

/**
 * Runs what the user asked for and shows a refusal where it can be fixed: on the named field when
 * the form has it, otherwise as a notification. Anything unexpected is logged with a code the user
 * can quote to the admin; the form keeps what was typed.
 */
public final class Feedback {

    private static final Logger log = LoggerFactory.getLogger(Feedback.class);

    private Feedback() {
    }

    /** Returns true when {@code action} succeeded. */
    public static boolean attempt(Component source, Map<String, ? extends HasValidation> fields, Runnable action) {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            String message = source.getTranslation(e.messageKey(), e.args());
            HasValidation field = e.field() == null ? null : fields.get(e.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
                if (field instanceof Focusable<?> focusable) {
                    focusable.focus();
                }
            } else {
                error(message);
            }
        } catch (NotFoundException e) {
            error(source.getTranslation("error.not-found"));
        } catch (OptimisticLockingFailureException e) {
            error(source.getTranslation("error.concurrent-change"));
        } catch (RuntimeException e) {
            String code = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected failure, code {}", code, e);
            error(source.getTranslation("error.generic", code));
        }
        return false;
    }

    public static boolean attempt(Component source, Runnable action) {
        return attempt(source, Map.of(), action);
    }

    public static void success(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
