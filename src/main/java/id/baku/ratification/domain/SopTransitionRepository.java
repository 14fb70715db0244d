package id.baku.ratification.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface SopTransitionRepository extends JpaRepository<SopTransition, Long> {

    List<SopTransition> findBySopIdOrderByAtAscIdAsc(Long sopId);

    List<SopTransition> findBySopVersionIdOrderByAtAscIdAsc(Long sopVersionId);
}
