package io.pilothouse.core.host.ssh;

import io.pilothouse.core.config.AppDirectories;

import java.nio.file.Path;

/** Directories for unit tests (no test engine needed, unlike {@link SshFixtures}). */
final class SshFixturesForUnits {

    private SshFixturesForUnits() {
    }

    static AppDirectories dirs(Path home) {
        return new AppDirectories(home.resolve(".config/pilothouse"), home.resolve(".local/share/pilothouse"), home);
    }
}
