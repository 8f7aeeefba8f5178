package io.pilothouse.core.inventory;

/**
 * When to publish the next change: at once if the last publication is at least a window old,
 * otherwise when the window ends. Everything that happens until then goes into that one change.
 */
public final class PublishThrottle {

    private final long windowNanos;
    private long lastPublishNanos;
    private boolean published;

    public PublishThrottle(long windowNanos) {
        this.windowNanos = windowNanos;
    }

    /** How long from {@code nowNanos} until the next publication may happen (0 = now). */
    public long delayNanos(long nowNanos) {
        if (!published) {
            return 0;
        }
        long due = lastPublishNanos + windowNanos;
        return Math.max(0, due - nowNanos);
    }

    public void publishedAt(long nowNanos) {
        lastPublishNanos = nowNanos;
        published = true;
    }
}
