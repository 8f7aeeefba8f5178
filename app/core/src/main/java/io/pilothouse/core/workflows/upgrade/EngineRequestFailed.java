package io.pilothouse.core.workflows.upgrade;

/** The engine refused a request: its HTTP status and the sentence it gave. */
public final class EngineRequestFailed extends RuntimeException {

    private final int status;

    public EngineRequestFailed(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
