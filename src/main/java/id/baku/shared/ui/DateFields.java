package id.baku.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.util.List;

/** Date pickers that speak the UI language, dates written day/month/year and weeks from Monday as in Indonesia. */
public final class DateFields {

    private DateFields() {
    }

    public static DatePicker datePicker(String label) {
        DatePicker picker = new DatePicker(label);
        if (picker.getTranslation("date.language").equals("id")) {
            DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
            i18n.setMonthNames(List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                    "September", "Oktober", "November", "Desember"));
            i18n.setWeekdays(List.of("Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"));
            i18n.setWeekdaysShort(List.of("Min", "Sen", "Sel", "Rab", "Kam", "Jum", "Sab"));
            i18n.setToday("Hari ini");
            i18n.setCancel("Batal");
            i18n.setDateFormat("dd/MM/yyyy");
            i18n.setFirstDayOfWeek(1);
            picker.setI18n(i18n);
        } else {
            picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("dd/MM/yyyy").setFirstDayOfWeek(1));
        }
        picker.setClearButtonVisible(true);
        return picker;
    }
}
