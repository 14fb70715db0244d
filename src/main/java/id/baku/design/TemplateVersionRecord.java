package id.baku.design;

/**
 * One version of a template. {@code latest} tells whether a newer version exists; the builder
 * sends {@code revision} back on save so that two admins cannot overwrite each other.
 */
public record TemplateVersionRecord(long templateId, long versionId, int revision, TemplateDefinition definition,
                                    boolean defaultTemplate, boolean latest) {
}
