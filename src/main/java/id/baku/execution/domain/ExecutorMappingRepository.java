package id.baku.execution.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface ExecutorMappingRepository extends JpaRepository<ExecutorMapping, Long> {

    List<ExecutorMapping> findBySopId(long sopId);

    List<ExecutorMapping> findBySopIdAndLabel(long sopId, String label);

    void deleteBySopIdAndLabel(long sopId, String label);
}
