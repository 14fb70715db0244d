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

    IdentityForm(List<UnitRecord> units, List<PositionRecord> positions, List<LegalBasisRecord> bases,
                 Map<Long, String> sopTitles) {
        this.positions = positions;
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
        summary.setHelperText(getTranslation("sop.optional"));
        purposes.setHelperText(getTranslation("sop.optional"));
        definitions.setHelperText(getTranslation("sop.optional"));
        qualifications.withId("sop-qualifications");
        equipment.withId("sop-equipment");
        warnings.withId("sop-warnings");
        recordKeeping.withId("sop-record-keeping");

        add(unit, number, createdOn, revisedOn, effectiveOn);
        H4 signer = new H4(getTranslation("sop.approved-by"));
        add(signer, 2);
        add(signerPosition, signerName, signerNip);
        add(title, 2);
        add(legalBases, qualifications, related, equipment, warnings, recordKeeping);
        H4 optional = new H4(getTranslation("sop.optional-fields"));
        add(optional, 2);
        add(summary, 2);
        add(purposes, definitions);

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
                purposes.getValue(), definitions.getValue(), executors, steps).normalized();
    }

    void setFormReadOnly(boolean readOnly) {
        fields.values().forEach(f -> ((HasValue<?, ?>) f).setReadOnly(readOnly));
    }

    static String nz(String s) {
        return Objects.requireNonNullElse(s, "");
    }

}
