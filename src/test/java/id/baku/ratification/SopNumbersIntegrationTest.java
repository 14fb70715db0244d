package id.baku.ratification;

import id.baku.tenant.TenantContext;
import id.baku.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Nomor SOP from the real database: concurrent signers, failed ratifications, a new year. */
@IntegrationTest
class SopNumbersIntegrationTest {

    private static final String PATTERN = "{nomor}/000.8.3.3/{bulan}/{tahun}";

    @Autowired SopNumbers numbers;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void signers_ratifying_at_the_same_instant_get_consecutive_numbers_without_gaps_or_duplicates() throws Exception {
        long tenant = tenantId("kabupaten-mojokerto");
        LocalDate day = LocalDate.of(2031, 5, 2);
        int before = lastValueIn(tenant, 2031);
        int signers = 8;
        int each = 5;
        ExecutorService pool = Executors.newFixedThreadPool(signers);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<String> given = new ConcurrentLinkedQueue<>();
        List<Future<?>> runs = new ArrayList<>();
        for (int s = 0; s < signers; s++) {
            runs.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    TenantContext.runAs(tenant, () -> given.add(transactions.execute(tx -> {
                        String number = numbers.allocate(PATTERN, day, n -> false);
                        sleepBriefly(); // hold the lock a moment, as a ratification does its work
                        return number;
                    })));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        List<String> expected = new ArrayList<>();
        for (int n = before + 1; n <= before + signers * each; n++) {
            expected.add(n + "/000.8.3.3/V/2031");
        }
        assertThat(given).hasSize(signers * each).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void a_failed_ratification_gives_its_number_back_and_a_new_year_starts_at_one() {
        long tenant = tenantId("kabupaten-lamandau");
        LocalDate day = LocalDate.of(2032, 1, 10);
        String first = TenantContext.callAs(tenant, () -> transactions.execute(tx -> numbers.allocate(PATTERN, day, n -> false)));
        assertThat(first).isEqualTo("1/000.8.3.3/I/2032");
        assertThatThrownBy(() -> TenantContext.runAs(tenant, () -> transactions.executeWithoutResult(tx -> {
            numbers.allocate(PATTERN, day, n -> false);
            throw new IllegalStateException("signature refused");
        }))).hasMessage("signature refused");
        String next = TenantContext.callAs(tenant, () -> transactions.execute(tx ->
                numbers.allocate(PATTERN, day, Set.of("2/000.8.3.3/I/2032")::contains)));
        assertThat(next).as("2 is taken by an SOP numbered outside Baku").isEqualTo("3/000.8.3.3/I/2032");
        String nextYear = TenantContext.callAs(tenant, () -> transactions.execute(tx ->
                numbers.allocate(PATTERN, LocalDate.of(2033, 2, 1), n -> false)));
        assertThat(nextYear).isEqualTo("1/000.8.3.3/II/2033");
        assertThatThrownBy(() -> numbers.allocate(PATTERN, day, n -> false))
                .as("only inside a ratification's transaction").isInstanceOf(RuntimeException.class);
    }

    private int lastValueIn(long tenant, int year) {
        return jdbc.sql("select case when year = ? then last_value else 0 end from sop_number_sequence where tenant_id = ?")
                .params(year, tenant).query(Integer.class).single();
    }

    private long tenantId(String code) {
        return jdbc.sql("select id from tenant where code = ?").param(code).query(Long.class).single();
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
