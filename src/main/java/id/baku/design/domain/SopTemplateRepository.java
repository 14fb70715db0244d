package id.baku.design.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface SopTemplateRepository extends JpaRepository<SopTemplate, Long> {

    List<SopTemplate> findAllByOrderByNameAsc();

    Optional<SopTemplate> findFirstByDefaultTemplateTrue();

    boolean existsByNameAndIdNot(String name, Long id);
}
