package id.baku.ratification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A unit's own route: reviewer positions in order (kept as "12,15") and the signer's position. */
@Entity
@Table(name = "approval_route")
public class ConfiguredRoute {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @TenantId
    private Long tenantId;
    private Long unitId;
    private String reviewerPositions;
    private Long signerPositionId;

    protected ConfiguredRoute() {
    }

    public ConfiguredRoute(Long unitId) {
        this.unitId = unitId;
    }

    public void set(List<Long> reviewers, Long signer) {
        this.reviewerPositions = reviewers.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.signerPositionId = signer;
    }

    public Long getUnitId() { return unitId; }
    public Long getSignerPositionId() { return signerPositionId; }

    public List<Long> getReviewerPositionIds() {
        return reviewerPositions == null || reviewerPositions.isBlank() ? List.of()
                : Arrays.stream(reviewerPositions.split(",")).map(Long::valueOf).toList();
    }
}
