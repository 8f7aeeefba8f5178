package io.pilothouse.core.workflows.scale;

/** The proxy's own test refused a new configuration: it was not loaded and the old one is back in place. */
public final class ProxyConfigRejected extends IllegalStateException {

    public ProxyConfigRejected(String message) {
        super(message);
    }
}
