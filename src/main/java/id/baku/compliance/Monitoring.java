package id.baku.compliance;

import java.time.Instant;
import java.util.List;

/**
 * A Formulir Monitoring Pelaksanaan SOP AP: a unit's SOPs in one half-year. Once final it carries the
 * monitor (penilai) who signed it and can no longer change.
 *
 * @param mayEdit  whether the signed-in user may fill it in
 */
public record Monitoring(long id, long unitId, String unitName, HalfYear period,
                         boolean finalised, String monitorName, String monitorNip, String monitorPosition,
                         Instant finalisedAt, String updatedByName, Instant updatedAt, List<MonitoringRow> rows,
                         int version, boolean mayEdit) {
}
