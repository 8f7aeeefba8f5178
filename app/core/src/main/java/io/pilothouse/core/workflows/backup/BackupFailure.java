package io.pilothouse.core.workflows.backup;

/** A backup, restore or copy that could not be done, with the sentence a person reads. */
public final class BackupFailure extends RuntimeException {

    public BackupFailure(String sentence) {
        super(sentence);
    }

    public BackupFailure(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
