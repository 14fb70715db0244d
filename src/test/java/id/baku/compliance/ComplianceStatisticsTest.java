package id.baku.compliance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComplianceStatisticsTest {

    @Test
    void a_step_falls_in_the_tenth_of_its_standard_it_took() {
        assertThat(ComplianceStatistics.bucket(0, 10)).isZero();
        assertThat(ComplianceStatistics.bucket(5 * 60, 10)).isEqualTo(5);
        assertThat(ComplianceStatistics.bucket(10 * 60, 10)).isEqualTo(10);
        assertThat(ComplianceStatistics.bucket(10 * 60 + 59, 10)).isEqualTo(10);
        assertThat(ComplianceStatistics.bucket(11 * 60, 10)).isEqualTo(11);
        assertThat(ComplianceStatistics.bucket(10 * 3600, 10)).as("three times and more").isEqualTo(30);
        assertThat(ComplianceStatistics.bucket(600, 0)).as("no Waktu, no bucket").isNull();
    }

    @Test
    void p90_is_the_upper_edge_of_the_bucket_holding_it() {
        int[] histogram = new int[31];
        histogram[5] = 8;   // 8 of 10 took 50-60 %
        histogram[12] = 2;  // 2 of 10 took 120-130 %
        assertThat(ComplianceService.p90(histogram, 60)).isEqualTo(78.0);
        histogram[12] = 1;
        histogram[5] = 9;
        assertThat(ComplianceService.p90(histogram, 60)).isEqualTo(36.0);
        assertThat(ComplianceService.p90(null, 60)).isNull();
        assertThat(ComplianceService.p90(new int[31], 60)).isNull();
    }
}
