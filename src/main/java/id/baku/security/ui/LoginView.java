package id.baku.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.baku.security.SamlSettingsService;
import id.baku.security.SsoTenant;

import java.util.List;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    private final Div sso = new Div();

    public LoginView(SamlSettingsService saml) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        form.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setId("login-form");

        H1 brand = new H1("Baku");
        brand.addClassName("login-brand");
        Paragraph tagline = new Paragraph(getTranslation("app.tagline"));
        tagline.addClassName("login-tagline");
        Div header = new Div(brand, tagline);
        header.addClassName("login-header");
        sso.addClassName("login-sso");
        sso.setId("login-sso");
        for (SsoTenant tenant : ssoTenants(saml)) {
            Anchor button = new Anchor("saml2/authenticate/" + tenant.code(), getTranslation("login.sso", tenant.name()));
            button.setRouterIgnore(true);
            button.setId("login-sso-" + tenant.code());
            button.getElement().setAttribute("theme", "primary");
            button.addClassName("login-sso-button");
            sso.add(new Div(button));
        }
        add(header, login, sso);
    }

    /** The pemda of the host name (kota-tangerang.baku.…) when there is one, else every pemda with SSO. */
    private static List<SsoTenant> ssoTenants(SamlSettingsService saml) {
        VaadinRequest request = VaadinRequest.getCurrent();
        String host = request == null ? null : request.getHeader("Host");
        if (host != null && host.contains(":")) {
            host = host.substring(0, host.indexOf(':'));
        }
        return saml.ssoTenantForHost(host).map(List::of).orElseGet(saml::ssoTenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("sso-error")) {
            LoginI18n i18n = LoginI18n.createDefault();
            LoginI18n.Form form = i18n.getForm();
            form.setTitle(getTranslation("login.title"));
            form.setUsername(getTranslation("login.username"));
            form.setPassword(getTranslation("login.password"));
            form.setSubmit(getTranslation("login.submit"));
            i18n.getErrorMessage().setTitle(getTranslation("login.sso-error.title"));
            String reason = parameters.get("sso-error").stream().findFirst().orElse("");
            i18n.getErrorMessage().setMessage(getTranslation(switch (reason) {
                case "unknown-user" -> "login.sso-error.unknown-user";
                case "disabled-user" -> "login.sso-error.disabled-user";
                default -> "login.sso-error.message";
            }));
            login.setI18n(i18n);
            login.setError(true);
            return;
        }
        login.setError(parameters.containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
