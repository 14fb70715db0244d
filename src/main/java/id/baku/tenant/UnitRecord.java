package id.baku.tenant;

/** An organisation unit; {@code id} is null for a new one, {@code parentId} null for a top unit. */
public record UnitRecord(Long id, Long parentId, String name, UnitKind kind, int version) {
    public static UnitRecord newUnit(Long parentId) {
        return new UnitRecord(null, parentId, "", UnitKind.BAGIAN, 0);
    }
}
