package io.pilothouse.cli;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.inventory.HostInventory;
import io.pilothouse.core.updates.ImageUpdate;
import io.pilothouse.core.updates.SnapshotUpdateFinder;
import io.pilothouse.core.updates.UpdateState;
import io.pilothouse.core.workflows.upgrade.RegistryCredentials;
import io.pilothouse.core.workflows.upgrade.RegistryDigests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * pilothouse updates HOST [--json] [--all]: which containers and swarm services run an image whose
 * tag now points to another image in its registry — the same check the desktop's update marks make.
 */
@Command(name = "updates", mixinStandardHelpOptions = true,
        description = {"Lists the containers and swarm services of a saved host whose image tag points to another image",
                "in its registry (the registry's digest for the tag against the digest of the image that runs).",
                "Images built or loaded on the host (no registry digest) are not asked about.",
                "Registry logins come from ~/.docker/config.json (auths)."})
final class UpdatesCommand extends HostCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "HOST", description = "A saved host's name.")
    String host;

    @Option(names = "--json", description = "Every check as JSON (state UPDATE_AVAILABLE, CURRENT, NOT_FROM_REGISTRY or COULD_NOT_CHECK).")
    boolean json;

    @Option(names = "--all", description = "Also list what is current, not from a registry or could not be checked.")
    boolean all;

    UpdatesCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws InterruptedException {
        HostProfile profile = find(host);
        RegistryDigests registry = new RegistryDigests(
                RegistryCredentials.from(context.dirs().dockerConfigDir().resolve("config.json")), Duration.ofSeconds(10));
        try (HostSession session = connect(profile); HostInventory inventory = startInventory(session)) {
            List<ImageUpdate> checks = new SnapshotUpdateFinder(registry::digest, Clock.systemUTC())
                    .check(awaitFirst(inventory, profile));
            if (json) {
                context.out().println(JsonOutput.write(checks.stream().map(UpdatesCommand::json).toList()));
                return ExitStatus.OK.code();
            }
            for (ImageUpdate c : checks) {
                if (all || c.updateAvailable()) {
                    context.out().println((c.service() ? "service " : "") + c.targetName() + "  " + c.image() + "  "
                            + switch (c.state()) {
                                case UPDATE_AVAILABLE -> "update available (" + c.registryDigest() + ")";
                                case CURRENT -> "up to date";
                                case NOT_FROM_REGISTRY -> "not from a registry: " + c.reason();
                                case COULD_NOT_CHECK -> "could not check: " + c.reason();
                            });
                }
            }
            long available = checks.stream().filter(ImageUpdate::updateAvailable).count();
            long unchecked = checks.stream().filter(c -> c.state() == UpdateState.COULD_NOT_CHECK).count();
            context.out().println(available + " of " + checks.size() + " containers and services have a newer image"
                    + (unchecked > 0 ? "; " + unchecked + " could not be checked (--all says why)." : "."));
            return ExitStatus.OK.code();
        }
    }

    private static Map<String, Object> json(ImageUpdate c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("targetId", c.targetId());
        m.put("targetName", c.targetName());
        m.put("kind", c.service() ? "service" : "container");
        m.put("image", c.image());
        m.put("state", c.state().name());
        m.put("localDigest", c.localDigest());
        m.put("registryDigest", c.registryDigest());
        m.put("reason", c.reason());
        m.put("checkedAt", c.checkedAt().toString());
        return m;
    }
}
