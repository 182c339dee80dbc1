package vn.congvu.app.demo;

import java.time.Instant;
import java.util.Random;
import java.util.UUID;

/**
 * Record ids laid out like the app's own (UUID version 7: the creation millisecond first, then random
 * bits), but with the random bits drawn from the generator's seeded stream, so that the same seed gives
 * the same ids. Keeping the time first matters for more than looks: rows created in time order are
 * appended to the end of each primary-key index, as the app's real ids are.
 */
final class DemoIds {

    private final Random random;

    DemoIds(Random random) {
        this.random = random;
    }

    String next(Instant createdAt) {
        long millis = createdAt.toEpochMilli();
        long msb = (millis << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
        long lsb = 0x8000_0000_0000_0000L | (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL);
        return new UUID(msb, lsb).toString();
    }
}
