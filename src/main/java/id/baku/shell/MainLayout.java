package id.baku.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.baku.security.SamlLogout;
import id.baku.security.BakuPrincipal;
import id.baku.security.CurrentUser;
import id.baku.tenant.TenantProfile;
import id.baku.tenant.TenantService;
import jakarta.annotation.security.PermitAll;

import java.util.Locale;

/** The app shell: the pemda's logo and name on top, the menu of what the user's roles allow. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final SamlLogout samlLogout;

    public MainLayout(TenantService tenants, AuthenticationContext authentication, SamlLogout samlLogout) {
        this.samlLogout = samlLogout;
        BakuPrincipal user = CurrentUser.require();
        TenantProfile tenant = user.tenantId() == null ? null : tenants.currentProfile();
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), brand(tenant), userMenu(user, authentication));
        addToDrawer(drawerHeader(), navigation());
    }

    private Component brand(TenantProfile tenant) {
        HorizontalLayout brand = new HorizontalLayout();
        brand.addClassName("tenant-brand");
        brand.setAlignItems(FlexComponent.Alignment.CENTER);
        if (tenant == null) {
            Span name = new Span(getTranslation("shell.platform"));
            name.addClassName("tenant-name");
            brand.add(name);
            return brand;
        }
        if (tenant.hasLogo()) {
            Image logo = new Image("api/tenant/logo?v=" + tenant.version(), getTranslation("shell.logo-alt", tenant.name()));
            logo.addClassName("tenant-logo");
            brand.add(logo);
        } else {
            Avatar initials = new Avatar(tenant.name().replaceFirst("^Pemerintah ", ""));
            initials.addClassName("tenant-logo");
            brand.add(initials);
        }
        Span name = new Span(tenant.name());
        name.addClassName("tenant-name");
        name.setId("tenant-name");
        brand.add(name);
        brand.setFlexGrow(1);
        return brand;
    }

    private Component userMenu(BakuPrincipal user, AuthenticationContext authentication) {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Avatar avatar = new Avatar(user.fullName());
        avatar.addClassName("user-avatar");
        Span name = new Span(user.fullName());
        name.addClassName("user-name");
        Div item = new Div(avatar, name);
        item.addClassName("user-menu-item");
        MenuItem root = menu.addItem(item);
        root.getElement().setAttribute("aria-label", getTranslation("shell.user-menu"));
        SubMenu sub = root.getSubMenu();
        MenuItem language = sub.addItem(getTranslation("shell.language"));
        language.getSubMenu().addItem("Bahasa Indonesia", e -> LanguageSupport.choose(UI.getCurrent(), Locale.of("id", "ID")));
        language.getSubMenu().addItem("English", e -> LanguageSupport.choose(UI.getCurrent(), Locale.ENGLISH));
        // A session that came through SSO signs out at the IdP too (Single Logout), through a plain request.
        sub.addItem(getTranslation("shell.logout"), e -> {
            if (samlLogout.applies()) {
                getUI().ifPresent(ui -> ui.getPage().setLocation(SamlLogout.START.substring(1)));
            } else {
                authentication.logout();
            }
        }).setId("logout");
        Div wrapper = new Div(menu);
        wrapper.addClassName("user-menu");
        return wrapper;
    }

    private Component drawerHeader() {
        Span app = new Span("Baku");
        app.addClassName("app-name");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("app-tagline");
        Div header = new Div(app, tagline);
        header.addClassName("drawer-header");
        return header;
    }

    /** Menu entries come from {@code @Menu} on views, already filtered by the user's roles; titles are i18n keys. */
    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            item.setMatchNested(true);
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }
}
