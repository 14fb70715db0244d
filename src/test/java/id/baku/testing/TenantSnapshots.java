package id.baku.testing;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every pemda's rows as a fingerprint: per table, the row count and an order-free sum of each row's SHA-256 over
 * all its columns. Two equal snapshots mean nothing of that pemda was inserted, changed or deleted. Tables are
 * found in the schema, so a new tenant-owned table is covered without touching this class.
 */
public final class TenantSnapshots {

    /** Tables without a tenant_id that belong to a pemda through their parent row. */
    private static final Map<String, String> CHILD_TABLES = Map.of(
            "app_user_role", "app_user on app_user.id = c.user_id",
            "app_user_position", "app_user on app_user.id = c.user_id",
            "monitoring_item", "monitoring_form on monitoring_form.id = c.form_id",
            "evaluation_answer", "evaluation_form on evaluation_form.id = c.form_id");
    /** Tables that belong to no pemda. */
    private static final Set<String> GLOBAL_TABLES = Set.of("platform_user", "job_lease", "databasechangelog",
            "databasechangeloglock");

    private TenantSnapshots() {
    }

    /** One pemda: table → "rows:hash" (tables without a row of it are left out). */
    public static Map<String, String> of(JdbcClient jdbc, long tenantId) {
        return all(jdbc).getOrDefault(tenantId, Map.of());
    }

    /** Every pemda by tenant id. */
    public static Map<Long, Map<String, String>> all(JdbcClient jdbc) {
        Map<String, List<String>> columns = new TreeMap<>();
        jdbc.sql("select lower(table_name), column_name from information_schema.columns where table_schema = database() "
                        + "order by table_name, ordinal_position")
                .query((rs, n) -> columns.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        Map<Long, Map<String, String>> snapshot = new TreeMap<>();
        for (var table : columns.entrySet()) {
            String name = table.getKey();
            String owner;
            String from;
            if (table.getValue().contains("tenant_id")) {
                owner = "c.tenant_id";
                from = name + " c";
            } else if (CHILD_TABLES.containsKey(name)) {
                String parent = CHILD_TABLES.get(name);
                owner = parent.substring(0, parent.indexOf(' ')) + ".tenant_id";
                from = name + " c join " + parent;
            } else if (name.equals("tenant")) {
                owner = "c.id";
                from = "tenant c";
            } else if (GLOBAL_TABLES.contains(name)) {
                continue;
            } else {
                throw new IllegalStateException("Table " + name + " has no tenant_id: add it to CHILD_TABLES or GLOBAL_TABLES");
            }
            // 60 bits of each row's SHA-256, summed exactly as DECIMAL (floating point would depend on row order).
            String rowHash = "cast(conv(left(sha2(concat_ws('|', " + table.getValue().stream()
                    .map(c -> "coalesce(c.`" + c + "`, '(null)')").collect(Collectors.joining(", "))
                    + "), 256), 15), 16, 10) as unsigned)";
            jdbc.sql("select " + owner + ", count(*), sum(" + rowHash + ") from " + from + " group by " + owner)
                    .query((rs, n) -> snapshot.computeIfAbsent(rs.getLong(1), t -> new TreeMap<>())
                            .put(name, rs.getLong(2) + ":" + rs.getString(3)))
                    .list();
        }
        return snapshot;
    }
}
