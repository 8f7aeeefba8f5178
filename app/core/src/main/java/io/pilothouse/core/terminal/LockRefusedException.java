package io.pilothouse.core.terminal;

/** The locks could not be taken; nothing is held. The message is the sentence to show. */
public final class LockRefusedException extends RuntimeException {

    private final transient LockHolder holder;

    public LockRefusedException(String message, LockHolder holder) {
        super(message);
        this.holder = holder;
    }

    /** Who holds the contested path, when another session does. */
    public java.util.Optional<LockHolder> holder() {
        return java.util.Optional.ofNullable(holder);
    }
}
