package id.baku.tenant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.baku.security.AppRole;
import id.baku.security.AppRoles;
import id.baku.shared.ui.EditDialog;
import id.baku.shared.ui.Feedback;
import id.baku.tenant.OrganisationService;
import id.baku.tenant.PositionRecord;
import id.baku.tenant.UserRecord;
import id.baku.tenant.UserService;
import jakarta.annotation.security.RolesAllowed;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The pemda's users: who they are (name, NIP), which jabatan they hold and what Baku lets them do. */
@Route("admin/users")
@Menu(title = "menu.users", order = 22, icon = "vaadin:users")
@RolesAllowed(AppRoles.TENANT_ADMIN)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;
    private final OrganisationService organisation;
    private final Grid<UserRecord> grid = new Grid<>();
    private final TextField filter = new TextField();
    private Map<Long, PositionRecord> positions = Map.of();

    public UsersView(UserService users, OrganisationService organisation) {
        this.users = users;
        this.organisation = organisation;
        addClassName("admin-view");
        setSizeFull();

        Button add = new Button(getTranslation("users.add"), VaadinIcon.PLUS.create(), e -> open(
                new UserRecord(null, "", "", null, null, true, false, EnumSet.of(AppRole.STAFF), List.of(), 0)));
        add.setId("user-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        filter.setPlaceholder(getTranslation("action.search"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> applyFilter());
        HorizontalLayout toolbar = new HorizontalLayout(add, filter);
        toolbar.setWrap(true);

        grid.setId("users-grid");
        grid.addColumn(UserRecord::fullName).setHeader(getTranslation("users.full-name")).setFlexGrow(2).setSortable(true);
        grid.addColumn(UserRecord::username).setHeader(getTranslation("users.username")).setAutoWidth(true).setFlexGrow(0)
                .setSortable(true);
        grid.addColumn(u -> u.nip() == null ? "" : u.nip()).setHeader(getTranslation("users.nip")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::positionsText).setHeader(getTranslation("users.positions")).setFlexGrow(3);
        grid.addColumn(this::rolesText).setHeader(getTranslation("users.roles")).setFlexGrow(2);
        grid.addComponentColumn(this::status).setHeader(getTranslation("users.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(u -> RowActions.of(this, () -> open(u), null)).setAutoWidth(true).setFlexGrow(0);
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();

        add(new H2(getTranslation("menu.users")), new Paragraph(getTranslation("users.intro")), toolbar, grid);
        refresh();
    }

    private Span status(UserRecord user) {
        Span badge = new Span(getTranslation(user.enabled() ? "users.active" : "users.inactive"));
        badge.getElement().setAttribute("theme", "badge");
        badge.getElement().getThemeList().add(user.enabled() ? "success" : "contrast");
        return badge;
    }

    private String positionsText(UserRecord user) {
        return user.positions().stream().map(h -> {
            PositionRecord p = positions.get(h.positionId());
            String name = p == null ? "?" : p.name();
            return h.acting() ? getTranslation("users.acting-prefix", name) : name;
        }).collect(Collectors.joining("; "));
    }

    private String rolesText(UserRecord user) {
        return Arrays.stream(AppRole.values()).filter(user.roles()::contains).map(r -> getTranslation(r.labelKey()))
                .collect(Collectors.joining(", "));
    }

    private void refresh() {
        positions = organisation.listPositions().stream().collect(Collectors.toMap(PositionRecord::id, Function.identity()));
        grid.setItems(users.listUsers());
        applyFilter();
    }

    private void applyFilter() {
        String text = filter.getValue().strip().toLowerCase(Locale.ROOT);
        ((ListDataProvider<UserRecord>) grid.getDataProvider()).setFilter(u -> text.isEmpty()
                || (u.fullName() + " " + u.username() + " " + (u.nip() == null ? "" : u.nip()) + " " + positionsText(u))
                .toLowerCase(Locale.ROOT).contains(text));
    }

    private void open(UserRecord user) {
        boolean isNew = user.id() == null;
        TextField username = new TextField(getTranslation("users.username"));
        username.setId("user-username");
        username.setValue(user.username());
        username.setReadOnly(!isNew);
        username.setRequiredIndicatorVisible(isNew);
        username.setHelperText(isNew ? getTranslation("users.username.help") : null);
        TextField fullName = new TextField(getTranslation("users.full-name"));
        fullName.setId("user-full-name");
        fullName.setRequiredIndicatorVisible(true);
        fullName.setMaxLength(200);
        fullName.setValue(user.fullName());
        fullName.setHelperText(getTranslation("users.full-name.help"));
        TextField nip = new TextField(getTranslation("users.nip"));
        nip.setId("user-nip");
        nip.setAllowedCharPattern("[0-9 ]");
        nip.setMaxLength(21);
        nip.setHelperText(getTranslation("users.nip.help"));
        nip.setValue(user.nip() == null ? "" : user.nip());
        EmailField email = new EmailField(getTranslation("users.email"));
        email.setValue(user.email() == null ? "" : user.email());
        PasswordField password = new PasswordField(getTranslation("users.password"));
        password.setId("user-password");
        password.setRequiredIndicatorVisible(true);
        password.setHelperText(getTranslation("users.password.help", 8));
        Checkbox enabled = new Checkbox(getTranslation("users.enabled"), user.enabled());
        CheckboxGroup<AppRole> roles = new CheckboxGroup<>(getTranslation("users.roles"));
        roles.setItems(AppRole.tenantRoles());
        roles.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        roles.setValue(Set.copyOf(user.roles()));
        HeldPositionsEditor held = new HeldPositionsEditor(positions.values().stream()
                .sorted(Comparator.comparing(PositionRecord::name, String.CASE_INSENSITIVE_ORDER)).toList(), user.positions());

        EditDialog dialog = new EditDialog(getTranslation(isNew ? "users.new" : "users.edit"), () -> Feedback.attempt(this,
                Map.of("username", username, "password", password, "fullName", fullName, "nip", nip, "email", email,
                        "roles", roles, "positions", held),
                () -> {
                    UserRecord changed = new UserRecord(user.id(), username.getValue(), fullName.getValue(), nip.getValue(),
                            email.getValue(), enabled.getValue(), user.demo(), roles.getValue(), held.getValue(),
                            user.version());
                    if (isNew) {
                        users.createUser(changed, password.getValue());
                    } else {
                        users.updateUser(changed);
                    }
                    Feedback.success(getTranslation("users.saved", fullName.getValue().strip()));
                    refresh();
                }));
        if (isNew) {
            dialog.fields(username, password);
        } else {
            Button reset = new Button(getTranslation("users.reset-password"), VaadinIcon.KEY.create(), e -> resetPassword(user));
            reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            dialog.fields(username, reset);
        }
        dialog.wide(fullName).fields(nip, email).wide(held).wide(roles).wide(enabled);
        dialog.open();
        (isNew ? username : fullName).focus();
    }

    private void resetPassword(UserRecord user) {
        PasswordField password = new PasswordField(getTranslation("users.new-password"));
        password.setHelperText(getTranslation("users.password.help", 8));
        EditDialog dialog = new EditDialog(getTranslation("users.reset-password.title", user.fullName()),
                () -> Feedback.attempt(this, Map.of("password", password), () -> {
                    users.resetPassword(user.id(), password.getValue());
                    Feedback.success(getTranslation("users.password-reset"));
                }));
        dialog.wide(password);
        dialog.open();
        password.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.users") + " · Baku";
    }

}
