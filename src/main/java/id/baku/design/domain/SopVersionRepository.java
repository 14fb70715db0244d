package id.baku.design.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface SopVersionRepository extends JpaRepository<SopVersion, Long> {

    List<SopVersion> findBySopIdOrderByRevisionAsc(Long sopId);

    Optional<SopVersion> findFirstBySopIdOrderByRevisionDesc(Long sopId);

    /** The newest version of every SOP: what lists show. */
    @Query("select v from SopVersion v where v.revision = "
            + "(select max(w.revision) from SopVersion w where w.sopId = v.sopId) order by v.title")
    List<SopVersion> findLatestOfEachSop();

    /** The newest version of each of these SOPs. */
    @Query("select v from SopVersion v where v.sopId in :sopIds and v.revision = "
            + "(select max(w.revision) from SopVersion w where w.sopId = v.sopId)")
    List<SopVersion> findLatestOf(java.util.Collection<Long> sopIds);

    /** Versions of other SOPs carrying this Nomor SOP. */
    @Query("select count(v) > 0 from SopVersion v where v.number = :number and v.sopId <> :sopId")
    boolean numberUsedByAnotherSop(String number, Long sopId);

    List<SopVersion> findByTemplateVersionIdIn(java.util.Collection<Long> templateVersionIds);

    List<SopVersion> findByStatusOrderByUpdatedAtDesc(id.baku.design.VersionStatus status);
}
