package id.baku.design.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.baku.design.Executor;
import id.baku.design.RelatedSop;
import id.baku.design.SopContent;
import id.baku.design.Signer;
import id.baku.design.StandardField;
import id.baku.design.TemplateDefinition;
import id.baku.design.TemplateField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import id.baku.design.Step;
import id.baku.shared.ui.DateFields;
import id.baku.shared.ui.LinesArea;
import id.baku.shared.ui.OrderedPicker;
import id.baku.tenant.LegalBasisRecord;
import id.baku.tenant.PositionRecord;
import id.baku.tenant.UnitRecord;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The identity section of an SOP AP in the order of the printed sheet: Nomor, dates, Disahkan oleh,
 * Nama SOP, then the two-column grid of Dasar Hukum, Kualifikasi Pelaksana, Keterkaitan,
 * Peralatan/Perlengkapan, Peringatan and Pencatatan dan Pendataan, and the optional fields.
 */
class IdentityForm extends FormLayout {

    private final ComboBox<UnitRecord> unit = new ComboBox<>();
    private final TextField number = new TextField();
    private final DatePicker createdOn = DateFields.datePicker(getTranslation("sop.created-on"));
    private final DatePicker revisedOn = DateFields.datePicker(getTranslation("sop.revised-on"));
    private final DatePicker effectiveOn = DateFields.datePicker(getTranslation("sop.effective-on"));
    private final ComboBox<String> signerPosition = new ComboBox<>();
    private final TextField signerName = new TextField();
    private final TextField signerNip = new TextField();
    private final TextArea title = new TextArea();
    private final OrderedPicker<Long> legalBases;
    private final LinesArea qualifications = new LinesArea(getTranslation("sop.qualifications"));
    private final OrderedPicker<RelatedSop> related;
    private final LinesArea equipment = new LinesArea(getTranslation("sop.equipment"));
    private final LinesArea warnings = new LinesArea(getTranslation("sop.warnings"));
    private final LinesArea recordKeeping = new LinesArea(getTranslation("sop.record-keeping"));
    private final TextArea summary = new TextArea();
    private final LinesArea purposes = new LinesArea(getTranslation("sop.purposes"));
    private final LinesArea definitions = new LinesArea(getTranslation("sop.definitions"));
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final List<PositionRecord> positions;
    private final TemplateDefinition template;
    private final LinesArea scope = new LinesArea(getTranslation("sop.scope"));
    private final Map<String, CustomFieldEditor> custom = new LinkedHashMap<>();
    /** Values of custom fields the template no longer has: kept and shown, never dropped. */
    private final Map<String, List<String>> orphans = new LinkedHashMap<>();

    IdentityForm(TemplateDefinition template, SopContent initial, List<UnitRecord> units,
                 List<PositionRecord> positions, List<LegalBasisRecord> bases, Map<Long, String> sopTitles) {
        this.positions = positions;
        this.template = template;
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("720px", 2));
        addClassName("identity-form");

        unit.setLabel(getTranslation("sop.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(UnitRecord::name);
        unit.setRequiredIndicatorVisible(true);
        unit.setId("sop-unit");
        number.setLabel(getTranslation("sop.number"));
        number.setHelperText(getTranslation("sop.number.help"));
        number.setId("sop-number");
        number.setMaxLength(100);
        createdOn.setId("sop-created-on");
        revisedOn.setId("sop-revised-on");
        effectiveOn.setId("sop-effective-on");
        signerPosition.setLabel(getTranslation("sop.approved-by.position"));
        signerPosition.setItems(positions.stream().map(PositionRecord::name).sorted().toList());
        signerPosition.setAllowCustomValue(true);
        signerPosition.addCustomValueSetListener(e -> signerPosition.setValue(e.getDetail()));
        signerPosition.setHelperText(getTranslation("sop.approved-by.position.help"));
        signerPosition.setId("sop-signer-position");
        signerName.setLabel(getTranslation("sop.approved-by.name"));
        signerName.setId("sop-signer-name");
        signerNip.setLabel(getTranslation("sop.approved-by.nip"));
        signerNip.setId("sop-signer-nip");
        signerNip.setMaxLength(21);
        signerNip.setHelperText(getTranslation("sop.approved-by.nip.help"));
        title.setLabel(getTranslation("sop.title"));
        title.setRequiredIndicatorVisible(true);
        title.setId("sop-title");
        title.setMaxLength(500);

        Map<Long, LegalBasisRecord> byId = new HashMap<>();
        bases.forEach(b -> byId.put(b.id(), b));
        legalBases = new OrderedPicker<Long>(getTranslation("sop.legal-bases"), bases.stream().map(LegalBasisRecord::id).toList(),
                id -> byId.containsKey(id) ? byId.get(id).citation() : "?", null).withId("sop-legal-basis-pick");
        legalBases.setHelperText(getTranslation("sop.legal-bases.help"));
        List<RelatedSop> sopChoices = sopTitles.keySet().stream().map(id -> new RelatedSop(id, null))
                .sorted((a, b) -> sopTitles.get(a.sopId()).compareToIgnoreCase(sopTitles.get(b.sopId()))).toList();
        related = new OrderedPicker<RelatedSop>(getTranslation("sop.related"), sopChoices,
                r -> r.sopId() != null ? sopTitles.getOrDefault(r.sopId(), "?") : r.text(),
                text -> new RelatedSop(null, text)).withId("sop-related-pick");
        related.setHelperText(getTranslation("sop.related.help"));
        summary.setLabel(getTranslation("sop.summary"));
        qualifications.withId("sop-qualifications");
        equipment.withId("sop-equipment");
        warnings.withId("sop-warnings");
        recordKeeping.withId("sop-record-keeping");

        scope.withId("sop-scope");
        summary.setId("sop-summary");
        purposes.withId("sop-purposes");
        definitions.withId("sop-definitions");
        Map<Long, String> basisCitations = new HashMap<>();
        bases.forEach(b -> basisCitations.put(b.id(), b.citation()));
        layout(initial, sopTitles, basisCitations);

        fields.put("unit", unit);
        fields.put("number", number);
        fields.put("createdOn", createdOn);
        fields.put("revisedOn", revisedOn);
        fields.put("effectiveOn", effectiveOn);
        fields.put("approvedBy.position", signerPosition);
        fields.put("approvedBy.name", signerName);
        fields.put("approvedBy.nip", signerNip);
        fields.put("title", title);
        fields.put("legalBases", legalBases);
        fields.put("qualifications", qualifications);
        fields.put("related", related);
        fields.put("equipment", equipment);
        fields.put("warnings", warnings);
        fields.put("recordKeeping", recordKeeping);
        fields.put("summary", summary);
        fields.put("purposes", purposes);
        fields.put("definitions", definitions);
        fields.put("scope", scope);
        custom.forEach((key, editor) -> fields.put("custom." + key, editor.validation()));
        for (var text : List.of(number, signerName, signerNip)) {
            text.setValueChangeMode(ValueChangeMode.LAZY);
        }
        title.setValueChangeMode(ValueChangeMode.LAZY);
        summary.setValueChangeMode(ValueChangeMode.LAZY);
    }

    Map<String, HasValidation> fields() {
        return fields;
    }

    void onChange(Runnable listener) {
        fields.values().forEach(f -> ((HasValue<?, ?>) f).addValueChangeListener(e -> listener.run()));
    }

    void show(UnitRecord unitRecord, SopContent c) {
        unit.setValue(unitRecord);
        number.setValue(nz(c.number()));
        createdOn.setValue(c.createdOn());
        revisedOn.setValue(c.revisedOn());
        effectiveOn.setValue(c.effectiveOn());
        Signer s = c.approvedBy();
        signerPosition.setValue(s == null || s.positionTitle() == null ? null : s.positionTitle());
        signerName.setValue(s == null ? "" : nz(s.name()));
        signerNip.setValue(s == null ? "" : nz(s.nip()));
        title.setValue(nz(c.title()));
        legalBases.setValue(c.legalBasisIds());
        qualifications.setValue(c.qualifications());
        related.setValue(c.related());
        equipment.setValue(c.equipment());
        warnings.setValue(c.warnings());
        recordKeeping.setValue(c.recordKeeping());
        summary.setValue(nz(c.summary()));
        purposes.setValue(c.purposes());
        definitions.setValue(c.definitions());
        scope.setValue(c.scope());
        custom.forEach((key, editor) -> editor.show(c.custom().get(key)));
    }

    Long unitId() {
        return unit.getValue() == null ? null : unit.getValue().id();
    }

    /** The content of the form with the given Pelaksana columns and steps. */
    SopContent content(List<Executor> executors, List<Step> steps) {
        String position = signerPosition.getValue();
        Long positionId = position == null ? null : positions.stream()
                .filter(p -> p.name().equalsIgnoreCase(position.strip())).map(PositionRecord::id).findFirst().orElse(null);
        Signer signer = new Signer(positionId, position, signerName.getValue(), signerNip.getValue().replace(" ", ""));
        return new SopContent(number.getValue(), createdOn.getValue(), revisedOn.getValue(), effectiveOn.getValue(),
                signer, title.getValue(), legalBases.getValue(), qualifications.getValue(), related.getValue(),
                equipment.getValue(), warnings.getValue(), recordKeeping.getValue(), summary.getValue(),
                purposes.getValue(), definitions.getValue(), executors, steps, scope.getValue(), customValues())
                .normalized();
    }

    void setFormReadOnly(boolean readOnly) {
        fields.values().forEach(f -> ((HasValue<?, ?>) f).setReadOnly(readOnly));
    }

    private Map<String, List<String>> customValues() {
        Map<String, List<String>> values = new LinkedHashMap<>(orphans);
        custom.forEach((key, editor) -> values.put(key, editor.values()));
        return values;
    }

    /**
     * Lays the fields out in the template's order with its labels and help. An optional field that
     * is off, or a custom field hidden for new SOPs, still shows when this SOP has a value in it.
     */
    private void layout(SopContent initial, Map<Long, String> sopTitles, Map<Long, String> basisCitations) {
        add(unit, 2);
        for (TemplateField f : template.fields()) {
            StandardField standard = StandardField.byKey(f.key()).orElse(null);
            boolean hasValue = standard == null ? initial.custom().containsKey(f.key()) : hasValue(standard, initial);
            if (!f.offeredForNew() && !hasValue) {
                continue;
            }
            if (standard == null) {
                CustomFieldEditor editor = CustomFieldEditor.of(f, sopTitles, basisCitations);
                custom.put(f.key(), editor);
                add(editor.component(), editor.wide() ? 2 : 1);
                continue;
            }
            switch (standard) {
                case APPROVED_BY -> {
                    add(new H4(f.label()), 2);
                    add(signerPosition, signerName, signerNip);
                }
                case TITLE -> add(label(title, f), 2);
                case SUMMARY -> add(label(summary, f), 2);
                default -> add(label(component(standard), f), 1);
            }
        }
        initial.custom().forEach((key, values) -> {
            if (template.field(key).filter(f -> !f.standard()).isEmpty()) {
                orphans.put(key, values);
            }
        });
        if (!orphans.isEmpty()) {
            Div kept = new Div(new H4(getTranslation("sop.orphans")), new Paragraph(getTranslation("sop.orphans.help")));
            kept.setId("sop-orphans");
            kept.addClassName("orphan-values");
            orphans.forEach((key, values) -> kept.add(new Paragraph(key + ": " + String.join("; ", values))));
            add(kept, 2);
        }
    }

    private Component component(StandardField f) {
        return switch (f) {
            case NUMBER -> number;
            case CREATED_ON -> createdOn;
            case REVISED_ON -> revisedOn;
            case EFFECTIVE_ON -> effectiveOn;
            case LEGAL_BASES -> legalBases;
            case QUALIFICATIONS -> qualifications;
            case RELATED -> related;
            case EQUIPMENT -> equipment;
            case WARNINGS -> warnings;
            case RECORD_KEEPING -> recordKeeping;
            case PURPOSES -> purposes;
            case DEFINITIONS -> definitions;
            case SCOPE -> scope;
            case SUMMARY -> summary;
            case TITLE -> title;
            case APPROVED_BY -> signerName;
        };
    }

    /** The template's label, and its help where it gives one. */
    private static Component label(Component component, TemplateField f) {
        if (component instanceof HasLabel labelled) {
            labelled.setLabel(f.label());
        }
        if (f.help() != null && component instanceof HasHelper helper) {
            helper.setHelperText(f.help());
        }
        return component;
    }

    private static boolean hasValue(StandardField f, SopContent c) {
        return switch (f) {
            case SUMMARY -> c.summary() != null;
            case PURPOSES -> !c.purposes().isEmpty();
            case DEFINITIONS -> !c.definitions().isEmpty();
            case SCOPE -> !c.scope().isEmpty();
            default -> true;
        };
    }

    /** The label of a field key as this SOP's template prints it. */
    String labelOf(String key) {
        if (key.startsWith("custom.")) {
            return template.field(key.substring(7)).map(TemplateField::label).orElse(key.substring(7));
        }
        return template.field(key).map(TemplateField::label).orElse(null);
    }

    static String nz(String s) {
        return Objects.requireNonNullElse(s, "");
    }

}
