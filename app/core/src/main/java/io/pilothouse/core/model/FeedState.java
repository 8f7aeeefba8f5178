package io.pilothouse.core.model;

/** Where a live inventory stands with its host. */
public enum FeedState {
    /** Taking the first snapshot. */
    LOADING,
    /** Snapshot taken, following the event stream. */
    LIVE,
    /** The event stream broke; reconnecting with backoff (the last snapshot stays readable). */
    RECONNECTING,
    /** Closed; no more changes come. */
    CLOSED
}
