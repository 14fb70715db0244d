package id.baku.ratification;

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
 * The route of a unit's SOPs, read from the organisation: the heads of the units from the SOP's
 * own unit up to (not including) its perangkat daerah review, lowest first; the head of the
 * perangkat daerah signs.
 */
@Component
class ApprovalRoutes {

    private final OrganisationService organisation;

    ApprovalRoutes(OrganisationService organisation) {
        this.organisation = organisation;
    }

    ApprovalRoute of(long unitId) {
        Map<Long, UnitRecord> units = organisation.listUnits().stream()
                .collect(Collectors.toMap(UnitRecord::id, Function.identity()));
        List<PositionRecord> positions = organisation.listPositions();
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
