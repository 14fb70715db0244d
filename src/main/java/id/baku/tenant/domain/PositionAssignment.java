package id.baku.tenant.domain;

import jakarta.persistence.Embeddable;

/** A position a user holds, definitively or as Plt. (acting). */
@Embeddable
public record PositionAssignment(Long positionId, boolean acting) {
}
