package id.baku.execution.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.baku.design.SopContent;
import id.baku.design.Step;
import id.baku.design.flowchart.FlowchartLayout;
import id.baku.design.flowchart.FlowchartStyle;
import id.baku.design.flowchart.FlowchartSvg;
import id.baku.execution.AttachmentContent;
import id.baku.execution.AttachmentRecord;
import id.baku.execution.Choice;
import id.baku.execution.Completion;
import id.baku.execution.Deviation;
import id.baku.execution.ExecutionService;
import id.baku.execution.RunDetail;
import id.baku.execution.RunRecord;
import id.baku.execution.RunStatus;
import id.baku.execution.StepRecord;
import id.baku.execution.StepStatus;
import id.baku.security.AppRoles;
import id.baku.shared.InvalidInputException;
import id.baku.shared.ui.Feedback;
import id.baku.tenant.TenantService;
import id.baku.tenant.UserRecord;
import jakarta.annotation.security.RolesAllowed;

import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One run: the SOP's flowchart with the path taken marked, the step waiting for me with its form
 * (Kelengkapan, Output, outcome of a decision), every step done so far with who, when, actual
 * against standard time and deviations, and the run's timeline.
 */
@Route("run/:id")
@RolesAllowed({AppRoles.TENANT_ADMIN, AppRoles.SOP_AUTHOR, AppRoles.REVIEWER, AppRoles.SIGNER, AppRoles.STAFF,
        AppRoles.AUDITOR})
public class RunView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ExecutionService execution;
    private final ZoneId zone;
    private final DateTimeFormatter when;
    private long runId;
    private String title = "";

    public RunView(ExecutionService execution, TenantService tenants) {
        this.execution = execution;
        this.zone = tenants.currentProfile().timeZone().zone();
        this.when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", getLocale());
        addClassName("run-view");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            runId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            event.forwardTo(RunsView.class);
            return;
        }
        show();
    }

    private void show() {
        removeAll();
        RunDetail[] loaded = new RunDetail[1];
        if (!Feedback.attempt(this, () -> loaded[0] = execution.run(runId))) {
            add(new Paragraph(getTranslation("error.not-found")));
            return;
        }
        RunDetail detail = loaded[0];
        RunRecord run = detail.run();
        title = run.title();
        add(header(run));
        for (StepRecord step : detail.steps()) {
            if (step.mayWork()) {
                add(stepForm(detail, step));
            }
        }
        Div chart = new Div();
        chart.setId("run-flowchart");
        chart.addClassName("run-flowchart");
        chart.getElement().setProperty("innerHTML", flowchart(detail));
        add(new H3(getTranslation("run.flowchart")), chart, new H3(getTranslation("run.steps")), steps(detail),
                new H3(getTranslation("run.timeline")), timeline(detail));
    }

    private Component header(RunRecord run) {
        H2 heading = new H2(run.title());
        heading.setId("run-title");
        Span status = new Span(getTranslation(run.status().labelKey()));
        status.setId("run-status");
        status.getElement().setAttribute("theme", run.status() == RunStatus.COMPLETED ? "badge success" : "badge");
        Anchor sop = new Anchor("sop/" + run.sopId(), run.sopNumber() == null ? run.sopTitle()
                : run.sopNumber() + " — " + run.sopTitle());
        Paragraph facts = new Paragraph(getTranslation("run.facts", run.startedBy(), when.format(run.startedAt().atZone(zone)),
                run.reference() == null ? "-" : run.reference()));
        Div box = new Div(new HorizontalLayout(heading, status), sop, facts);
        box.addClassName("run-header");
        return box;
    }

    /** The form of a step waiting for me: take it, tick Kelengkapan, record the Output, pick the outcome. */
    private Component stepForm(RunDetail detail, StepRecord step) {
        Step s = detail.content().steps().get(step.step() - 1);
        Div card = new Div();
        card.setId("step-form-" + step.step());
        card.addClassName("step-form");
        if (step.overdue()) {
            card.addClassName("step-form-overdue");
        }
        card.add(new H3(getTranslation("run.your-step", step.step(), step.activity())));
        card.add(new Paragraph(getTranslation("run.step-facts", step.executorLabel(),
                when.format(step.dueAt().atZone(zone)), step.standardMinutes())));
        if (step.overdue()) {
            Span late = new Span(getTranslation("run.overdue"));
            late.getElement().setAttribute("theme", "badge error");
            card.add(late);
        }
        List<Checkbox> present = new ArrayList<>();
        if (!s.standard().requirements().isEmpty()) {
            Div items = new Div(new Span(getTranslation("run.requirements")));
            items.addClassName("step-form-requirements");
            for (int i = 0; i < s.standard().requirements().size(); i++) {
                Checkbox box = new Checkbox(s.standard().requirements().get(i));
                box.setId("step-requirement-" + (i + 1));
                present.add(box);
                items.add(box);
            }
            card.add(items);
        }
        TextArea output = new TextArea(getTranslation("run.output"));
        output.setId("step-output");
        output.setWidthFull();
        output.setMaxLength(4000);
        if (s.standard().output() != null) {
            output.setHelperText(getTranslation("run.output.expected", s.standard().output()));
        }
        TextArea note = new TextArea(getTranslation("run.note"));
        note.setId("step-note");
        note.setWidthFull();
        note.setMaxLength(4000);
        card.add(output, attachments(step), note);
        RadioButtonGroup<Choice> choice = new RadioButtonGroup<>();
        if (s.isDecision()) {
            choice.setLabel(getTranslation("run.choice"));
            choice.setId("step-choice");
            choice.setItems(Choice.YES, Choice.NO);
            choice.setItemLabelGenerator(c -> c == Choice.YES
                    ? getTranslation("run.choice.to", s.yes().label(), s.yes().target())
                    : getTranslation("run.choice.to", s.no().label(), s.no().target()));
            card.add(choice);
        }
        Button complete = new Button(getTranslation("run.complete"), e -> {
            Completion completion = new Completion(present.stream().map(Checkbox::getValue).toList(),
                    output.getValue(), note.getValue(), s.isDecision() ? choice.getValue() : null);
            if (Feedback.attempt(this, Map.of("output", output, "note", note, "choice", choice),
                    () -> execution.complete(step.id(), step.version(), completion))) {
                Feedback.success(getTranslation("run.completed", step.step()));
                show();
            }
        });
        complete.setId("step-complete");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout();
        if (step.status() == StepStatus.OPEN) {
            Button take = new Button(getTranslation("run.take"), e -> {
                if (Feedback.attempt(this, () -> execution.take(step.id(), step.version()))) {
                    show();
                }
            });
            take.setId("step-take");
            take.setTooltipText(getTranslation("run.take.help"));
            buttons.add(take);
        }
        buttons.add(complete);
        card.add(buttons);
        return card;
    }

    /**
     * Files recorded with the Output: uploaded to a temporary file, then checked and stored by the
     * service (which trusts the content, not the declared type); the list grows as files are accepted.
     */
    private Component attachments(StepRecord step) {
        Div files = new Div();
        files.setId("step-files");
        files.addClassName("step-files");
        step.attachments().forEach(a -> files.add(fileLink(a)));
        UI ui = UI.getCurrent();
        int limitMb = execution.maxAttachmentMb();
        Upload upload = new Upload(UploadHandler.toTempFile((meta, file) -> {
            AttachmentRecord added = null;
            String problem = null;
            try (InputStream in = new FileInputStream(file)) {
                added = execution.addAttachment(step.id(), meta.fileName(), meta.contentType(), in, file.length());
            } catch (InvalidInputException e) {
                problem = ui.getTranslation(e.messageKey(), e.args());
            } finally {
                Files.deleteIfExists(file.toPath());
            }
            AttachmentRecord accepted = added;
            String refused = problem;
            ui.access(() -> {
                if (accepted != null) {
                    files.add(fileLink(accepted));
                } else {
                    Feedback.error(refused);
                }
            });
        }));
        upload.setId("step-upload");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limitMb * 1024L * 1024L));
        upload.setAcceptedFileTypes("image/*", "video/*", "application/pdf", ".pdf", ".jpg", ".jpeg", ".png", ".webp",
                ".heic", ".heif", ".mp4", ".mov", ".webm", ".mkv");
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("run.upload.add")).setMany(getTranslation("run.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("run.upload.drop"))
                .setMany(getTranslation("run.upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("run.upload.too-big", limitMb))
                .setIncorrectFileType(getTranslation("run.upload.wrong-type")).setTooManyFiles(getTranslation("run.upload.too-many")));
        upload.setI18n(i18n);
        Div box = new Div(new Span(getTranslation("run.attachments", limitMb)), files, upload);
        box.addClassName("step-form-attachments");
        return box;
    }

    private Component fileLink(AttachmentRecord a) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            AttachmentContent content = execution.attachmentContent(a.id());
            return new DownloadResponse(content.open().get(), content.fileName(), content.contentType(), content.sizeBytes());
        }), a.fileName() + " (" + Math.max(1, a.sizeBytes() / 1024) + " KB)");
        link.getElement().setAttribute("download", true);
        link.addClassName("step-file");
        return new Div(link);
    }

    /** The standard flowchart with done steps green, waiting ones amber (red when late) and the path taken bold. */
    private String flowchart(RunDetail detail) {
        SopContent content = detail.content();
        StringBuilder style = new StringBuilder("<style>");
        for (StepRecord s : detail.steps()) {
            String fill = s.status() == StepStatus.DONE ? (s.deviations().isEmpty() ? "#d9f2df" : "#fde9c8")
                    : s.overdue() ? "#f9d0d0" : "#fff3b0";
            style.append("#run-flowchart [data-step=\"").append(s.step()).append("\"]{fill:").append(fill)
                    .append(";stroke-width:2}");
        }
        List<Integer> path = detail.path();
        for (int i = 0; i + 1 < path.size(); i++) {
            style.append("#run-flowchart polyline[data-from=\"").append(path.get(i)).append("\"][data-to=\"")
                    .append(path.get(i + 1)).append("\"]{stroke:#1a7f37;stroke-width:2.5}")
                    .append("#run-flowchart polygon[data-from=\"").append(path.get(i)).append("\"][data-to=\"")
                    .append(path.get(i + 1)).append("\"]{fill:#1a7f37}");
        }
        style.append("</style>");
        return style + FlowchartSvg.write(FlowchartLayout.of(content, FlowchartStyle.standard()), true);
    }

    private Component steps(RunDetail detail) {
        Grid<StepRecord> grid = new Grid<>();
        grid.setId("run-steps");
        grid.addColumn(s -> s.attempt() > 1 ? getTranslation("run.attempt", s.step(), s.attempt()) : String.valueOf(s.step()))
                .setHeader(getTranslation("run.no")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StepRecord::activity).setHeader(getTranslation("run.activity")).setFlexGrow(3);
        grid.addColumn(StepRecord::executorLabel).setHeader(getTranslation("run.executor")).setFlexGrow(1);
        grid.addColumn(s -> s.completedBy() != null ? s.completedBy() : s.takenBy() != null ? s.takenBy()
                : s.assignedTo() != null ? getTranslation("run.assigned", s.assignedTo()) : "")
                .setHeader(getTranslation("run.by")).setFlexGrow(1);
        grid.addColumn(s -> s.completedAt() == null ? getTranslation(s.status().labelKey())
                : when.format(s.completedAt().atZone(zone))).setHeader(getTranslation("run.done-at")).setAutoWidth(true);
        grid.addColumn(s -> s.actualMinutes() == null ? getTranslation("run.standard-only", s.standardMinutes())
                : getTranslation("run.actual", s.actualMinutes(), s.standardMinutes()))
                .setHeader(getTranslation("run.time")).setAutoWidth(true);
        grid.addComponentColumn(this::deviations).setHeader(getTranslation("run.deviations")).setAutoWidth(true);
        grid.addComponentColumn(s -> {
            Div result = new Div();
            if (s.choiceLabel() != null) {
                result.add(new Div(s.choiceLabel() + " → " + getTranslation("run.at-step", s.nextStep())));
            }
            if (s.output() != null) {
                result.add(new Div(s.output()));
            }
            s.attachments().forEach(a -> result.add(fileLink(a)));
            return result;
        }).setHeader(getTranslation("run.result")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPartNameGenerator(s -> s.overdue() ? "task-overdue" : null);
        grid.setItems(detail.steps());
        grid.setAllRowsVisible(true);
        if (detail.maySupervise() && detail.run().status() == RunStatus.RUNNING) {
            grid.addComponentColumn(s -> {
                if (s.status() == StepStatus.DONE) {
                    return new Span();
                }
                Button reassign = new Button(getTranslation("run.reassign"), e -> reassign(s));
                reassign.setId("step-reassign-" + s.step());
                reassign.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                return reassign;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        return grid;
    }

    private Component deviations(StepRecord s) {
        Div badges = new Div();
        for (Deviation d : s.deviations()) {
            Span badge = new Span(getTranslation(d.labelKey()));
            badge.getElement().setAttribute("theme", "badge error");
            badges.add(badge);
        }
        if (s.overdue()) {
            Span badge = new Span(getTranslation("run.overdue"));
            badge.getElement().setAttribute("theme", "badge error");
            badges.add(badge);
        }
        return badges;
    }

    private void reassign(StepRecord step) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("run.reassign.title", step.step()));
        ComboBox<UserRecord> to = new ComboBox<>(getTranslation("run.reassign.to"));
        to.setId("reassign-to");
        to.setItems(execution.candidates(step.id()));
        to.setItemLabelGenerator(UserRecord::fullName);
        to.setWidthFull();
        dialog.add(new Paragraph(getTranslation("run.reassign.help")), to);
        Button confirm = new Button(getTranslation("run.reassign"), e -> {
            if (to.getValue() != null && Feedback.attempt(this,
                    () -> execution.reassign(step.id(), step.version(), to.getValue().username()))) {
                dialog.close();
                show();
            }
        });
        confirm.setId("reassign-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    /** Ready, taken and done moments of every step, in time order. */
    private Component timeline(RunDetail detail) {
        record Moment(Instant at, String text) {
        }
        List<Moment> moments = new ArrayList<>();
        moments.add(new Moment(detail.run().startedAt(), getTranslation("run.timeline.started", detail.run().startedBy())));
        for (StepRecord s : detail.steps()) {
            moments.add(new Moment(s.readyAt(), getTranslation("run.timeline.ready", s.step(), s.activity())));
            if (s.takenAt() != null && s.takenBy() != null && (s.completedAt() == null || s.takenAt().isBefore(s.completedAt()))) {
                moments.add(new Moment(s.takenAt(), getTranslation("run.timeline.taken", s.step(), s.takenBy())));
            }
            if (s.completedAt() != null) {
                moments.add(new Moment(s.completedAt(), getTranslation("run.timeline.done", s.step(), s.completedBy(),
                        s.actualMinutes(), s.standardMinutes())));
            }
        }
        if (detail.run().completedAt() != null) {
            moments.add(new Moment(detail.run().completedAt(), getTranslation("run.timeline.completed")));
        }
        moments.sort(Comparator.comparing(Moment::at));
        OrderedList list = new OrderedList();
        list.setId("run-timeline");
        list.addClassName("run-timeline");
        for (Moment m : moments) {
            ListItem item = new ListItem(new Span(when.format(m.at().atZone(zone))), new Span(m.text()));
            list.add(item);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return title + " · Baku";
    }
}
