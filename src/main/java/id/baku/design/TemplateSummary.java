package id.baku.design;

/** One template in the list: its newest version, whether new SOPs get it, and how many SOP versions use it. */
public record TemplateSummary(long templateId, long versionId, int revision, String name, String description,
                              boolean defaultTemplate, long sopVersions) {
}
