package id.baku.design;

/** One Keterkaitan entry: another SOP of the tenant ({@code sopId}), or free text for one outside Baku. */
public record RelatedSop(Long sopId, String text) {
}
