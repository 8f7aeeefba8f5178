package io.pilothouse.cli;

import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFailure;
import io.pilothouse.core.host.EngineInfo;
import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.host.SshTransport;
import io.pilothouse.core.host.TransportConfig;
import io.pilothouse.core.host.UnknownHostKeyFailure;
import io.pilothouse.core.journal.ConnectionJournal;
import io.pilothouse.core.profiles.HostCatalog;
import io.pilothouse.core.profiles.TransportParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** pilothouse hosts test NAME | --url URL */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Connects to a saved host, or to an address, and prints what the engine reports.",
                "Passphrases are never stored: one is read from --passphrase-file or asked on the terminal."})
final class HostsTestCommand extends CatalogCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(HostsTestCommand.class);

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "A saved host's name.")
    String name;

    @Option(names = "--url", paramLabel = "URL",
            description = "Test this address instead of a saved host: unix:///PATH, tcp://HOST:PORT or ssh://USER@HOST[:PORT].")
    String url;

    @Mixin
    TransportOptionsMixin transport;

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "For ssh://: read the key's passphrase from this file (kept in memory only).")
    Path passphraseFile;

    @Option(names = "--accept-new-host-key",
            description = "Trust and remember an SSH host key seen for the first time without asking. "
                    + "Without it and without a terminal, an unknown key is refused.")
    boolean acceptNewHostKey;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    HostsTestCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        HostProfile profile = target();
        if (passphraseFile != null && !(profile.transport() instanceof SshTransport)) {
            throw new CliFailure(ExitStatus.USAGE, "--passphrase-file applies only to ssh:// hosts");
        }
        char[] passphrase = passphraseFile == null ? null : PassphraseFile.read(passphraseFile);
        ConnectionJournal journal = new ConnectionJournal(context.journal());
        try (TerminalCredentialPrompt prompt = new TerminalCredentialPrompt(passphrase, acceptNewHostKey,
                context.terminal(), context.err())) {
            EngineInfo info;
            try (HostSession session = context.connector().connect(profile, ConnectOptions.defaults(prompt))) {
                info = session.info();
            } catch (ConnectionFailure thrown) {
                ConnectionFailure failure = explain(thrown, prompt);
                record(() -> journal.connectFailed(profile, failure));
                return reportFailure(profile, failure);
            }
            record(() -> journal.connected(profile, info));
            printInfo(profile, info);
            return ExitStatus.OK.code();
        }
    }

    private HostProfile target() {
        if (name != null && url != null) {
            throw new CliFailure(ExitStatus.USAGE, "Give either a saved host's NAME or --url, not both");
        }
        if (name == null && url == null) {
            throw new CliFailure(ExitStatus.USAGE, "Give a saved host's NAME or an address with --url");
        }
        if (name != null) {
            if (!transport.isEmpty()) {
                throw new CliFailure(ExitStatus.USAGE, "--tls-dir, --identity, --known-hosts and --remote-socket go with "
                        + "--url; a saved host uses its own settings (change them with the desktop app or hosts add)");
            }
            HostCatalog catalog = openCatalog();
            return catalog.find(name).orElseThrow(() -> new CliFailure(ExitStatus.USAGE,
                    "There is no host named " + name + " (see: pilothouse hosts list)"));
        }
        TransportConfig config = new TransportParser().parse(url, transport.toOptions());
        return HostProfile.create(unsavedName(config), config, Environment.DEVELOPMENT);
    }

    /** A profile name for an address that is not saved: its host, made a valid name. */
    static String unsavedName(TransportConfig config) {
        String n = config.displayHost().replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[^A-Za-z0-9]+", "");
        if (n.length() > 63) {
            n = n.substring(0, 63);
        }
        return n.isEmpty() ? "unsaved" : n;
    }

    /** A passphrase from the file that did not unlock the key is said as such, not as "none was given". */
    private ConnectionFailure explain(ConnectionFailure failure, TerminalCredentialPrompt prompt) {
        if (failure.kind() == ConnectionFailure.Kind.SSH_PASSPHRASE_REQUIRED && prompt.fileRejectedFor().isPresent()) {
            return new ConnectionFailure(ConnectionFailure.Kind.SSH_WRONG_PASSPHRASE, "The passphrase in "
                    + passphraseFile + " does not unlock the SSH key " + prompt.fileRejectedFor().get() + ".", failure);
        }
        return failure;
    }

    private int reportFailure(HostProfile profile, ConnectionFailure failure) {
        PrintWriter err = context.err();
        err.println("pilothouse: " + failure.getMessage());
        if (failure instanceof UnknownHostKeyFailure unknown && unknown.hostKey() != null) {
            String fp = unknown.hostKey().sha256Fingerprint();
            String hint = "run again on a terminal to answer yes, or pass --accept-new-host-key.";
            err.println("pilothouse: " + (failure.getMessage().contains(fp)
                    ? "To trust it, " + hint
                    : "The server's " + unknown.hostKey().type() + " key fingerprint is " + fp
                    + ". Compare it with the server's own, then " + hint));
        }
        err.flush();
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("host", profile.name());
            out.put("url", profile.transport().url());
            out.put("ok", false);
            out.put("failure", failure.kind().name());
            out.put("message", failure.getMessage());
            if (failure instanceof UnknownHostKeyFailure unknown && unknown.hostKey() != null) {
                out.put("hostKeyFingerprint", unknown.hostKey().sha256Fingerprint());
            }
            context.out().println(JsonOutput.write(out));
        }
        return ExitStatus.HOST_UNREACHABLE.code();
    }

    private void printInfo(HostProfile profile, EngineInfo info) {
        PrintWriter out = context.out();
        String swarm = info.swarmRole() == null || info.swarmRole().isBlank() ? "none" : info.swarmRole();
        long latency = info.latency() == null ? -1 : info.latency().toMillis();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("host", profile.name());
            m.put("url", profile.transport().url());
            m.put("ok", true);
            m.put("engineVersion", info.engineVersion());
            m.put("apiVersion", info.apiVersion());
            m.put("os", info.os());
            m.put("arch", info.arch());
            m.put("swarmRole", swarm);
            m.put("containers", info.containers());
            m.put("runningContainers", info.runningContainers());
            m.put("engineName", info.engineName());
            m.put("latencyMs", latency);
            out.println(JsonOutput.write(m));
            return;
        }
        out.println("Connected to " + profile.name() + " (" + profile.transport().url() + ")");
        out.println("  Engine version:  " + info.engineVersion());
        out.println("  API version:     " + info.apiVersion());
        out.println("  OS/arch:         " + info.osArch());
        out.println("  Swarm role:      " + swarm);
        out.println("  Containers:      " + info.containers() + " (" + info.runningContainers() + " running)");
        out.println("  Latency:         " + (latency < 0 ? "unknown" : latency + " ms"));
    }

    private static void record(Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            LOG.warn("The journal could not be written: {}", e.getMessage());
        }
    }
}
