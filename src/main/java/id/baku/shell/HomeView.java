package id.baku.shell;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.baku.security.BakuPrincipal;
import id.baku.security.CurrentUser;
import id.baku.shared.IndonesianDates;
import id.baku.tenant.TenantService;
import id.baku.tenant.TimeZoneCode;
import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;

/** Beranda: who is signed in, for which pemda, with which roles. */
@Route("")
@Menu(title = "menu.home", order = 0, icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(Clock clock, TenantService tenants) {
        addClassName("home-view");
        BakuPrincipal user = CurrentUser.require();
        H2 greeting = new H2(getTranslation("home.greeting", user.fullName()));
        greeting.setId("home-greeting");
        // "today" is the pemda's day: a WIT office is two hours ahead of the server in Jakarta
        ZoneId zone = user.tenantId() == null ? TimeZoneCode.WIB.zone() : tenants.currentProfile().timeZone().zone();
        String where = user.tenantName() == null ? getTranslation("shell.platform") : user.tenantName();
        add(greeting,
                new Paragraph(getTranslation("home.tenant", where)),
                new Paragraph(getTranslation("home.roles", user.roles().stream()
                        .map(r -> getTranslation(r.labelKey())).sorted().collect(Collectors.joining(", ")))),
                new Paragraph(getTranslation("home.today", IndonesianDates.format(LocalDate.now(clock.withZone(zone)), getLocale()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home") + " · Baku";
    }
}
