package io.pilothouse.core.profiles;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.journal.JournalEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The saved hosts, shared by the desktop app and the CLI: list, add, update, remove, duplicate.
 * Names are unique (case-insensitive). Every change is saved at once and journaled.
 * Thread-safe.
 */
public final class HostCatalog {

    public static final String ADDED = "host.added";
    public static final String CHANGED = "host.changed";
    public static final String REMOVED = "host.removed";
    public static final String DUPLICATED = "host.duplicated";

    private static final Logger LOG = LoggerFactory.getLogger(HostCatalog.class);

    private final ProfileStore store;
    private final Journal journal;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private List<HostProfile> profiles = List.of();
    private boolean loaded;

    public HostCatalog(ProfileStore store, Journal journal) {
        this.store = Objects.requireNonNull(store, "store");
        this.journal = Objects.requireNonNull(journal, "journal");
    }

    /** Loads the store; the returned load says whether the file had a problem. */
    public ProfileLoad reload() {
        ProfileLoad load = store.load();
        synchronized (this) {
            profiles = load.profiles();
            loaded = true;
        }
        fireChanged();
        return load;
    }

    public synchronized List<HostProfile> list() {
        ensureLoaded();
        return profiles;
    }

    public synchronized Optional<HostProfile> find(String name) {
        ensureLoaded();
        return profiles.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
    }

    /** @throws IllegalArgumentException with the sentence to show, when the name is taken */
    public HostProfile add(HostProfile profile) {
        store.locked(() -> {
            synchronized (this) {
                refresh();
                checkNameFree(profile.name(), null);
                if (profiles.stream().anyMatch(p -> p.id().equals(profile.id()))) {
                    throw new IllegalArgumentException("A host with the id " + profile.id() + " already exists");
                }
                List<HostProfile> next = new ArrayList<>(profiles);
                next.add(profile);
                commit(next);
                return profile;
            }
        });
        journal(JournalEntry.now(profile, ADDED, "Added host " + profile.name() + " (" + profile.transport().url() + ")",
                Map.of("url", profile.transport().url())));
        fireChanged();
        return profile;
    }

    /** Replaces the profile with the same id. */
    public HostProfile update(HostProfile profile) {
        HostProfile before = store.locked(() -> {
            synchronized (this) {
                refresh();
                HostProfile old = profiles.stream().filter(p -> p.id().equals(profile.id())).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("The host " + profile.name()
                                + " is no longer in the list: it may have been removed meanwhile"));
                checkNameFree(profile.name(), profile.id());
                List<HostProfile> next = new ArrayList<>(profiles);
                next.set(next.indexOf(old), profile);
                commit(next);
                return old;
            }
        });
        Map<String, String> changes = changes(before, profile);
        journal(JournalEntry.now(profile, CHANGED, "Changed host " + profile.name() + ": "
                + (changes.isEmpty() ? "nothing" : String.join(", ", changes.keySet())), changes));
        fireChanged();
        return profile;
    }

    public boolean remove(String name) {
        Optional<HostProfile> removed = store.locked(() -> {
            synchronized (this) {
                refresh();
                Optional<HostProfile> found = find(name);
                if (found.isPresent()) {
                    List<HostProfile> next = new ArrayList<>(profiles);
                    next.remove(found.get());
                    commit(next);
                }
                return found;
            }
        });
        if (removed.isEmpty()) {
            return false;
        }
        HostProfile gone = removed.get();
        journal(JournalEntry.now(gone, REMOVED, "Removed host " + gone.name(), Map.of("url", gone.transport().url())));
        fireChanged();
        return true;
    }

    /** A copy under a new name ("name-copy", "name-copy-2", ... when newName is null). */
    public HostProfile duplicate(String name, String newName) {
        HostProfile[] sourceAndCopy = store.locked(() -> {
            synchronized (this) {
                refresh();
                HostProfile source = find(name)
                        .orElseThrow(() -> new IllegalArgumentException("There is no host named " + name));
                String target = newName;
                if (target == null || target.isBlank()) {
                    target = source.name() + "-copy";
                    for (int n = 2; find(target).isPresent(); n++) {
                        target = source.name() + "-copy-" + n;
                    }
                }
                checkNameFree(target, null);
                HostProfile copy = source.duplicate(target);
                List<HostProfile> next = new ArrayList<>(profiles);
                next.add(copy);
                commit(next);
                return new HostProfile[]{source, copy};
            }
        });
        HostProfile source = sourceAndCopy[0];
        HostProfile copy = sourceAndCopy[1];
        journal(JournalEntry.now(copy, DUPLICATED, "Duplicated host " + source.name() + " as " + copy.name(),
                Map.of("from", source.name(), "url", copy.transport().url())));
        fireChanged();
        return copy;
    }

    public void addListener(Runnable onChange) {
        listeners.add(Objects.requireNonNull(onChange, "onChange"));
    }

    private void ensureLoaded() {
        if (!loaded) {
            profiles = store.load().profiles();
            loaded = true;
        }
    }

    /** Picks up changes another process (the app or the CLI) saved since the last look. */
    private void refresh() {
        ProfileLoad load = store.load();
        if (load.problem().isEmpty() || !loaded) {
            profiles = load.profiles();
        }
        loaded = true;
    }

    private void checkNameFree(String name, String exceptId) {
        for (HostProfile p : profiles) {
            if (p.name().equalsIgnoreCase(name) && !p.id().equals(exceptId)) {
                throw new IllegalArgumentException(p.name().equals(name)
                        ? "The name " + name + " is already taken by another host"
                        : "The name " + name + " is already taken by the host " + p.name()
                        + " (names are compared without regard to case)");
            }
        }
    }

    private void commit(List<HostProfile> next) {
        store.save(next);
        profiles = List.copyOf(next);
    }

    private void journal(JournalEntry entry) {
        try {
            journal.append(entry);
        } catch (RuntimeException e) {
            // the change is saved; a journal that cannot be written must not undo it
            LOG.warn("{}", e.getMessage());
        }
    }

    private void fireChanged() {
        for (Runnable l : listeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                LOG.warn("A host list listener failed: {}", e.toString());
            }
        }
    }

    private static Map<String, String> changes(HostProfile before, HostProfile after) {
        Map<String, String> c = new LinkedHashMap<>();
        if (!before.name().equals(after.name())) {
            c.put("name", before.name() + " -> " + after.name());
        }
        if (!before.transport().equals(after.transport())) {
            c.put("transport", before.transport().url().equals(after.transport().url())
                    ? "settings of " + after.transport().url()
                    : before.transport().url() + " -> " + after.transport().url());
        }
        if (!before.environment().equals(after.environment())) {
            String b = before.environment().name() + " " + before.environment().colour();
            String a = after.environment().name() + " " + after.environment().colour();
            c.put("environment", b + " -> " + a);
        }
        return c;
    }

}
