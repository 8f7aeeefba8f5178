package io.pilothouse.cli;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.profiles.HostCatalog;
import io.pilothouse.core.profiles.LocalEngineDetector;
import io.pilothouse.core.profiles.ProfileStore;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * What every command works with: the directories, the output streams, the terminal, the process
 * environment, the connector, and where to look for the local engine on a first start.
 */
public record CliContext(AppDirectories dirs, PrintWriter out, PrintWriter err, Terminal terminal,
                         Map<String, String> env, HostConnector connector, LocalEngineDetector detector) {

    /** The real process: XDG directories, stdout/stderr, the console, real connections. */
    public static CliContext system() {
        AppDirectories dirs = AppDirectories.fromEnvironment();
        return new CliContext(dirs, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                new SystemTerminal(), System.getenv(), new ConnectionFactory(dirs)::connect,
                new LocalEngineDetector(Path.of(UnixSocketTransport.DEFAULT_SOCKET), dirs.dockerConfigDir()));
    }

    public Journal journal() {
        return new Journal(dirs.journalFile());
    }

    public ProfileStore store() {
        return new ProfileStore(dirs.profilesFile());
    }
}
