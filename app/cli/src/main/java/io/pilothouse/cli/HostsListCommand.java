package io.pilothouse.cli;

import io.pilothouse.core.host.HostProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** pilothouse hosts list */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the saved hosts.")
final class HostsListCommand extends CatalogCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print the hosts as JSON.")
    boolean json;

    HostsListCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        List<HostProfile> hosts = openCatalog().list();
        PrintWriter out = context.out();
        if (json) {
            out.println(JsonOutput.write(hosts));
            return ExitStatus.OK.code();
        }
        if (hosts.isEmpty()) {
            out.println("No hosts saved yet. Add one with: pilothouse hosts add NAME --url URL");
            return ExitStatus.OK.code();
        }
        int width = Math.max(4, hosts.stream().mapToInt(h -> h.name().length()).max().orElse(4));
        int envWidth = Math.max(11, hosts.stream().mapToInt(h -> h.environment().name().length()).max().orElse(11));
        String format = "%-" + width + "s  %-" + envWidth + "s  %s%n";
        out.printf(format, "NAME", "ENVIRONMENT", "ADDRESS");
        for (HostProfile h : hosts) {
            out.printf(format, h.name(), h.environment().name(), h.transport().url());
        }
        return ExitStatus.OK.code();
    }
}
