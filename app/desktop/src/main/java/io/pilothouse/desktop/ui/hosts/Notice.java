package io.pilothouse.desktop.ui.hosts;

import io.pilothouse.core.host.ConnectionFailure;

import java.util.Objects;
import java.util.Optional;

/** Something the main window must tell the person: a problem sentence, and the failure when it is one. */
public record Notice(Severity severity, String title, String sentence, Optional<ConnectionFailure> failure) {

    public enum Severity { WARNING, ERROR }

    public Notice {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(failure, "failure");
    }

    public static Notice warning(String title, String sentence) {
        return new Notice(Severity.WARNING, title, sentence, Optional.empty());
    }

    public static Notice error(String title, String sentence) {
        return new Notice(Severity.ERROR, title, sentence, Optional.empty());
    }

    public static Notice of(String title, ConnectionFailure failure) {
        return new Notice(Severity.ERROR, title, failure.getMessage(), Optional.of(failure));
    }
}
