package io.pilothouse.core.inventory;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link HostInventory} talks to its engine.
 *
 * @param callTimeout    the limit for each list or inspect call
 * @param parallelism    how many calls run at once (inspects of the first snapshot, refreshes)
 * @param publishWindow  listeners hear at most one change per window
 * @param firstBackoff   the first wait after the event stream broke; doubled up to {@code maxBackoff}
 */
public record InventoryOptions(Duration callTimeout, int parallelism, Duration publishWindow,
                               Duration firstBackoff, Duration maxBackoff) {

    public InventoryOptions {
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(publishWindow, "publishWindow");
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1");
        }
    }

    public static InventoryOptions defaults() {
        return new InventoryOptions(Duration.ofSeconds(15), 16, Duration.ofMillis(100),
                Duration.ofMillis(250), Duration.ofSeconds(15));
    }

    public InventoryOptions withBackoff(Duration first, Duration max) {
        return new InventoryOptions(callTimeout, parallelism, publishWindow, first, max);
    }
}
