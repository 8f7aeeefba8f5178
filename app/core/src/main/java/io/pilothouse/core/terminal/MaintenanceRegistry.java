package io.pilothouse.core.terminal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The maintenance sessions open in this app, for the views that mark containers under maintenance. */
public final class MaintenanceRegistry {

    private final Map<String, ActiveMaintenance> active = new ConcurrentHashMap<>();
    private final List<Consumer<List<ActiveMaintenance>>> listeners = new CopyOnWriteArrayList<>();

    public void add(ActiveMaintenance m) {
        active.put(m.sessionId(), m);
        fire();
    }

    public void remove(String sessionId) {
        if (active.remove(sessionId) != null) {
            fire();
        }
    }

    public List<ActiveMaintenance> all() {
        return List.copyOf(active.values());
    }

    public Optional<ActiveMaintenance> find(String hostId, String containerId, String containerName) {
        return active.values().stream().filter(m -> m.concerns(hostId, containerId, containerName)).findFirst();
    }

    /** Called on the thread that changed the registry, with every active session. */
    public Runnable listen(Consumer<List<ActiveMaintenance>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void fire() {
        List<ActiveMaintenance> now = all();
        listeners.forEach(l -> l.accept(now));
    }
}
