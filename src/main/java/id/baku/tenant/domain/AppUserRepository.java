package id.baku.tenant.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {
    List<AppUser> findAllByOrderByFullNameAsc();

    Optional<AppUser> findByUsername(String username);

    boolean existsByNip(String nip);

    Optional<AppUser> findByNip(String nip);

    List<AppUser> findAllByEmailIgnoreCase(String email);

    @Query("select count(u) > 0 from AppUser u join u.positions p where p.positionId = :positionId")
    boolean existsHolderOf(Long positionId);
}
