package io.pilothouse.core.workflows.backup;

/** The outcome of re-reading one backup end to end: fine, or the sentence that says what differs. */
public record VerifyResult(String name, boolean ok, String sentence) {
}
