package id.baku.compliance.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface EvaluationRepository extends JpaRepository<EvaluationForm, Long> {

    Optional<EvaluationForm> findBySopIdAndYear(long sopId, int year);

    List<EvaluationForm> findByYear(int year);
}
