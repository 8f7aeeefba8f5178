package io.pilothouse.core.workflows.upgrade;

/** How one service of a platform upgrade ended, with the sentence a person reads. */
public record ServiceOutcome(String service, Kind kind, String message) {

    public enum Kind {
        /** Runs the new image. */
        UPGRADED,
        /** Its upgrade failed and was taken back: the old container runs again. */
        FAILED_UNDONE,
        /** Not reached: left as it was. */
        NOT_UPGRADED
    }
}
