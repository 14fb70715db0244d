package id.baku.shared.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * Baku's clock: UTC now, except on a thread that is replaying history ({@link #at}) — the demo pemda's
 * generated run history goes through the real services at the times it pretends things happened.
 */
public final class BakuClock extends Clock {

    private static final ThreadLocal<Instant> REPLAYED = new ThreadLocal<>();

    /** Runs the work with this thread's clock standing at the given instant. */
    public static <T> T at(Instant instant, Supplier<T> work) {
        Instant before = REPLAYED.get();
        REPLAYED.set(instant);
        try {
            return work.get();
        } finally {
            if (before == null) {
                REPLAYED.remove();
            } else {
                REPLAYED.set(before);
            }
        }
    }

    /** The instant this thread is replaying, if it is: for other clocks (the tests') to honour. */
    public static java.util.Optional<Instant> replayed() {
        return java.util.Optional.ofNullable(REPLAYED.get());
    }

    @Override
    public Instant instant() {
        Instant replayed = REPLAYED.get();
        return replayed != null ? replayed : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? this : new Zoned(this, zone);
    }

    /** The same instants seen in another zone (for "today in the pemda"). */
    private static final class Zoned extends Clock {
        private final BakuClock clock;
        private final ZoneId zone;

        Zoned(BakuClock clock, ZoneId zone) {
            this.clock = clock;
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return clock.withZone(zone);
        }
    }
}
