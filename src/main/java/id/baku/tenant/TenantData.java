package id.baku.tenant;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a {@link TenantDataContributor} gets of a pemda being loaded: its code, its folder and the
 * ids of what the organisation files just stored, by the names those files use.
 *
 * @param folder a resource location ending in '/', e.g. {@code classpath*:tenants/kota-tangerang/};
 *               null for a pemda created in the app, which starts with nothing but its admin
 */
public record TenantData(long tenantId, String code, String folder, Map<String, Long> unitIds,
                         Map<String, Long> positionIds, List<LegalBasisRecord> legalBases) {

    /** A pemda created in the app: no folder, no organisation yet. */
    public static TenantData empty(long tenantId, String code) {
        return new TenantData(tenantId, code, null, Map.of(), Map.of(), List.of());
    }

    public TenantData {
        unitIds = Map.copyOf(unitIds);
        positionIds = Map.copyOf(positionIds);
        legalBases = List.copyOf(legalBases);
    }

    /** Files of the folder matching a pattern such as {@code sops/*.yaml}, by file name. */
    public List<Resource> files(String pattern) {
        if (folder == null) {
            return List.of();
        }
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(folder + pattern);
            return Arrays.stream(found).filter(Resource::exists)
                    .sorted(Comparator.comparing(r -> r.getFilename() == null ? "" : r.getFilename())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
