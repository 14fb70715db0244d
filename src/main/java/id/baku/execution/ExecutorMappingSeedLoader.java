package id.baku.execution;

import id.baku.design.SopVersions;
import id.baku.design.VersionState;
import id.baku.design.VersionStatus;
import id.baku.execution.domain.ExecutorMapping;
import id.baku.execution.domain.ExecutorMappingRepository;
import id.baku.shared.yaml.YamlMap;
import id.baku.tenant.TenantData;
import id.baku.tenant.TenantDataContributor;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A sample pemda's {@code executor-mappings.yaml}: which jabatan run an SOP's free-label Pelaksana,
 * as the tenant admin would set them. Loaded after the SOPs (their contributor comes first).
 */
@Component
@Order(20)
class ExecutorMappingSeedLoader implements TenantDataContributor {

    private final SopVersions versions;
    private final ExecutorMappingRepository mappings;

    ExecutorMappingSeedLoader(SopVersions versions, ExecutorMappingRepository mappings) {
        this.versions = versions;
        this.mappings = mappings;
    }

    @Override
    public void load(TenantData data) {
        List<Resource> files = data.files("executor-mappings.yaml");
        if (files.isEmpty()) {
            return;
        }
        YamlMap root;
        try {
            root = YamlMap.parse(data.code() + "/executor-mappings.yaml", files.getFirst().getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Long> sops = versions.inStatus(VersionStatus.EFFECTIVE).stream()
                .collect(Collectors.toMap(VersionState::title, VersionState::sopId, (a, b) -> a));
        for (YamlMap m : root.allowOnly("mappings").optionalMaps("mappings")) {
            m.allowOnly("sop", "executor", "positions");
            String title = m.requiredString("sop");
            Long sopId = sops.get(title);
            if (sopId == null) {
                throw m.error("sop", "execution-data.sop", title);
            }
            String label = m.requiredString("executor");
            for (String position : m.stringOrStrings("positions")) {
                Long positionId = data.positionIds().get(position);
                if (positionId == null) {
                    throw m.error("positions", "execution-data.position", position);
                }
                mappings.save(new ExecutorMapping(sopId, label, positionId));
            }
        }
    }
}
