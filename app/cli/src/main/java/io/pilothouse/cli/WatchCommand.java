package io.pilothouse.cli;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.inventory.HostInventory;
import io.pilothouse.core.model.ContainerInfo;
import io.pilothouse.core.model.EntityKind;
import io.pilothouse.core.model.FeedState;
import io.pilothouse.core.model.InventoryChange;
import io.pilothouse.core.model.InventoryListener;
import io.pilothouse.core.model.InventorySnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** pilothouse watch HOST: one line per change as the model sees it, until Ctrl-C. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Follows a host and prints one line per change the inventory sees, until Ctrl-C.")
final class WatchCommand extends HostCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    @Parameters(index = "0", paramLabel = "HOST", description = "A saved host's name.")
    String host;

    @Option(names = "--for", hidden = true, paramLabel = "SECONDS", description = "Stop after this many seconds.")
    Long seconds;

    WatchCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws InterruptedException {
        HostProfile profile = find(host);
        CountDownLatch forever = new CountDownLatch(1);
        try (HostSession session = connect(profile); HostInventory inventory = startInventory(session)) {
            InventorySnapshot first = awaitFirst(inventory, profile);
            context.out().printf("%s watching %s: %d containers, %d services, %d volumes, %d networks (Ctrl-C ends)%n",
                    now(), profile.name(), first.containers().size(), first.services().size(), first.volumes().size(),
                    first.networks().size());
            inventory.addListener(new InventoryListener() {
                @Override
                public void inventoryChanged(InventoryChange change) {
                    print(change);
                }

                @Override
                public void feedStateChanged(FeedState state, String detail) {
                    context.out().printf("%s %s: %s%n", now(), state.name().toLowerCase(Locale.ROOT), detail);
                }
            });
            if (seconds == null) {
                forever.await();
            } else {
                forever.await(seconds, TimeUnit.SECONDS);
            }
        }
        return ExitStatus.OK.code();
    }

    private void print(InventoryChange c) {
        String t = now();
        if (c.resync()) {
            context.out().printf("%s resync: fresh snapshot, %d containers%n", t, c.after().containers().size());
        }
        for (EntityKind kind : EntityKind.values()) {
            if (kind == EntityKind.TASK && !c.touches(kind)) {
                continue;
            }
            Map<String, ?> before = c.before().byKind(kind);
            Map<String, ?> after = c.after().byKind(kind);
            String k = kind.name().toLowerCase(Locale.ROOT);
            for (String id : c.added(kind)) {
                context.out().printf("%s + %s %s%n", t, k, describe(after.get(id)));
            }
            for (String id : c.updated(kind)) {
                context.out().printf("%s ~ %s %s%s%n", t, k, describe(after.get(id)), was(before.get(id), after.get(id)));
            }
            for (String id : c.removed(kind)) {
                context.out().printf("%s - %s %s%n", t, k, describe(before.get(id)));
            }
        }
        context.out().flush();
    }

    private static String describe(Object o) {
        if (o instanceof ContainerInfo c) {
            return InventoryText.container(c, Instant.now());
        }
        if (o instanceof io.pilothouse.core.model.ServiceInfo s) {
            return s.name() + " " + s.replicasDisplay();
        }
        if (o instanceof io.pilothouse.core.model.TaskInfo task) {
            return task.id() + " " + task.state();
        }
        if (o instanceof io.pilothouse.core.model.VolumeInfo v) {
            return v.name() + " " + InventoryText.low(v.kind()) + " " + InventoryText.low(v.classification().value());
        }
        if (o instanceof io.pilothouse.core.model.NetworkInfo n) {
            return n.name();
        }
        if (o instanceof io.pilothouse.core.model.ImageInfo i) {
            return i.displayName();
        }
        if (o instanceof io.pilothouse.core.model.StackInfo s) {
            return s.name() + " (" + InventoryText.low(s.kind()) + ")";
        }
        if (o instanceof io.pilothouse.core.model.NodeInfo n) {
            return n.hostname() + " " + n.status();
        }
        return String.valueOf(o);
    }

    private static String was(Object before, Object after) {
        if (before instanceof ContainerInfo b && after instanceof ContainerInfo a && b.state() != a.state()) {
            return " (was " + InventoryText.low(b.state()) + ")";
        }
        return "";
    }

    private static String now() {
        return LocalTime.now(ZoneId.systemDefault()).format(TIME);
    }
}
