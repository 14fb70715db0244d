package id.baku.design.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface SopTemplateVersionRepository extends JpaRepository<SopTemplateVersion, Long> {

    Optional<SopTemplateVersion> findFirstByTemplateIdOrderByRevisionDesc(Long templateId);

    List<SopTemplateVersion> findByTemplateIdOrderByRevisionAsc(Long templateId);

    /** How many SOP versions were made with any version of this template. */
    @Query("select count(v) from SopVersion v where v.templateVersionId in "
            + "(select t.id from SopTemplateVersion t where t.templateId = :templateId)")
    long countSopVersions(Long templateId);
}
