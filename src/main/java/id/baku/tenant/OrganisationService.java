package id.baku.tenant;

import id.baku.security.AppRoles;
import id.baku.shared.Checks;
import id.baku.shared.InvalidInputException;
import id.baku.shared.NotFoundException;
import id.baku.tenant.domain.AppUserRepository;
import id.baku.tenant.domain.OrgUnit;
import id.baku.tenant.domain.OrgUnitRepository;
import id.baku.tenant.domain.Position;
import id.baku.tenant.domain.PositionRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The pemda's organisation: units (perangkat daerah → bagian/bidang → sub bagian/tim kerja) and positions. */
@Service
public class OrganisationService {

    private final OrgUnitRepository units;
    private final PositionRepository positions;
    private final AppUserRepository users;

    OrganisationService(OrgUnitRepository units, PositionRepository positions, AppUserRepository users) {
        this.units = units;
        this.positions = positions;
        this.users = users;
    }

    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<UnitRecord> listUnits() {
        return units.findAllByOrderByNameAsc().stream().map(OrganisationService::record).toList();
    }

    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<UnitRecord> findUnit(long id) {
        return units.findById(id).map(OrganisationService::record);
    }

    @RolesAllowed(AppRoles.TENANT_ADMIN)
    @Transactional
    public UnitRecord saveUnit(UnitRecord unit) {
        String name = Checks.required("name", unit.name(), 255);
        UnitKind kind = Checks.present("kind", unit.kind());
        if (unit.parentId() != null) {
            units.findById(unit.parentId()).orElseThrow(() -> new InvalidInputException("parentId", "unit.error.parent"));
        }
        OrgUnit entity;
        if (unit.id() == null) {
            entity = new OrgUnit(unit.parentId(), name, kind);
        } else {
            entity = units.findById(unit.id()).orElseThrow(() -> new NotFoundException("unit", unit.id()));
            Checks.sameVersion(unit.version(), entity.getVersion());
            if (unit.parentId() != null && createsCycle(unit.id(), unit.parentId())) {
                throw new InvalidInputException("parentId", "unit.error.cycle");
            }
            entity.setParentId(unit.parentId());
            entity.setName(name);
            entity.setKind(kind);
        }
        return record(units.saveAndFlush(entity));
    }

    @RolesAllowed(AppRoles.TENANT_ADMIN)
    @Transactional
    public void deleteUnit(long id) {
        OrgUnit unit = units.findById(id).orElseThrow(() -> new NotFoundException("unit", id));
        if (units.existsByParentId(id)) {
            throw new InvalidInputException("unit.error.has-children");
        }
        if (positions.existsByUnitId(id)) {
            throw new InvalidInputException("unit.error.has-positions");
        }
        units.delete(unit);
    }

    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<PositionRecord> listPositions() {
        return positions.findAllByOrderByNameAsc().stream().map(OrganisationService::record).toList();
    }

    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<PositionRecord> findPosition(long id) {
        return positions.findById(id).map(OrganisationService::record);
    }

    @RolesAllowed(AppRoles.TENANT_ADMIN)
    @Transactional
    public PositionRecord savePosition(PositionRecord position) {
        String name = Checks.required("name", position.name(), 255);
        if (position.unitId() != null) {
            units.findById(position.unitId()).orElseThrow(() -> new InvalidInputException("unitId", "unit.error.parent"));
        }
        positions.findByName(name).filter(other -> !other.getId().equals(position.id())).ifPresent(other -> {
            throw new InvalidInputException("name", "position.error.name-taken");
        });
        Position entity;
        if (position.id() == null) {
            entity = new Position(position.unitId(), name, position.unitHead());
        } else {
            entity = positions.findById(position.id()).orElseThrow(() -> new NotFoundException("position", position.id()));
            Checks.sameVersion(position.version(), entity.getVersion());
            entity.setUnitId(position.unitId());
            entity.setName(name);
            entity.setUnitHead(position.unitHead());
        }
        return record(positions.saveAndFlush(entity));
    }

    @RolesAllowed(AppRoles.TENANT_ADMIN)
    @Transactional
    public void deletePosition(long id) {
        Position position = positions.findById(id).orElseThrow(() -> new NotFoundException("position", id));
        if (users.existsHolderOf(id)) {
            throw new InvalidInputException("position.error.held");
        }
        positions.delete(position);
    }

    private boolean createsCycle(long unitId, long newParentId) {
        Map<Long, Long> parents = new HashMap<>();
        units.findAll().forEach(u -> parents.put(u.getId(), u.getParentId()));
        for (Long cursor = newParentId; cursor != null; cursor = parents.get(cursor)) {
            if (cursor == unitId) {
                return true;
            }
        }
        return false;
    }

    private static UnitRecord record(OrgUnit u) {
        return new UnitRecord(u.getId(), u.getParentId(), u.getName(), u.getKind(), u.getVersion());
    }

    private static PositionRecord record(Position p) {
        return new PositionRecord(p.getId(), p.getUnitId(), p.getName(), p.isUnitHead(), p.getVersion());
    }
}
