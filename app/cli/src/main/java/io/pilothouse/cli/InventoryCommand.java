package io.pilothouse.cli;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.inventory.HostInventory;
import io.pilothouse.core.model.InventorySnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** pilothouse inventory HOST [--json] */
@Command(name = "inventory", mixinStandardHelpOptions = true,
        description = {"Prints what runs on a host: stacks, containers with state and health, swarm services and tasks,",
                "volumes with their classification and users, networks."})
final class InventoryCommand extends HostCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "HOST", description = "A saved host's name.")
    String host;

    @Option(names = "--json", description = "Print the inventory as JSON.")
    boolean json;

    InventoryCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        HostProfile profile = find(host);
        try (HostSession session = connect(profile); HostInventory inventory = startInventory(session)) {
            InventorySnapshot snap = awaitFirst(inventory, profile);
            if (json) {
                context.out().println(JsonOutput.write(InventoryJson.of(snap)));
            } else {
                new InventoryText(context.out()).print(snap);
            }
            return ExitStatus.OK.code();
        }
    }
}
