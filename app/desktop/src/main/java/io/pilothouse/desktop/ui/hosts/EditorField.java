package io.pilothouse.desktop.ui.hosts;

/** The host editor's inputs that can be wrong, each checked on its own. */
public enum EditorField {
    NAME, SOCKET_PATH, TLS_HOST, TLS_PORT, CERT_DIR, CA_FILE, CERT_FILE, KEY_FILE,
    SSH_HOST, SSH_PORT, IDENTITY_FILE, KNOWN_HOSTS_FILE, REMOTE_SOCKET, ENVIRONMENT
}
