package io.pilothouse.desktop.ui.hosts;

import io.pilothouse.core.host.ConnectionFailure;

import java.util.Objects;
import java.util.Optional;

/**
 * Something the main window must tell the person: a problem sentence, and the failure when it is
 * one. An interrupting notice answers an action the person just took (a dialog); the others stay
 * in the window until closed.
 */
public record Notice(Severity severity, boolean interrupting, String title, String sentence,
                     Optional<ConnectionFailure> failure) {

    public enum Severity { INFO, WARNING, ERROR }

    public Notice {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(failure, "failure");
    }

    /** A problem found on the way (start-up): shown in the window. */
    public static Notice warning(String title, String sentence) {
        return new Notice(Severity.WARNING, false, title, sentence, Optional.empty());
    }

    /** The outcome of something the person asked for, worth reading but not an error: shown in the window. */
    public static Notice info(String title, String sentence) {
        return new Notice(Severity.INFO, false, title, sentence, Optional.empty());
    }

    /** Something that went wrong without an action asking for it: shown in the window. */
    public static Notice problem(String title, String sentence) {
        return new Notice(Severity.ERROR, false, title, sentence, Optional.empty());
    }

    /** The action the person took failed: an error dialog. */
    public static Notice error(String title, String sentence) {
        return new Notice(Severity.ERROR, true, title, sentence, Optional.empty());
    }

    /** Connecting, as the person asked, failed: the error dialog with the failure's sentence. */
    public static Notice of(String title, ConnectionFailure failure) {
        return new Notice(Severity.ERROR, true, title, failure.getMessage(), Optional.of(failure));
    }
}
