package id.baku.design;

/** What of a step can change between versions: the Kegiatan, its Pelaksana, symbol, decision outcomes, Mutu Baku, Keterangan and extra columns. */
public enum DiffAttribute {
    ACTIVITY, EXECUTOR, KIND, OUTCOMES, REQUIREMENTS, TIME, OUTPUT, NOTES, EXTRA
}
