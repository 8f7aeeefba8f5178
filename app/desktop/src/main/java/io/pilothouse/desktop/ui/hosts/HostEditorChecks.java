package io.pilothouse.desktop.ui.hosts;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.UnixSocketTransport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The sentence for each way an editor input can be wrong; empty when it is fine. */
final class HostEditorChecks {

    private HostEditorChecks() {
    }

    static Optional<String> name(String name, boolean taken) {
        if (name.isBlank()) {
            return Optional.of("Enter a name for the host");
        }
        Optional<String> invalid = sentence(() -> HostProfile.create(name.trim(), new UnixSocketTransport("/"), null));
        if (invalid.isPresent()) {
            return invalid;
        }
        return taken ? Optional.of("A host named '" + name.trim() + "' already exists") : Optional.empty();
    }

    static Optional<String> environment(String name) {
        if (name.isBlank()) {
            return Optional.of("Choose an environment or type a name for one");
        }
        return sentence(() -> Environment.of(name));
    }

    static Optional<String> required(String value, String sentence) {
        return value.isBlank() ? Optional.of(sentence) : Optional.empty();
    }

    static Optional<String> absolute(String value, String what) {
        return value.isBlank() || value.startsWith("/") ? Optional.empty()
                : Optional.of("The " + what + " '" + value + "' must be an absolute path");
    }

    /** Blank is allowed when {@code optional}; otherwise 1 to 65535. */
    static Optional<String> port(String value, boolean optional) {
        if (value.isBlank()) {
            return optional ? Optional.empty() : Optional.of("Enter the port (1 to 65535)");
        }
        try {
            int port = Integer.parseInt(value.trim());
            return port >= 1 && port <= 65535 ? Optional.empty()
                    : Optional.of("The port " + port + " is not between 1 and 65535");
        } catch (NumberFormatException e) {
            return Optional.of("The port '" + value.trim() + "' is not a number between 1 and 65535");
        }
    }

    static Optional<String> file(String value, String what, boolean optional) {
        if (value.isBlank()) {
            return optional ? Optional.empty() : Optional.of("Choose the " + what);
        }
        Path path = expand(value);
        if (!Files.isRegularFile(path)) {
            return Optional.of("The " + what + " " + path + " does not exist");
        }
        return Files.isReadable(path) ? Optional.empty() : Optional.of("The " + what + " " + path + " cannot be read");
    }

    static Optional<String> certFolder(String value) {
        if (value.isBlank()) {
            return Optional.of("Choose the certificate folder (with ca.pem, cert.pem and key.pem)");
        }
        Path dir = expand(value);
        if (!Files.isDirectory(dir)) {
            return Optional.of("The certificate folder " + dir + " does not exist");
        }
        for (String name : new String[] {"ca.pem", "cert.pem", "key.pem"}) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                return Optional.of("The certificate folder " + dir + " has no " + name);
            }
        }
        return Optional.empty();
    }

    /** A leading ~ is the user's home. */
    static Path expand(String value) {
        String v = value.trim();
        if (v.equals("~") || v.startsWith("~/")) {
            return Path.of(System.getProperty("user.home") + v.substring(1));
        }
        return Path.of(v);
    }

    private static Optional<String> sentence(Runnable construct) {
        try {
            construct.run();
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
