package id.baku.execution;

/** An SOP in force, which a run can be started of. */
public record StartableSop(long sopId, String number, String title, String unitName) {

    /** "60/000.8.3.3/III/2025 — Pengelolaan Dokumentasi …", or the title alone. */
    public String label() {
        return number == null ? title : number + " \u2014 " + title;
    }
}
