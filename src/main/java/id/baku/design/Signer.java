package id.baku.design;

/**
 * Disahkan oleh: the position as printed ("SEKRETARIS DAERAH"), the person and their NIP.
 * {@code positionId} links the tenant's jabatan when known.
 */
public record Signer(Long positionId, String positionTitle, String name, String nip) {
}
