package io.pilothouse.core.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.EventType;
import com.github.dockerjava.api.model.Info;
import io.pilothouse.core.host.EngineApi;
import io.pilothouse.core.host.HostConnection;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.model.ContainerInfo;
import io.pilothouse.core.terminal.MaintenanceHolders;
import io.pilothouse.core.model.FeedState;
import io.pilothouse.core.model.ImageInfo;
import io.pilothouse.core.model.InventoryChange;
import io.pilothouse.core.model.InventoryFeed;
import io.pilothouse.core.model.InventoryListener;
import io.pilothouse.core.model.InventorySnapshot;
import io.pilothouse.core.model.NetworkInfo;
import io.pilothouse.core.model.NodeInfo;
import io.pilothouse.core.model.ServiceInfo;
import io.pilothouse.core.model.TaskInfo;
import io.pilothouse.core.model.VolumeClass;
import io.pilothouse.core.model.VolumeInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The live inventory of one host: one snapshot on start, then kept current from the engine's event
 * stream (no polling). An event refreshes only what it names (one container inspected again, one
 * network, the service list, ...). Changes are coalesced: listeners hear at most one change per
 * publish window. When the stream breaks, it reconnects with backoff, takes a fresh snapshot and
 * resumes the stream from the last event it saw, so events of the gap are applied too.
 *
 * <p>Threads: all model state lives on one state thread; engine calls run on a bounded pool, each
 * with a timeout; listeners are called on a dispatch thread; the follow loop (connect, snapshot,
 * wait for the stream to end) has its own. Nothing runs on the caller's thread.
 */
public final class HostInventory implements InventoryFeed {

    private static final Logger LOG = LoggerFactory.getLogger(HostInventory.class);
    private static final AtomicInteger SEQ = new AtomicInteger();

    /** What an event asks to fetch again. */
    private enum Kind { CONTAINER, NETWORK, VOLUME, IMAGES, SWARM, NODES }

    private record Key(Kind kind, String id) {
    }

    private final String hostId;
    private final String hostName;
    private final Supplier<HostSession> sessions;
    private final VolumeChoices choices;
    private final InventoryOptions options;
    private final SnapshotAssembler assembler = new SnapshotAssembler();
    private final List<InventoryListener> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService stateThread;
    private final ExecutorService io;
    private final ExecutorService dispatch;
    private final Thread follower;
    private final CompletableFuture<InventorySnapshot> first = new CompletableFuture<>();

    private volatile InventorySnapshot published;
    private volatile FeedState state = FeedState.LOADING;
    private volatile boolean closed;
    private volatile long lastEventNanos;
    private volatile CompletableFuture<Void> streamEnded = new CompletableFuture<>();
    private volatile Closeable stream;

    // --- state thread only ---
    private final Map<String, ContainerInfo> containers = new LinkedHashMap<>();
    private final Map<String, ServiceInfo> services = new LinkedHashMap<>();
    private final Map<String, TaskInfo> tasks = new LinkedHashMap<>();
    private final Map<String, NodeInfo> nodes = new LinkedHashMap<>();
    private final Map<String, NetworkInfo> networks = new LinkedHashMap<>();
    private final Map<String, VolumeInfo> volumes = new LinkedHashMap<>();
    private final Map<String, ImageInfo> images = new LinkedHashMap<>();
    private boolean swarmManager;
    private boolean loading = true;
    private int generation;
    private final Set<Key> touchedWhileLoading = new LinkedHashSet<>();
    private final Set<Key> inFlight = new HashSet<>();
    private final Set<Key> again = new HashSet<>();
    private final PublishThrottle throttle;
    private boolean flushScheduled;
    private boolean nextIsResync;

    /**
     * @param hostId   the profile id (saved volume choices are kept per host id)
     * @param sessions gives the session to use now; asked again after the stream breaks
     */
    public HostInventory(String hostId, String hostName, Supplier<HostSession> sessions, VolumeChoices choices,
                         InventoryOptions options) {
        this.hostId = hostId;
        this.hostName = hostName;
        this.sessions = sessions;
        this.choices = choices;
        this.options = options;
        this.published = InventorySnapshot.empty(hostName);
        this.throttle = new PublishThrottle(options.publishWindow().toNanos());
        int n = SEQ.incrementAndGet();
        this.stateThread = Executors.newSingleThreadScheduledExecutor(named("inventory-" + n + "-state"));
        this.io = Executors.newFixedThreadPool(options.parallelism(), named("inventory-" + n + "-io"));
        this.dispatch = Executors.newSingleThreadExecutor(named("inventory-" + n + "-dispatch"));
        this.follower = named("inventory-" + n + "-follow").newThread(this::follow);
    }

    /** An inventory of one open session, started. */
    public static HostInventory start(HostSession session, VolumeChoices choices, InventoryOptions options) {
        HostProfile p = session.profile();
        HostInventory inv = new HostInventory(p.id(), p.name(), () -> session, choices, options);
        inv.start();
        return inv;
    }

    /** An inventory that follows a host connection: after a break it uses whatever session the connection has then. */
    public static HostInventory follow(HostConnection connection, VolumeChoices choices, InventoryOptions options) {
        HostProfile p = connection.profile();
        HostInventory inv = new HostInventory(p.id(), p.name(), () -> connection.session().orElseThrow(
                () -> new IllegalStateException(p.name() + " is not connected (" + connection.status().state() + ")")),
                choices, options);
        inv.start();
        return inv;
    }

    /** Starts following the host (returns at once). */
    public void start() {
        follower.start();
    }

    /** Completes with the first complete snapshot (or fails when the inventory closes before it). */
    public CompletableFuture<InventorySnapshot> firstSnapshot() {
        return first;
    }

    @Override
    public InventorySnapshot current() {
        return published;
    }

    @Override
    public FeedState state() {
        return state;
    }

    @Override
    public void addListener(InventoryListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(InventoryListener listener) {
        listeners.remove(listener);
    }

    /** Saves the class of a volume (empty: forget the choice) and publishes the reclassified volume. */
    public CompletableFuture<Void> saveVolumeClass(String volumeKey, Optional<VolumeClass> value) {
        return CompletableFuture.runAsync(() -> choices.save(hostId, volumeKey, value), io)
                .thenRunAsync(this::markDirty, stateThread);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeStream();
        streamEnded.complete(null);
        follower.interrupt();
        first.completeExceptionally(new IllegalStateException("The inventory of " + hostName + " was closed"));
        setState(FeedState.CLOSED, "closed");
        stateThread.shutdownNow();
        io.shutdownNow();
        dispatch.shutdown();
    }

    // ---------------------------------------------------------------- follow loop

    private void follow() {
        Duration backoff = options.firstBackoff();
        while (!closed) {
            try {
                HostSession session = sessions.get();
                DockerClient docker = session.docker();
                streamEnded = new CompletableFuture<>();
                onState(() -> {
                    loading = true;
                    generation++;
                });
                openStream(docker);
                Loaded loaded = load(session);
                onState(() -> apply(loaded)).get();
                backoff = options.firstBackoff();
                setState(FeedState.LIVE, "following events");
                streamEnded.get();
                if (closed) {
                    break;
                }
                LOG.info("The event stream of {} ended; reconnecting", hostName);
                setState(FeedState.RECONNECTING, "The event stream of " + hostName + " ended; reconnecting.");
            } catch (InterruptedException e) {
                break;
            } catch (Exception e) {
                if (closed) {
                    break;
                }
                Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                String why = "The inventory of " + hostName + " lost the engine (" + sentence(cause)
                        + "); trying again in " + backoff.toMillis() + " ms.";
                LOG.warn(why);
                setState(FeedState.RECONNECTING, why);
            }
            closeStream();
            try {
                Thread.sleep(backoff.toMillis());
            } catch (InterruptedException e) {
                break;
            }
            backoff = backoff.multipliedBy(2).compareTo(options.maxBackoff()) > 0 ? options.maxBackoff() : backoff.multipliedBy(2);
        }
    }

    private void openStream(DockerClient docker) throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        CompletableFuture<Void> ended = streamEnded;
        var cmd = docker.eventsCmd();
        long since = lastEventNanos;
        if (since > 0) {
            cmd = cmd.withSince(String.format("%d.%09d", since / 1_000_000_000L, since % 1_000_000_000L));
        }
        ResultCallback.Adapter<Event> callback = new ResultCallback.Adapter<>() {
            @Override
            public void onStart(Closeable closeable) {
                super.onStart(closeable);
                started.complete(null);
            }

            @Override
            public void onNext(Event event) {
                onEvent(event);
            }

            @Override
            public void onError(Throwable throwable) {
                started.completeExceptionally(throwable);
                ended.complete(null);
            }

            @Override
            public void onComplete() {
                started.completeExceptionally(new IllegalStateException("the event stream closed at once"));
                ended.complete(null);
            }
        };
        stream = callback;
        cmd.exec(callback);
        started.get(options.callTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void closeStream() {
        Closeable s = stream;
        stream = null;
        if (s != null) {
            try {
                s.close();
            } catch (Exception e) {
                LOG.debug("closing the event stream", e);
            }
        }
    }

    /** Everything the engine reported for one snapshot. */
    private record Loaded(Instant at, boolean swarm, List<ContainerInfo> containers, List<ServiceInfo> services,
                          List<TaskInfo> tasks, List<NodeInfo> nodes, List<NetworkInfo> networks,
                          List<VolumeInfo> volumes, List<ImageInfo> images) {
    }

    private Loaded load(HostSession session) throws Exception {
        DockerClient docker = session.docker();
        Optional<EngineApi> api = session.api();
        Instant at = Instant.now();
        // the container list first (the inspects wait for it), the swarm's lists before the inspects (the
        // pool takes calls in order)
        CompletableFuture<JsonNode> listedLean = api.map(engine -> call(() -> engine.get("/containers/json?all=1"))).orElse(null);
        CompletableFuture<List<Container>> listedFull = api.isPresent() ? null
                : call(() -> docker.listContainersCmd().withShowAll(true).exec());
        CompletableFuture<Info> info = call(() -> docker.infoCmd().exec());
        CompletableFuture<List<NetworkInfo>> nets = call(() -> docker.listNetworksCmd().exec().stream().map(EngineMapper::network).toList());
        CompletableFuture<List<VolumeInfo>> vols = call(() -> {
            var r = docker.listVolumesCmd().exec();
            return r.getVolumes() == null ? List.<VolumeInfo>of() : r.getVolumes().stream().map(EngineMapper::volume).toList();
        });
        CompletableFuture<List<ImageInfo>> imgs = call(() -> docker.listImagesCmd().exec().stream().map(EngineMapper::image).toList());
        boolean swarm = isManager(info.get());
        CompletableFuture<List<ServiceInfo>> svcs = swarm ? call(() -> docker.listServicesCmd().exec().stream().map(EngineMapper::service).toList())
                : CompletableFuture.completedFuture(List.of());
        CompletableFuture<List<TaskInfo>> tks = swarm ? call(() -> docker.listTasksCmd().exec().stream().map(EngineMapper::task).toList())
                : CompletableFuture.completedFuture(List.of());
        CompletableFuture<List<NodeInfo>> nds = swarm ? call(() -> docker.listSwarmNodesCmd().exec().stream().map(EngineMapper::node).toList())
                : CompletableFuture.completedFuture(List.of());
        List<CompletableFuture<Optional<ContainerInfo>>> inspects = new ArrayList<>();
        if (api.isPresent()) {
            // lean: the list's ids, then every container's inspect answer read as a tree, many at once
            EngineApi engine = api.get();
            for (JsonNode listed : listedLean.get()) {
                String id = listed.path("Id").asText();
                inspects.add(call(() -> Optional.of(leanInspected(docker, engine, id)))
                        .exceptionally(e -> unwrap(e) instanceof NotFoundException ? Optional.empty()
                                : Optional.of(ContainerJson.listed(listed))));
            }
        } else {
            for (Container c : listedFull.get()) {
                inspects.add(call(() -> Optional.of(inspected(docker, c.getId())))
                        .exceptionally(e -> unwrap(e) instanceof NotFoundException ? Optional.empty()
                                : Optional.of(EngineMapper.container(c))));
            }
        }
        if (lastEventNanos == 0) {
            Info i = info.get();
            Optional<Instant> engineNow = EngineMapper.time(i.getSystemTime());
            lastEventNanos = engineNow.map(t -> t.getEpochSecond() * 1_000_000_000L + t.getNano())
                    .orElse(at.getEpochSecond() * 1_000_000_000L + at.getNano());
        }
        List<ContainerInfo> cs = new ArrayList<>();
        for (var f : inspects) {
            f.get().ifPresent(cs::add);
        }
        return new Loaded(at, swarm, cs, svcs.get(), tks.get(), nds.get(), nets.get(), vols.get(), imgs.get());
    }

    /** A container as its inspect says, with the maintenance locks held in it now. */
    /** The inspect answer read as a tree, with the maintenance locks its running execs hold. */
    private static ContainerInfo leanInspected(DockerClient docker, EngineApi engine, String id) {
        JsonNode r = engine.get("/containers/" + id + "/json");
        List<String> execIds = new ArrayList<>();
        r.path("ExecIDs").forEach(e -> execIds.add(e.asText()));
        return ContainerJson.inspected(r).withHolds(MaintenanceHolders.running(docker, execIds));
    }

    private static ContainerInfo inspected(DockerClient docker, String id) {
        InspectContainerResponse r = docker.inspectContainerCmd(id).exec();
        ContainerInfo c = EngineMapper.container(r);
        return c.withHolds(MaintenanceHolders.running(docker, r.getExecIds()));
    }

    private boolean underMaintenance(String id) {
        ContainerInfo c = containers.get(id);
        return c != null && c.underMaintenance();
    }

    private static boolean isManager(Info info) {
        return info.getSwarm() != null && Boolean.TRUE.equals(info.getSwarm().getControlAvailable());
    }

    private <T> CompletableFuture<T> call(Supplier<T> what) {
        return CompletableFuture.supplyAsync(what, io).orTimeout(options.callTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    // ---------------------------------------------------------------- state thread

    private Future onState(Runnable r) {
        return new Future(CompletableFuture.runAsync(r, stateThread));
    }

    /** A small wrapper so the follow loop can wait on the state thread. */
    private record Future(CompletableFuture<Void> f) {
        void get() throws InterruptedException, ExecutionException {
            f.get();
        }
    }

    private void apply(Loaded l) {
        replace(containers, l.containers(), ContainerInfo::id);
        replace(services, l.services(), ServiceInfo::id);
        replace(tasks, l.tasks(), TaskInfo::id);
        replace(nodes, l.nodes(), NodeInfo::id);
        replace(networks, l.networks(), NetworkInfo::id);
        replace(volumes, l.volumes(), VolumeInfo::key);
        replace(images, l.images(), ImageInfo::id);
        swarmManager = l.swarm();
        loading = false;
        inFlight.clear();
        again.clear();
        nextIsResync = true;
        // events that arrived while loading may be newer than what the load saw: fetch those again
        List<Key> touched = new ArrayList<>(touchedWhileLoading);
        touchedWhileLoading.clear();
        if (swarmManager && tasks.values().stream().anyMatch(HostInventory::inTransition)) {
            touched.add(new Key(Kind.SWARM, ""));
        }
        publishNow();
        touched.forEach(this::refresh);
    }

    private static <T> void replace(Map<String, T> map, List<T> items, java.util.function.Function<T, String> key) {
        map.clear();
        items.forEach(i -> map.put(key.apply(i), i));
    }

    private void onEvent(Event e) {
        if (e.getTimeNano() != null && e.getTimeNano() > lastEventNanos) {
            lastEventNanos = e.getTimeNano();
        }
        try {
            stateThread.execute(() -> handle(e));
        } catch (java.util.concurrent.RejectedExecutionException ignored) {
            // closed
        }
    }

    private void handle(Event e) {
        EventType type = e.getType();
        String action = e.getAction() == null ? (e.getStatus() == null ? "" : e.getStatus()) : e.getAction();
        String id = e.getActor() != null && e.getActor().getId() != null ? e.getActor().getId() : e.getId();
        Map<String, String> attrs = e.getActor() == null || e.getActor().getAttributes() == null
                ? Map.of() : e.getActor().getAttributes();
        if (type == null || id == null) {
            return;
        }
        switch (type) {
            case CONTAINER -> {
                if (MaintenanceHolders.announced(action) || (action.equals("exec_die") && underMaintenance(id))) {
                    // a maintenance lock holder started or may have ended: look at the container's execs again
                    refresh(new Key(Kind.CONTAINER, id));
                    return;
                }
                if (action.startsWith("exec_") || action.equals("top") || action.equals("resize")
                        || action.equals("attach") || action.equals("export") || action.equals("archive-path")
                        || action.equals("extract-to-dir") || action.equals("copy") || action.equals("commit")
                        || action.equals("kill")) {
                    // kill is followed by die (or by nothing, when the signal was ignored): nothing to show yet
                    return;
                }
                refresh(new Key(Kind.CONTAINER, id));
                if (swarmManager && attrs.containsKey(StackLabels.SWARM_TASK)) {
                    refresh(new Key(Kind.SWARM, ""));
                }
            }
            case NETWORK -> {
                String container = attrs.get("container");
                if (container != null) {
                    // connect, disconnect: the container's attachments changed, the network itself did not
                    refresh(new Key(Kind.CONTAINER, container));
                } else {
                    refresh(new Key(Kind.NETWORK, id));
                }
            }
            case VOLUME -> {
                if (action.equals("create") || action.equals("destroy") || action.equals("update")) {
                    refresh(new Key(Kind.VOLUME, id));
                }
            }
            case IMAGE -> refresh(new Key(Kind.IMAGES, ""));
            case SERVICE -> refresh(new Key(Kind.SWARM, ""));
            case NODE -> refresh(new Key(Kind.NODES, ""));
            default -> {
            }
        }
    }

    private void refresh(Key key) {
        if (loading) {
            touchedWhileLoading.add(key);
            return;
        }
        if (!inFlight.add(key)) {
            again.add(key);
            return;
        }
        int gen = generation;
        HostSession session;
        try {
            session = sessions.get();
        } catch (RuntimeException e) {
            inFlight.remove(key);
            return;
        }
        call(() -> fetch(session, key)).whenCompleteAsync((result, error) -> fetched(key, gen, result, error), stateThread);
    }

    /** The fetched thing; an empty optional when the engine no longer has it. */
    private Optional<Object> fetch(HostSession session, Key key) {
        DockerClient docker = session.docker();
        try {
            return Optional.of(switch (key.kind()) {
                case CONTAINER -> session.api().isPresent()
                        ? leanInspected(docker, session.api().get(), key.id())
                        : inspected(docker, key.id());
                case NETWORK -> EngineMapper.network(docker.inspectNetworkCmd().withNetworkId(key.id()).exec());
                case VOLUME -> EngineMapper.volume(docker.inspectVolumeCmd(key.id()).exec());
                case IMAGES -> docker.listImagesCmd().exec().stream().map(EngineMapper::image).toList();
                case SWARM -> List.of(docker.listServicesCmd().exec().stream().map(EngineMapper::service).toList(),
                        docker.listTasksCmd().exec().stream().map(EngineMapper::task).toList());
                case NODES -> docker.listSwarmNodesCmd().exec().stream().map(EngineMapper::node).toList();
            });
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private void fetched(Key key, int gen, Optional<Object> result, Throwable error) {
        inFlight.remove(key);
        boolean more = again.remove(key);
        if (gen != generation || closed) {
            return;
        }
        if (error != null) {
            Throwable cause = unwrap(error);
            LOG.warn("Could not refresh {} {} on {}: {}", key.kind(), key.id(), hostName, sentence(cause));
        } else {
            switch (key.kind()) {
                case CONTAINER -> result.ifPresentOrElse(c -> containers.put(key.id(), (ContainerInfo) c),
                        () -> removeContainer(key.id()));
                case NETWORK -> result.ifPresentOrElse(n -> networks.put(key.id(), (NetworkInfo) n),
                        () -> networks.remove(key.id()));
                case VOLUME -> result.ifPresentOrElse(v -> volumes.put(key.id(), (VolumeInfo) v),
                        () -> volumes.remove(key.id()));
                case IMAGES -> result.ifPresent(l -> replace(images, (List<ImageInfo>) l, ImageInfo::id));
                case SWARM -> result.ifPresent(l -> {
                    List<List<?>> both = (List<List<?>>) l;
                    replace(services, (List<ServiceInfo>) both.get(0), ServiceInfo::id);
                    replace(tasks, (List<TaskInfo>) both.get(1), TaskInfo::id);
                    // the engine sends no event when a task reaches its state: look again while any is on its way
                    if (tasks.values().stream().anyMatch(HostInventory::inTransition)) {
                        stateThread.schedule(() -> refresh(key), TASK_SETTLE.toMillis(), TimeUnit.MILLISECONDS);
                    }
                });
                case NODES -> result.ifPresent(l -> replace(nodes, (List<NodeInfo>) l, NodeInfo::id));
            }
            markDirty();
        }
        if (more) {
            refresh(key);
        }
    }

    private static final Duration TASK_SETTLE = Duration.ofMillis(300);
    private static final Set<String> TRANSITIONAL = Set.of("new", "allocated", "pending", "assigned", "accepted",
            "preparing", "ready", "starting");

    /** A task on its way to its desired state (running, or shut down). */
    static boolean inTransition(TaskInfo t) {
        return TRANSITIONAL.contains(t.state())
                || ("shutdown".equals(t.desiredState()) && "running".equals(t.state()));
    }

    private void removeContainer(String id) {
        if (containers.remove(id) == null) {
            // the event may carry a name or short id
            containers.values().removeIf(c -> c.id().startsWith(id) || c.name().equals(id));
        }
    }

    private void markDirty() {
        if (flushScheduled || loading) {
            return;
        }
        flushScheduled = true;
        long delay = throttle.delayNanos(System.nanoTime());
        stateThread.schedule(this::flush, delay, TimeUnit.NANOSECONDS);
    }

    private void flush() {
        flushScheduled = false;
        if (!loading) {
            publishNow();
        }
    }

    private void publishNow() {
        InventorySnapshot before = published;
        InventorySnapshot after = assembler.assemble(hostName, Instant.now(), swarmManager, containers.values(),
                services.values(), tasks.values(), nodes.values(), networks.values(), volumes.values(), images.values(),
                safeChoices());
        boolean resync = nextIsResync;
        nextIsResync = false;
        InventoryChange change = InventoryChange.between(before, after, resync);
        published = after;
        throttle.publishedAt(System.nanoTime());
        first.complete(after);
        if (change.isEmpty() && !resync) {
            return;
        }
        for (InventoryListener l : listeners) {
            dispatch.execute(() -> {
                try {
                    l.inventoryChanged(change);
                } catch (RuntimeException ex) {
                    LOG.warn("An inventory listener failed", ex);
                }
            });
        }
    }

    private Map<String, VolumeClass> safeChoices() {
        try {
            return choices.choices(hostId);
        } catch (RuntimeException e) {
            LOG.warn(e.getMessage());
            return Map.of();
        }
    }

    private void setState(FeedState s, String detail) {
        if (state == s && s != FeedState.RECONNECTING) {
            return;
        }
        state = s;
        for (InventoryListener l : listeners) {
            try {
                dispatch.execute(() -> {
                    try {
                        l.feedStateChanged(s, detail);
                    } catch (RuntimeException ex) {
                        LOG.warn("An inventory listener failed", ex);
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException ignored) {
                // closed
            }
        }
    }

    private static Throwable unwrap(Throwable e) {
        while ((e instanceof java.util.concurrent.CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    private static String sentence(Throwable e) {
        e = unwrap(e);
        if (e instanceof TimeoutException) {
            return "no answer in time";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip();
    }

    private static ThreadFactory named(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + (n.incrementAndGet() > 1 ? "-" + n.get() : ""));
            t.setDaemon(true);
            return t;
        };
    }
}
