package io.pilothouse.cli;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.profiles.HostCatalog;
import io.pilothouse.core.profiles.ProfileStore;

import java.io.PrintWriter;
import java.util.Map;

/** What every command works with: the directories, the output streams, the terminal and the connector. */
public record CliContext(AppDirectories dirs, PrintWriter out, PrintWriter err, Terminal terminal,
                         Map<String, String> env, HostConnector connector) {

    /** The real process: XDG directories, stdout/stderr, the console, real connections. */
    public static CliContext system() {
        AppDirectories dirs = AppDirectories.fromEnvironment();
        return new CliContext(dirs, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                new SystemTerminal(), System.getenv(), new ConnectionFactory(dirs)::connect);
    }

    public CliContext withConnector(HostConnector other) {
        return new CliContext(dirs, out, err, terminal, env, other);
    }

    public Journal journal() {
        return new Journal(dirs.journalFile());
    }

    public HostCatalog catalog() {
        return new HostCatalog(new ProfileStore(dirs.profilesFile()), journal());
    }
}
