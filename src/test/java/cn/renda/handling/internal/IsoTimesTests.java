package cn.renda.handling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The snapshot's own date and timestamp reader gives exactly what java.time's formatter gives. */
class IsoTimesTests {

    @Test
    void timestampsAsPostgresWritesThemReadAsTheFormatterReadsThem() {
        for (String v : new String[] {
            "2026-12-07T20:47:25.123456+00:00",
            "2026-12-07T20:47:25+08:00",
            "2026-12-07T04:47:25.1-05:30",
            "2024-02-29T23:59:59.999999999+14:00",
            "2026-01-01T00:00:00.5Z",
            "2026-01-01T00:00:00.000001+00:00:00"
        }) {
            assertThat(IsoTimes.utc(v)).as(v).isEqualTo(OffsetDateTime.parse(v).withOffsetSameInstant(ZoneOffset.UTC));
            assertThat(IsoTimes.utc(v).getOffset()).isEqualTo(ZoneOffset.UTC);
        }
    }

    @Test
    void randomInstantsAndOffsetsRoundTrip() {
        Random random = new Random(11);
        for (int i = 0; i < 10_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(1_000_000_000));
            ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(28 * 4) - 14 * 4) * 15 * 60);
            String v = OffsetDateTime.ofInstant(at, offset).toString();
            assertThat(IsoTimes.utc(v)).as(v).isEqualTo(OffsetDateTime.parse(v).withOffsetSameInstant(ZoneOffset.UTC));
            String day = LocalDate.ofEpochDay(random.nextInt(40_000)).toString();
            assertThat(IsoTimes.date(day)).isEqualTo(LocalDate.parse(day));
        }
    }

    @Test
    void notADateIsRefusedAsTheFormatterRefusesIt() {
        assertThatThrownBy(() -> IsoTimes.date("2026-02-30")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> IsoTimes.date("2026-2-3")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> IsoTimes.utc("2026-12-07T25:00:00+00:00")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> IsoTimes.utc("2026-12-07 20:00:00+00")).isInstanceOf(DateTimeException.class);
    }
}
