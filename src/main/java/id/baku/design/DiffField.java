package id.baku.design;

/**
 * One identity value compared: a single field ({@code olderItem} and {@code newerItem} null) or
 * one item of a list field (1-based positions; null on the side that lacks it).
 *
 * @param key    the template field key ({@code number}, {@code legalBases}, a custom field's key…);
 *               Disahkan oleh is split into {@code approvedBy.position}, {@code approvedBy.name}
 *               and {@code approvedBy.nip}
 * @param older  the value as the content holds it: a String, a LocalDate, a Long (a dasar hukum
 *               id) or a RelatedSop; null when absent
 */
public record DiffField(String key, Integer olderItem, Integer newerItem, DiffKind kind, Object older, Object newer) {

    public boolean changed() {
        return kind != DiffKind.UNCHANGED;
    }
}
