package id.baku.compliance;

import java.time.LocalDate;
import java.time.YearMonth;

/** A half-year of monitoring (Permenpan RB 35/2012: every six months): semester I is January–June. */
public record HalfYear(int year, int half) implements Comparable<HalfYear> {

    /** The monitoring and evaluation forms come from Permenpan RB 35/2012: no form is for an earlier year. */
    public static final int FIRST_YEAR = 2012;

    public HalfYear {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("a year has two halves");
        }
    }

    public static HalfYear of(LocalDate day) {
        return new HalfYear(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
    }

    public HalfYear previous() {
        return half == 2 ? new HalfYear(year, 1) : new HalfYear(year - 1, 2);
    }

    public YearMonth from() {
        return YearMonth.of(year, half == 1 ? 1 : 7);
    }

    public YearMonth to() {
        return YearMonth.of(year, half == 1 ? 6 : 12);
    }

    /** "Semester I 2026 (Januari–Juni)": the i18n key with the year as argument. */
    public String labelKey() {
        return half == 1 ? "monitoring.half.1" : "monitoring.half.2";
    }

    @Override
    public int compareTo(HalfYear o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(half, o.half);
    }
}
