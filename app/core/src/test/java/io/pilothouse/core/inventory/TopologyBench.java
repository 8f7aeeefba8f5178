package io.pilothouse.core.inventory;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.model.ContainerInfo;
import io.pilothouse.core.model.ContainerState;
import io.pilothouse.core.model.EntityKind;
import io.pilothouse.core.model.InventorySnapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The inventory half of scripts/bench topology (not a test). Arguments: mode and values.
 * <ul>
 *   <li>{@code inventory SOCKET EXPECTED}: time from connect to a complete inventory holding at least
 *       EXPECTED containers labelled io.pilothouse.bench=topology; prints {@code inventory_ms=N}.</li>
 *   <li>{@code events SOCKET COUNT}: stops COUNT running bench containers one by one with the docker
 *       CLI and measures, for each, the time from the engine's FinishedAt to the model showing it
 *       exited; prints {@code event_p50_ms=.. event_p95_ms=..}.</li>
 * </ul>
 */
public final class TopologyBench {

    public static void main(String[] args) throws Exception {
        String socket = args[1];
        int n = Integer.parseInt(args[2]);
        Path home = Files.createTempDirectory("pilothouse-bench");
        AppDirectories dirs = AppDirectories.from(Map.of(), home);
        HostProfile profile = HostProfile.create("bench", new UnixSocketTransport(socket), null);
        ConnectOptions options = new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(10), Duration.ofSeconds(30));
        if (args[0].equals("inventory")) {
            // round 0 in a cold JVM; then 3 rounds warm (as in the desktop app, connecting again)
            List<Long> rounds = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                rounds.add(inventoryRound(dirs, profile, options, n));
            }
            List<Long> warm = new ArrayList<>(rounds.subList(1, 4));
            warm.sort(null);
            System.out.println("inventory_ms=" + warm.get(1) + " inventory_cold_ms=" + rounds.get(0) + " rounds=" + rounds);
        } else {
            try (HostSession session = new ConnectionFactory(dirs).connect(profile, options);
                 HostInventory inv = HostInventory.start(session, VolumeChoices.in(dirs), InventoryOptions.defaults())) {
                InventorySnapshot snap = inv.firstSnapshot().get(120, TimeUnit.SECONDS);
                Map<String, Instant> shown = new ConcurrentHashMap<>();
                // the engine's own time of each die event, read from a second event stream
                Map<String, Long> died = new ConcurrentHashMap<>();
                session.docker().eventsCmd().withEventFilter("die").exec(
                        new com.github.dockerjava.api.async.ResultCallback.Adapter<com.github.dockerjava.api.model.Event>() {
                            @Override
                            public void onNext(com.github.dockerjava.api.model.Event e) {
                                if (e.getActor() != null && e.getTimeNano() != null) {
                                    died.putIfAbsent(e.getActor().getId(), e.getTimeNano());
                                }
                            }
                        });
                Thread.sleep(300);
                inv.addListener(change -> {
                    Instant now = Instant.now();
                    for (String id : change.updated(EntityKind.CONTAINER)) {
                        ContainerInfo c = change.after().containers().get(id);
                        if (c != null && c.state() == ContainerState.EXITED) {
                            shown.putIfAbsent(id, now);
                        }
                    }
                });
                List<ContainerInfo> running = snap.containers().values().stream()
                        .filter(TopologyBench::isBench).filter(c -> c.state() == ContainerState.RUNNING).limit(n).toList();
                List<Long> latencies = new ArrayList<>();
                List<Long> fromEvent = new ArrayList<>();
                for (ContainerInfo c : running) {
                    Process p = new ProcessBuilder("docker", "-H", "unix://" + socket, "stop", "-t", "5", c.id())
                            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                    if (p.waitFor() != 0) {
                        throw new IllegalStateException("docker stop " + c.name() + " failed");
                    }
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                    while (!shown.containsKey(c.id()) && System.nanoTime() < deadline) {
                        Thread.sleep(1);
                    }
                    Instant at = shown.get(c.id());
                    ContainerInfo now = inv.current().containers().get(c.id());
                    if (at == null || now == null || now.finishedAt().isEmpty()) {
                        throw new IllegalStateException("the model did not show " + c.name() + " exited within 5 s");
                    }
                    latencies.add(Math.max(0, Duration.between(now.finishedAt().get(), at).toNanos()));
                    Long dieNanos = died.get(c.id());
                    if (dieNanos != null) {
                        fromEvent.add(Math.max(0, at.getEpochSecond() * 1_000_000_000L + at.getNano() - dieNanos));
                    }
                }
                latencies.sort(null);
                fromEvent.sort(null);
                System.out.printf("event_p50_ms=%.1f event_p95_ms=%.1f events=%d die_event_to_model_p50_ms=%.1f"
                                + " die_event_to_model_p95_ms=%.1f%n", pct(latencies, 50) / 1e6,
                        pct(latencies, 95) / 1e6, latencies.size(), pct(fromEvent, 50) / 1e6, pct(fromEvent, 95) / 1e6);
            }
        }
        System.exit(0);
    }

    private static long inventoryRound(AppDirectories dirs, HostProfile profile, ConnectOptions options, int n)
            throws Exception {
        long t0 = System.nanoTime();
        try (HostSession session = new ConnectionFactory(dirs).connect(profile, options);
             HostInventory inv = HostInventory.start(session, VolumeChoices.in(dirs), InventoryOptions.defaults())) {
            InventorySnapshot snap = inv.firstSnapshot().get(120, TimeUnit.SECONDS);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long bench = snap.containers().values().stream().filter(TopologyBench::isBench).count();
            long inspected = snap.containers().values().stream().filter(ContainerInfo::inspected).count();
            if (bench < n || inspected < snap.containers().size()) {
                throw new IllegalStateException("the inventory holds " + bench + " bench containers (" + inspected
                        + " inspected), expected " + n);
            }
            return ms;
        }
    }

    private static boolean isBench(ContainerInfo c) {
        return "topology".equals(c.labels().get("io.pilothouse.bench"));
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
