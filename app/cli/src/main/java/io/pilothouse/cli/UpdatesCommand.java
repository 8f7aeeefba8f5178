package io.pilothouse.cli;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.workflows.upgrade.EngineApi;
import io.pilothouse.core.workflows.upgrade.RegistryCredentials;
import io.pilothouse.core.workflows.upgrade.RegistryDigests;
import io.pilothouse.core.workflows.upgrade.UpdateCheck;
import io.pilothouse.core.workflows.upgrade.UpdateFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** pilothouse updates HOST [--json] : which containers' tags point to a newer image in their registry. */
@Command(name = "updates", mixinStandardHelpOptions = true,
        description = {"Lists the containers of a saved host whose image tag points to another image in its registry",
                "(the registry's digest for the tag against the digest of the image the container runs).",
                "Registry logins come from ~/.docker/config.json (auths)."})
final class UpdatesCommand extends HostCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "HOST", description = "A saved host's name.")
    String host;

    @Option(names = "--json", description = "Every container's check as JSON.")
    boolean json;

    @Option(names = "--all", description = "Also list containers that are up to date or could not be checked.")
    boolean all;

    UpdatesCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws InterruptedException {
        HostProfile profile = find(host);
        RegistryCredentials creds = RegistryCredentials.from(context.dirs().dockerConfigDir().resolve("config.json"));
        try (HostSession session = connect(profile)) {
            List<UpdateCheck> checks = new UpdateFinder(EngineApi.of(session.docker()),
                    new RegistryDigests(creds, Duration.ofSeconds(10))).check();
            if (json) {
                context.out().println(JsonOutput.write(checks));
                return ExitStatus.OK.code();
            }
            long available = checks.stream().filter(UpdateCheck::updateAvailable).count();
            for (UpdateCheck c : checks) {
                if (all || c.updateAvailable()) {
                    context.out().println(c.container() + "  " + c.image() + "  " + switch (c.status()) {
                        case UPDATE_AVAILABLE -> "update available (" + c.remoteDigest() + ")";
                        case UP_TO_DATE -> "up to date";
                        case UNKNOWN -> "unknown: " + c.reason();
                    });
                }
            }
            context.out().println(available + " of " + checks.size() + " containers have a newer image.");
            return ExitStatus.OK.code();
        }
    }
}
