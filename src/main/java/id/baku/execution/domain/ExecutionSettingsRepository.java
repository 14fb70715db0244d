package id.baku.execution.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface ExecutionSettingsRepository extends JpaRepository<ExecutionSettings, Long> {

    Optional<ExecutionSettings> findFirstBy();
}
