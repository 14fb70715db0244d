package id.baku.tenant.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    List<ApiToken> findByUserIdOrderByCreatedAtDesc(long userId);

    List<ApiToken> findAllByOrderByCreatedAtDesc();

    Optional<ApiToken> findByTokenHash(String tokenHash);

    @Query("select count(t) from ApiToken t where t.userId = :userId and t.revokedAt is null"
            + " and (t.expiresAt is null or t.expiresAt > :now)")
    long countActive(long userId, Instant now);
}
