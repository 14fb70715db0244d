package id.baku.ratification;

import id.baku.ratification.domain.ConfiguredRoute;
import id.baku.ratification.domain.ConfiguredRouteRepository;
import id.baku.tenant.OrganisationService;
import id.baku.tenant.PositionRecord;
import id.baku.tenant.UnitRecord;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The route of a unit's SOPs: the one the tenant admin set for the unit, or else the one read
 * from the organisation — the heads of the units from the SOP's own unit up to (not including)
 * its perangkat daerah review, lowest first; the head of the perangkat daerah signs.
 */
@Component
class ApprovalRoutes {

    private final OrganisationService organisation;
    private final ConfiguredRouteRepository configured;

    ApprovalRoutes(OrganisationService organisation, ConfiguredRouteRepository configured) {
        this.organisation = organisation;
        this.configured = configured;
    }

    /** The unit's own route when the tenant admin set one, else the one read from the organisation. */
    ApprovalRoute of(long unitId) {
        return configured.findByUnitId(unitId)
                .map(r -> new ApprovalRoute(r.getReviewerPositionIds(), r.getSignerPositionId()))
                .orElseGet(() -> fromOrganisation(unitId));
    }

    List<Long> configuredUnits() {
        return configured.findAll().stream().map(ConfiguredRoute::getUnitId).toList();
    }

    boolean isConfigured(long unitId) {
        return configured.findByUnitId(unitId).isPresent();
    }

    /** Sets the unit's own route, or (with {@code route} null) goes back to the organisation's. */
    void configure(long unitId, ApprovalRoute route) {
        var existing = configured.findByUnitId(unitId);
        if (route == null) {
            existing.ifPresent(configured::delete);
            return;
        }
        ConfiguredRoute entity = existing.orElseGet(() -> new ConfiguredRoute(unitId));
        entity.set(route.reviewerPositionIds(), route.signerPositionId());
        configured.save(entity);
    }

    /** Every unit's route, with the organisation read once (for the route overview). */
    Map<Long, ApprovalRoute> ofAll() {
        Map<Long, UnitRecord> units = units();
        List<PositionRecord> positions = organisation.listPositions();
        Map<Long, ApprovalRoute> all = new java.util.HashMap<>();
        units.keySet().forEach(id -> all.put(id, fromOrganisation(id, units, positions)));
        configured.findAll().forEach(r -> all.put(r.getUnitId(),
                new ApprovalRoute(r.getReviewerPositionIds(), r.getSignerPositionId())));
        return all;
    }

    private Map<Long, UnitRecord> units() {
        return organisation.listUnits().stream().collect(Collectors.toMap(UnitRecord::id, Function.identity()));
    }

    private ApprovalRoute fromOrganisation(long unitId) {
        return fromOrganisation(unitId, units(), organisation.listPositions());
    }

    private static ApprovalRoute fromOrganisation(long unitId, Map<Long, UnitRecord> units,
                                                  List<PositionRecord> positions) {
        List<UnitRecord> chain = new ArrayList<>();
        for (UnitRecord u = units.get(unitId); u != null; u = u.parentId() == null ? null : units.get(u.parentId())) {
            chain.add(u);
        }
        if (chain.isEmpty()) {
            return new ApprovalRoute(List.of(), null);
        }
        UnitRecord top = chain.getLast();
        List<Long> reviewers = chain.subList(0, chain.size() - 1).stream()
                .map(u -> head(u, positions)).flatMap(Optional::stream).toList();
        return new ApprovalRoute(reviewers, head(top, positions).orElse(null));
    }

    private static Optional<Long> head(UnitRecord unit, List<PositionRecord> positions) {
        return positions.stream().filter(p -> unit.id().equals(p.unitId()) && p.unitHead())
                .map(PositionRecord::id).findFirst();
    }
}
