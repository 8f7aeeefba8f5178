package io.pilothouse.desktop.ui.hosts;

/** The three ways to reach an engine, as the editor names them. */
public enum TransportKind {
    LOCAL_SOCKET("Local socket"),
    TLS("TCP + TLS"),
    SSH("SSH");

    private final String label;

    TransportKind(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
