package io.pilothouse.desktop.ui.topology;

import io.pilothouse.core.model.ContainerInfo;
import io.pilothouse.core.model.FeedState;
import io.pilothouse.core.model.InventoryChange;
import io.pilothouse.core.model.InventoryFeed;
import io.pilothouse.core.model.InventoryListener;
import io.pilothouse.core.model.InventorySnapshot;
import io.pilothouse.core.model.NetworkInfo;
import io.pilothouse.core.model.VolumeInfo;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A live inventory narrowed to the containers, networks and volumes carrying one label value: the
 * test engine is shared, and a picture of one test stack should not show other tests' containers.
 */
final class LabelledOnly implements InventoryFeed {

    private final InventoryFeed feed;
    private final String key;
    private final String value;
    private final Map<InventoryListener, InventoryListener> wrapped = new ConcurrentHashMap<>();

    LabelledOnly(InventoryFeed feed, String key, String value) {
        this.feed = feed;
        this.key = key;
        this.value = value;
    }

    InventorySnapshot narrow(InventorySnapshot s) {
        List<ContainerInfo> cs = s.containers().values().stream().filter(c -> value.equals(c.labels().get(key))).toList();
        List<NetworkInfo> ns = s.networks().values().stream().filter(n -> value.equals(n.labels().get(key))).toList();
        List<VolumeInfo> vs = s.volumes().values().stream().filter(v -> value.equals(v.labels().get(key))).toList();
        return new InventorySnapshot(s.host(), s.takenAt(), false, cs, List.of(), List.of(), List.of(), ns, vs, List.of());
    }

    @Override public InventorySnapshot current() { return narrow(feed.current()); }
    @Override public FeedState state() { return feed.state(); }

    @Override
    public void addListener(InventoryListener listener) {
        InventoryListener w = new InventoryListener() {
            @Override
            public void inventoryChanged(InventoryChange change) {
                listener.inventoryChanged(InventoryChange.between(narrow(change.before()), narrow(change.after()), change.resync()));
            }

            @Override
            public void feedStateChanged(FeedState state, String detail) {
                listener.feedStateChanged(state, detail);
            }
        };
        wrapped.put(listener, w);
        feed.addListener(w);
    }

    @Override
    public void removeListener(InventoryListener listener) {
        InventoryListener w = wrapped.remove(listener);
        if (w != null) {
            feed.removeListener(w);
        }
    }

    @Override public void close() { feed.close(); }
}
