package io.pilothouse.cli;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.SshTransport;
import io.pilothouse.core.host.TlsTransport;
import io.pilothouse.core.host.TransportConfig;
import io.pilothouse.core.profiles.TransportParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** pilothouse hosts add NAME --url URL */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Saves a host.",
                "Passphrases are never stored: only the path of the key file is saved, and 'hosts test' "
                        + "asks for the passphrase on the terminal or reads it from --passphrase-file each time."})
final class HostsAddCommand extends CatalogCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "The host's name (letters, digits, . _ -).")
    String name;

    @Option(names = "--url", required = true, paramLabel = "URL",
            description = "unix:///PATH, tcp://HOST:PORT (with --tls-dir) or ssh://USER@HOST[:PORT].")
    String url;

    @Mixin
    TransportOptionsMixin transport;

    @Option(names = "--environment", paramLabel = "NAME", defaultValue = "development",
            description = "production, staging, development or a name of your own (default: ${DEFAULT-VALUE}).")
    String environment;

    @Option(names = "--passphrase-file", hidden = true, paramLabel = "FILE")
    String passphraseFile;

    HostsAddCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        if (passphraseFile != null) {
            throw new CliFailure(ExitStatus.USAGE, "hosts add never stores a passphrase: it saves only the key "
                    + "file (--identity); give --passphrase-file to 'hosts test' instead");
        }
        TransportConfig config = new TransportParser().parse(url, transport.toOptions());
        HostProfile profile = HostProfile.create(name, config, Environment.of(environment));
        HostProfile added = openCatalog().add(profile);
        context.out().println("Added host " + added.name() + ": " + added.transport().url()
                + " (" + added.environment().name() + ")");
        warnAboutMissingFiles(config);
        return ExitStatus.OK.code();
    }

    private void warnAboutMissingFiles(TransportConfig config) {
        if (config instanceof TlsTransport tls) {
            for (Path p : new Path[]{tls.caPath(), tls.certPath(), tls.keyPath()}) {
                if (!Files.isRegularFile(p)) {
                    context.err().println("pilothouse: warning: " + p + " does not exist yet; connecting will fail until it does");
                }
            }
        } else if (config instanceof SshTransport ssh && ssh.identityFile() != null
                && !Files.isRegularFile(Path.of(ssh.identityFile()))) {
            context.err().println("pilothouse: warning: the key file " + ssh.identityFile() + " does not exist yet");
        }
    }
}
