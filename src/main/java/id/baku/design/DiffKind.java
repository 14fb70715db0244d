package id.baku.design;

/** How one item fared between two versions. A MOVED step or column may also have changed attributes. */
public enum DiffKind {
    ADDED, REMOVED, CHANGED, MOVED, UNCHANGED
}
