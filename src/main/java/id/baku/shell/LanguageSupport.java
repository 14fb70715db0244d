package id.baku.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import id.baku.shared.IndonesianDates;
import jakarta.servlet.http.Cookie;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Locale;

/**
 * Bahasa Indonesia by default, whatever the browser says; English when the user picks it. The
 * choice lives in a cookie so it survives sign-in and sign-out.
 */
@Component
class LanguageSupport implements VaadinServiceInitListener {

    static final String COOKIE = "baku-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(chosenLocale(VaadinRequest.getCurrent())));
    }

    static Locale chosenLocale(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return IndonesianDates.INDONESIAN;
        }
        return Arrays.stream(request.getCookies()).filter(c -> COOKIE.equals(c.getName())).findFirst()
                .filter(c -> "en".equals(c.getValue())).map(c -> Locale.ENGLISH).orElse(IndonesianDates.INDONESIAN);
    }

    /** Switches the UI's language and remembers it for a year. */
    static void choose(UI ui, Locale locale) {
        Cookie cookie = new Cookie(COOKIE, "en".equals(locale.getLanguage()) ? "en" : "id");
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            response.addCookie(cookie);
        }
        ui.setLocale(locale);
        ui.getPage().reload();
    }
}
