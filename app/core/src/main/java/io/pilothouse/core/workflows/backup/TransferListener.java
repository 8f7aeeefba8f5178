package io.pilothouse.core.workflows.backup;

/** Hears bytes move: {@code done} bytes of the tar stream so far. */
@FunctionalInterface
public interface TransferListener {

    void transferred(long done);

    TransferListener NONE = done -> { };
}
