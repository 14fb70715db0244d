package id.baku.compliance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.baku.compliance.Assessment;
import id.baku.compliance.MonevExtension;
import id.baku.compliance.Monitoring;
import id.baku.compliance.MonitoringAnswer;
import id.baku.compliance.MonitoringRow;
import id.baku.compliance.MonitoringService;
import id.baku.security.AppRoles;
import id.baku.shared.IndonesianDates;
import id.baku.shared.ui.Confirm;
import id.baku.shared.ui.Feedback;
import id.baku.shared.ui.UnsavedChanges;
import id.baku.tenant.TenantService;
import jakarta.annotation.security.RolesAllowed;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One Formulir Monitoring Pelaksanaan SOP AP: per SOP, the half-year's execution data and Baku's proposal,
 * and the monitor's assessment, Catatan and Tindakan. Saved as often as needed, then signed.
 */
@Route("monitoring/:id")
@RolesAllowed({AppRoles.TENANT_ADMIN, AppRoles.REVIEWER, AppRoles.SIGNER, AppRoles.AUDITOR})
public class MonitoringFormView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver,
        HasDynamicTitle {

    private final MonitoringService monitoring;
    private final List<MonevExtension> extensions;
    private final ZoneId zone;
    private final List<RowEditor> editors = new ArrayList<>();
    private Monitoring form;
    private boolean dirty;

    public MonitoringFormView(MonitoringService monitoring, TenantService tenants, List<MonevExtension> extensions) {
        this.monitoring = monitoring;
        this.extensions = extensions;
        this.zone = tenants.currentProfile().timeZone().zone();
        addClassName("monev-form");
        setWidthFull();
        UnsavedChanges.guard(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            event.forwardTo(MonitoringListView.class);
            return;
        }
        Monitoring[] loaded = new Monitoring[1];
        if (!Feedback.attempt(this, () -> loaded[0] = monitoring.monitoring(id))) {
            removeAll();
            add(new Paragraph(getTranslation("error.not-found")));
            return;
        }
        show(loaded[0]);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (dirty) {
            UnsavedChanges.confirmLeave(event, this, "unsaved-dialog", "monev.unsaved.title", "monev.unsaved.text",
                    "monev.unsaved.stay", "monev.unsaved.leave");
        }
    }

    private void show(Monitoring m) {
        form = m;
        removeAll();
        editors.clear();
        markDirty(false);
        add(new Anchor("monitoring", getTranslation("monitoring.back")));
        add(new H2(getTranslation("monitoring.form.title", m.unitName(),
                getTranslation(m.period().labelKey(), String.valueOf(m.period().year())))));
        add(new Paragraph(status(m)));
        if (m.mayEdit()) {
            add(new Paragraph(getTranslation("monitoring.form.help")));
        }
        if (m.rows().isEmpty()) {
            add(new Paragraph(getTranslation("report.monitoring.empty")));
        }
        int no = 1;
        for (MonitoringRow row : m.rows()) {
            RowEditor editor = new RowEditor(no++, row, m.mayEdit());
            editors.add(editor);
            add(editor.card);
        }
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(Alignment.BASELINE);
        if (m.mayEdit()) {
            Button save = new Button(getTranslation("action.save"), e -> save());
            save.setId("monitoring-save");
            Button sign = new Button(getTranslation("monev.sign"), e -> confirmSign());
            sign.setId("monitoring-sign");
            sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(save, sign);
        }
        extensions.forEach(x -> x.monitoringActions(m).forEach(actions::add));
        add(actions);
    }

    private String status(Monitoring m) {
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", getLocale());
        if (m.finalised()) {
            return getTranslation("monev.signed-by", m.monitorName(), when.format(m.finalisedAt().atZone(zone)));
        }
        return m.updatedAt() == null ? getTranslation("monev.status.draft")
                : getTranslation("monev.saved-by", m.updatedByName(), when.format(m.updatedAt().atZone(zone)));
    }

    private List<MonitoringAnswer> answers() {
        return editors.stream().map(RowEditor::answer).toList();
    }

    private void save() {
        Monitoring[] saved = new Monitoring[1];
        if (Feedback.attempt(this, () -> saved[0] = monitoring.save(form.id(), form.version(), answers()))) {
            Feedback.success(getTranslation("monev.saved"));
            show(saved[0]);
        }
    }

    private void confirmSign() {
        Confirm.action(this, "monitoring-sign-dialog", "monev.sign", "monitoring.sign.text", () -> {
            Monitoring[] signed = new Monitoring[1];
            if (Feedback.attempt(this, () -> signed[0] = monitoring.finalise(form.id(), form.version(), answers()))) {
                Feedback.success(getTranslation("monev.signed"));
                show(signed[0]);
            }
        });
    }

    private void markDirty(boolean unsaved) {
        dirty = unsaved;
        UnsavedChanges.mark(this, unsaved);
    }

    /** One SOP's card: the data, the proposal, and what the monitor fills in. */
    private final class RowEditor {

        private final MonitoringRow row;
        private final Div card = new Div();
        private final RadioButtonGroup<Assessment> assessment = new RadioButtonGroup<>();
        private final TextArea note = new TextArea();
        private final TextArea action = new TextArea();

        RowEditor(int no, MonitoringRow row, boolean editable) {
            this.row = row;
            card.addClassName("monev-row");
            card.setId("monitoring-row-" + row.id());
            card.add(new H4(no + ". " + row.sopLabel()));
            Paragraph data = new Paragraph(evidence(row));
            data.addClassName("monev-evidence");
            Span proposal = new Span(getTranslation("monitoring.proposal", getTranslation(row.proposed().labelKey())));
            proposal.getElement().setAttribute("theme", row.proposed() == Assessment.GOOD ? "badge success" : "badge error");
            proposal.addClassName("monitoring-proposal");
            card.add(data, proposal);

            assessment.setLabel(getTranslation("report.monitoring.assessment"));
            assessment.setItems(Assessment.values());
            assessment.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
            assessment.setValue(row.assessment());
            assessment.addClassName("monitoring-assessment");
            note.setLabel(getTranslation("report.monitoring.note"));
            note.setValue(row.note() != null ? row.note() : row.assessment() == null ? evidence(row) : "");
            note.setMaxLength(2000);
            note.setWidthFull();
            note.addClassName("monitoring-note");
            action.setLabel(getTranslation("report.monitoring.action"));
            action.setValue(Objects.requireNonNullElse(row.action(), ""));
            action.setMaxLength(2000);
            action.setWidthFull();
            action.setHelperText(getTranslation("monitoring.action.help"));
            action.addClassName("monitoring-action");
            Consumer<Object> changed = v -> markDirty(true);
            assessment.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    changed.accept(e.getValue());
                }
            });
            note.addValueChangeListener(e -> changed.accept(e.getValue()));
            action.addValueChangeListener(e -> changed.accept(e.getValue()));
            assessment.setReadOnly(!editable);
            note.setReadOnly(!editable);
            action.setReadOnly(!editable);
            card.add(assessment, note, action);
            if (row.confirmedByName() != null) {
                Span paraf = new Span(getTranslation("monitoring.paraf", row.confirmedByName(),
                        IndonesianDates.format(row.confirmedAt().atZone(zone).toLocalDate(), getLocale())));
                paraf.addClassName("monitoring-paraf");
                card.add(paraf);
            }
        }

        MonitoringAnswer answer() {
            return new MonitoringAnswer(row.id(), assessment.getValue(), note.getValue(), action.getValue());
        }
    }

    /** "4 dimulai, 2 selesai; 85% langkah sesuai Mutu Baku (34 dari 40); …" from the half-year's runs. */
    private String evidence(MonitoringRow r) {
        if (r.runsStarted() == 0 && r.stepExecutions() == 0) {
            return getTranslation("monitoring.evidence.none");
        }
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        String text = getTranslation("monitoring.evidence", r.runsStarted(), r.runsCompleted(),
                percent.format(r.stepExecutions() == 0 ? 0 : (double) r.stepsWithin() / r.stepExecutions()),
                r.stepsWithin(), r.stepExecutions(), r.late(), r.incomplete(), r.noOutput());
        return r.worstStep() == null ? text : text + " " + getTranslation("monitoring.evidence.worst", r.worstStep());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.monitoring") + " · Baku";
    }
}
