package id.baku.ratification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import id.baku.design.DesignerExtension;
import id.baku.design.SopVersionRecord;
import id.baku.ratification.RatificationService;
import id.baku.ratification.RatificationState;
import id.baku.ratification.Transition;
import id.baku.shared.ui.Feedback;
import id.baku.tenant.TenantService;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ratification steps in the SOP designer: the buttons the signed-in user may press on this
 * version (Ajukan, Setujui, Kembalikan, Sahkan, Revisi, Cabut) and the "Riwayat" tab with every
 * step taken, the route and the signature.
 */
@Component
@org.springframework.core.annotation.Order(10)
class LifecycleActions implements DesignerExtension {

    private final RatificationService ratification;
    private final TenantService tenants;

    LifecycleActions(RatificationService ratification, TenantService tenants) {
        this.ratification = ratification;
        this.tenants = tenants;
    }

    @Override
    public List<com.vaadin.flow.component.Component> actions(SopVersionRecord version, Context context) {
        RatificationState state = ratification.state(version.versionId());
        List<com.vaadin.flow.component.Component> buttons = new ArrayList<>();
        if (state.maySubmit()) {
            buttons.add(button("lifecycle-submit", "ratification.submit", VaadinIcon.PAPERPLANE, true, () -> {
                if (unsaved(context)) {
                    return;
                }
                if (Feedback.attempt(UI.getCurrent(), () -> ratification.submit(version.versionId(), context.saved().get().version()))) {
                    Feedback.success(text("ratification.submitted"));
                    context.reload().run();
                }
            }));
        }
        if (state.mayReview()) {
            buttons.add(button("lifecycle-approve", "ratification.approve", VaadinIcon.CHECK, true,
                    () -> noteDialog("ratification.approve", "ratification.approve.help", false,
                            note -> ratification.approve(version.versionId(), context.saved().get().version(), note),
                            "ratification.approved", context)));
            buttons.add(button("lifecycle-return", "ratification.return", VaadinIcon.ARROW_BACKWARD, false,
                    () -> noteDialog("ratification.return", "ratification.return.help", true,
                            note -> ratification.returnToAuthor(version.versionId(), context.saved().get().version(), note),
                            "ratification.returned", context)));
        }
        if (state.mayRatify()) {
            buttons.add(button("lifecycle-ratify", "ratification.ratify", VaadinIcon.DIPLOMA_SCROLL, true,
                    () -> ratifyDialog(version, state, context)));
        }
        if (state.mayRevise()) {
            buttons.add(button("lifecycle-revise", "ratification.revise", VaadinIcon.COPY, false, () -> {
                long[] revision = new long[1];
                if (Feedback.attempt(UI.getCurrent(), () -> revision[0] = ratification.revise(version.sopId()))) {
                    Feedback.success(text("ratification.revised"));
                    context.reload().run();
                }
            }));
        }
        if (state.mayRetire()) {
            buttons.add(button("lifecycle-retire", "ratification.retire", VaadinIcon.BAN, false,
                    () -> noteDialog("ratification.retire", "ratification.retire.help", true,
                            note -> ratification.retire(version.versionId(), context.saved().get().version(), note),
                            "ratification.retired", context)));
        }
        return buttons;
    }

    @Override
    public List<Tab> tabs(SopVersionRecord version) {
        return List.of(new Tab("tab-history", text("ratification.history"), history(version)));
    }

    private Div history(SopVersionRecord version) {
        RatificationState state = ratification.state(version.versionId());
        ZoneId zone = tenants.currentProfile().timeZone().zone();
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", UI.getCurrent().getLocale());
        Div box = new Div();
        box.setId("lifecycle-history");
        box.addClassName("lifecycle-history");
        UnorderedList route = new UnorderedList();
        for (int i = 0; i < state.reviewers().size(); i++) {
            RatificationState.ReviewerStep r = state.reviewers().get(i);
            String line = text("ratification.route.reviewer", i + 1, r.position() == null ? "?" : r.position());
            if (r.approvedBy() != null) {
                line += " — " + text("ratification.route.approved-by", r.approvedBy());
            }
            ListItem item = new ListItem(line);
            if (state.stage() == i + 1) {
                item.addClassName("current-stage");
            }
            route.add(item);
        }
        route.add(new ListItem(text("ratification.route.signer", state.signer() == null ? "?" : state.signer())));
        box.add(new Paragraph(text("ratification.route")), route);
        if (state.signature() != null) {
            var s = state.signature();
            Paragraph signed = new Paragraph(text("ratification.signed", s.signerName(), s.positionTitle(),
                    when.format(s.signedAt().atZone(zone)), s.contentSha256().substring(0, 16)));
            signed.setId("lifecycle-signature");
            box.add(signed);
            if (!s.intact()) {
                Paragraph broken = new Paragraph(text("ratification.signature.broken"));
                broken.addClassName("signature-broken");
                box.add(broken);
            }
        }
        UnorderedList steps = new UnorderedList();
        steps.setId("lifecycle-transitions");
        for (Transition t : state.transitions()) {
            String who = t.actorName() == null ? t.actor() : t.actorName();
            String line = when.format(t.at().atZone(zone)) + " · " + who + ": " + text(t.from().labelKey()) + " → "
                    + text(t.to().labelKey());
            ListItem item = new ListItem(new Span(line));
            if (t.note() != null) {
                Paragraph note = new Paragraph(t.note());
                note.addClassName("transition-note");
                item.add(note);
            }
            steps.add(item);
        }
        if (state.transitions().isEmpty()) {
            steps.add(new ListItem(text("ratification.history.none")));
        }
        box.add(new Paragraph(text("ratification.history")), steps);
        return box;
    }

    private void noteDialog(String titleKey, String helpKey, boolean required, java.util.function.Consumer<String> action,
                            String doneKey, Context context) {
        Dialog dialog = new Dialog();
        dialog.setId("lifecycle-dialog");
        dialog.setHeaderTitle(text(titleKey));
        dialog.setWidth("min(560px, 96vw)");
        TextArea note = new TextArea(text("ratification.note"));
        note.setId("lifecycle-note");
        note.setWidthFull();
        note.setMaxLength(2000);
        note.setRequiredIndicatorVisible(required);
        note.setHelperText(text(helpKey));
        dialog.add(note);
        Button confirm = new Button(text(titleKey), e -> {
            if (Feedback.attempt(dialog, Map.of("note", note), () -> action.accept(note.getValue()))) {
                dialog.close();
                Feedback.success(text(doneKey));
                context.reload().run();
            }
        });
        confirm.setId("lifecycle-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(text("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
        note.focus();
    }

    /** The signer reads what they sign, then confirms with their password. */
    private void ratifyDialog(SopVersionRecord version, RatificationState state, Context context) {
        Dialog dialog = new Dialog();
        dialog.setId("ratify-dialog");
        dialog.setHeaderTitle(text("ratification.ratify"));
        dialog.setWidth("min(560px, 96vw)");
        PasswordField password = new PasswordField(text("ratification.password"));
        password.setId("ratify-password");
        password.setWidthFull();
        String number = version.content().number();
        dialog.add(new Paragraph(text("ratification.ratify.text", version.content().title(),
                state.signer() == null ? "" : state.signer())),
                new Paragraph(number == null ? text("ratification.ratify.number-new") : text("ratification.ratify.number-kept", number)),
                password);
        Button confirm = new Button(text("ratification.ratify"), e -> {
            if (Feedback.attempt(dialog, Map.of("password", password),
                    () -> ratification.ratify(version.versionId(), context.saved().get().version(), password.getValue()))) {
                dialog.close();
                Feedback.success(text("ratification.ratified"));
                context.reload().run();
            }
        });
        confirm.setId("ratify-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(text("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
        password.focus();
    }

    private static boolean unsaved(Context context) {
        if (context.unsaved().getAsBoolean()) {
            Feedback.error(text("ratification.save-first"));
            return true;
        }
        return false;
    }

    private static Button button(String id, String key, VaadinIcon icon, boolean primary, Runnable action) {
        Button button = new Button(text(key), icon.create(), e -> action.run());
        button.setId(id);
        button.addThemeVariants(primary ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private static String text(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
