package io.pilothouse.core.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where Pilothouse keeps its files: profiles under $XDG_CONFIG_HOME/pilothouse (default
 * ~/.config/pilothouse), the journal and backups under $XDG_DATA_HOME/pilothouse (default
 * ~/.local/share/pilothouse). The desktop app and the CLI use the same ones.
 */
public record AppDirectories(Path configDir, Path dataDir, Path home) {

    public AppDirectories {
        Objects.requireNonNull(configDir, "configDir");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(home, "home");
    }

    public static AppDirectories fromEnvironment() {
        return from(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public static AppDirectories from(Map<String, String> env, Path home) {
        Path config = xdg(env.get("XDG_CONFIG_HOME"), home.resolve(".config"));
        Path data = xdg(env.get("XDG_DATA_HOME"), home.resolve(".local").resolve("share"));
        return new AppDirectories(config.resolve("pilothouse"), data.resolve("pilothouse"), home);
    }

    private static Path xdg(String value, Path fallback) {
        // the XDG spec: a relative path is invalid and must be ignored
        if (value == null || value.isBlank() || !value.startsWith("/")) {
            return fallback;
        }
        return Path.of(value);
    }

    public Path profilesFile() {
        return configDir.resolve("profiles.json");
    }

    public Path knownHostsFile() {
        return configDir.resolve("known_hosts");
    }

    public Path journalFile() {
        return dataDir.resolve("journal.jsonl");
    }

    /** Lock files of the plans running now, one per host (see the ops package's HostLock). */
    public Path locksDir() {
        return dataDir.resolve("run");
    }

    /** Where plans saved from the wizards go by default. */
    public Path plansDir() {
        return dataDir.resolve("plans");
    }

    public Path userSshDir() {
        return home.resolve(".ssh");
    }

    public Path dockerConfigDir() {
        return home.resolve(".docker");
    }
}
