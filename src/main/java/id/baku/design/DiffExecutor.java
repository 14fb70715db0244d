package id.baku.design;

/**
 * One Pelaksana column compared. Columns match by jabatan, then by label; a matched column whose
 * label differs is CHANGED (renamed). Column numbers are 1-based, null on the side that lacks it.
 */
public record DiffExecutor(Integer olderColumn, Integer newerColumn, DiffKind kind, Executor older, Executor newer) {

    public boolean renamed() {
        return older != null && newer != null && !java.util.Objects.equals(older.label(), newer.label());
    }
}
