package io.pilothouse.core.host;

import java.util.Optional;

/**
 * Asks the person at the keyboard for what a connection needs and cannot store: a key's passphrase,
 * or whether to trust a host key seen for the first time. The desktop answers with dialogs, the CLI
 * with a terminal prompt or its flags.
 */
public interface CredentialPrompt {

    /** The passphrase of the key at {@code keyFile}, or empty to give up. {@code retry} is true after a wrong one. */
    Optional<char[]> passphrase(String keyFile, boolean retry);

    /** Whether to trust and remember a host key seen for the first time. */
    boolean acceptNewHostKey(HostKey key);

    /** Never asks: no passphrase, unknown host keys refused. */
    CredentialPrompt NONE = new CredentialPrompt() {
        @Override
        public Optional<char[]> passphrase(String keyFile, boolean retry) {
            return Optional.empty();
        }

        @Override
        public boolean acceptNewHostKey(HostKey key) {
            return false;
        }
    };
}
