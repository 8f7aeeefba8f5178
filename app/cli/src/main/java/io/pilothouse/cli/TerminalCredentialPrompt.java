package io.pilothouse.cli;

import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.host.HostKey;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Answers a connection's questions on the command line: the passphrase from --passphrase-file or
 * the terminal, and a new host key from --accept-new-host-key or a yes/no question on the terminal.
 * Without a terminal, an unknown host key is refused.
 */
final class TerminalCredentialPrompt implements CredentialPrompt, AutoCloseable {

    private final char[] passphraseFromFile;
    private final boolean acceptNewHostKey;
    private final Terminal terminal;
    private final PrintWriter err;
    private volatile String fileRejectedFor;

    TerminalCredentialPrompt(char[] passphraseFromFile, boolean acceptNewHostKey, Terminal terminal, PrintWriter err) {
        this.passphraseFromFile = passphraseFromFile;
        this.acceptNewHostKey = acceptNewHostKey;
        this.terminal = terminal;
        this.err = err;
    }

    @Override
    public Optional<char[]> passphrase(String keyFile, boolean retry) {
        if (passphraseFromFile != null) {
            // the file holds one passphrase: when it was wrong, asking again would give the same
            if (retry) {
                fileRejectedFor = keyFile;
                return Optional.empty();
            }
            return Optional.of(passphraseFromFile.clone());
        }
        if (!terminal.interactive()) {
            return Optional.empty();
        }
        char[] typed = terminal.readPassword((retry ? "Wrong passphrase. " : "") + "Passphrase for " + keyFile + ": ");
        if (typed == null || typed.length == 0) {
            return Optional.empty();
        }
        return Optional.of(typed);
    }

    @Override
    public boolean acceptNewHostKey(HostKey key) {
        String described = key.type() + " key fingerprint " + key.sha256Fingerprint();
        if (acceptNewHostKey) {
            err.println("pilothouse: trusting the new host key of " + key.knownHostsName() + " (" + described
                    + ") as --accept-new-host-key asks");
            err.flush();
            return true;
        }
        if (!terminal.interactive()) {
            return false;
        }
        String question = "The host " + key.knownHostsName() + " is not known yet. Its " + described + ".\n"
                + "Compare it with the server's own; trust it and remember it? (yes/no): ";
        while (true) {
            String answer = terminal.readLine(question);
            if (answer == null) {
                return false;
            }
            switch (answer.strip().toLowerCase(Locale.ROOT)) {
                case "yes", "y" -> {
                    return true;
                }
                case "no", "n", "" -> {
                    return false;
                }
                default -> question = "Please answer yes or no: ";
            }
        }
    }

    /** The key file whose passphrase from --passphrase-file was not accepted, if any. */
    Optional<String> fileRejectedFor() {
        return Optional.ofNullable(fileRejectedFor);
    }

    /** Wipes the passphrase read from the file. */
    @Override
    public void close() {
        if (passphraseFromFile != null) {
            Arrays.fill(passphraseFromFile, '\0');
        }
    }
}
