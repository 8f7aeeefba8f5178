package io.pilothouse.core.host.ssh;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Key passphrases kept in memory only, per key file, so that a reconnect does not ask again.
 * Every copy handed out or dropped is the caller's to clear; {@link #forget} and {@link #clear}
 * overwrite the stored characters.
 */
final class PassphraseCache {

    private final Map<String, char[]> byKeyFile = new HashMap<>();

    synchronized Optional<char[]> get(String keyFile) {
        char[] stored = byKeyFile.get(keyFile);
        return stored == null ? Optional.empty() : Optional.of(stored.clone());
    }

    synchronized void put(String keyFile, char[] passphrase) {
        char[] previous = byKeyFile.put(keyFile, passphrase.clone());
        if (previous != null) {
            Arrays.fill(previous, '\0');
        }
    }

    synchronized void forget(String keyFile) {
        char[] previous = byKeyFile.remove(keyFile);
        if (previous != null) {
            Arrays.fill(previous, '\0');
        }
    }

    synchronized boolean contains(String keyFile) {
        return byKeyFile.containsKey(keyFile);
    }

    synchronized void clear() {
        byKeyFile.values().forEach(p -> Arrays.fill(p, '\0'));
        byKeyFile.clear();
    }
}
