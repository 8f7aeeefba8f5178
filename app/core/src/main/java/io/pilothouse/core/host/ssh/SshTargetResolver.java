package io.pilothouse.core.host.ssh;

import com.jcraft.jsch.ConfigRepository;
import com.jcraft.jsch.OpenSSHConfig;
import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectionFailure;
import io.pilothouse.core.host.SshTransport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the user's OpenSSH client config ({@code ~/.ssh/config}: HostName, User, Port,
 * IdentityFile of a matching Host block) to a profile's SSH transport. What the profile says
 * wins over the config.
 */
final class SshTargetResolver {

    private final AppDirectories dirs;

    SshTargetResolver(AppDirectories dirs) {
        this.dirs = dirs;
    }

    Path configFile() {
        return dirs.userSshDir().resolve("config");
    }

    SshTarget resolve(SshTransport transport) {
        ConfigRepository.Config config = readConfig().map(c -> c.getConfig(transport.host())).orElse(null);

        String hostName = transport.host();
        String user = transport.user();
        Integer port = transport.port();
        List<Path> identities = new ArrayList<>();
        if (transport.identityFile() != null) {
            identities.add(expand(transport.identityFile()));
        }
        if (config != null) {
            String configured = config.getHostname();
            if (configured != null && !configured.isBlank()) {
                hostName = configured.replace("%h", transport.host());
            }
            if (user == null && config.getUser() != null && !config.getUser().isBlank()) {
                user = config.getUser();
            }
            if (port == null && config.getPort() > 0) {
                port = config.getPort();
            }
            if (identities.isEmpty()) {
                String[] files = config.getValues("IdentityFile");
                if (files != null) {
                    for (String file : files) {
                        if (file != null && !file.isBlank()) {
                            identities.add(expand(stripQuotes(file)));
                        }
                    }
                }
            }
        }
        if (user == null) {
            user = System.getProperty("user.name");
        }
        Path knownHosts = transport.knownHostsFile() != null
                ? expand(transport.knownHostsFile())
                : dirs.userSshDir().resolve("known_hosts");
        return new SshTarget(transport.host(), hostName, port != null ? port : 22, user, identities, knownHosts,
                transport.remoteSocketOrDefault());
    }

    private java.util.Optional<OpenSSHConfig> readConfig() {
        Path file = configFile();
        if (!Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(OpenSSHConfig.parseFile(file.toString()));
        } catch (IOException | RuntimeException e) {
            throw new ConnectionFailure(ConnectionFailure.Kind.OTHER,
                    "The SSH client configuration " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** {@code ~} and {@code ~/...} are the user's home; a relative path is taken from the home directory. */
    Path expand(String path) {
        String p = stripQuotes(path.trim());
        if (p.equals("~")) {
            return dirs.home();
        }
        if (p.startsWith("~/")) {
            return dirs.home().resolve(p.substring(2));
        }
        p = p.replace("%d", dirs.home().toString());
        Path result = Path.of(p);
        return result.isAbsolute() ? result : dirs.home().resolve(result);
    }

    private static String stripQuotes(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
