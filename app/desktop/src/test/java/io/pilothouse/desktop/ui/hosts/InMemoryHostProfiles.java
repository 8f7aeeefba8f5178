package io.pilothouse.desktop.ui.hosts;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.profiles.ContextImport;
import io.pilothouse.core.profiles.ProfileLoad;
import io.pilothouse.core.profiles.SkippedContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Saved hosts in memory, with the catalog's rules that the views rely on (unique names, listeners). */
class InMemoryHostProfiles implements HostProfiles {

    private final List<HostProfile> profiles = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private boolean fileExisted = true;
    private Optional<String> problem = Optional.empty();
    private Optional<Path> setAside = Optional.empty();
    private Optional<HostProfile> localEngine = Optional.empty();

    /** What the Docker CLI's contexts hold: imported through {@link #add}, with the catalog's name rule. */
    private List<HostProfile> contexts = List.of();

    InMemoryHostProfiles contexts(HostProfile... found) {
        contexts = List.of(found);
        return this;
    }

    @Override
    public ContextImport importContexts() {
        List<HostProfile> added = new ArrayList<>();
        List<SkippedContext> skipped = new ArrayList<>();
        for (HostProfile p : contexts) {
            try {
                added.add(add(p));
            } catch (IllegalArgumentException e) {
                skipped.add(new SkippedContext(p.name(), e.getMessage()));
            }
        }
        return new ContextImport(added, skipped);
    }

    InMemoryHostProfiles with(HostProfile... hosts) {
        profiles.addAll(List.of(hosts));
        return this;
    }

    InMemoryHostProfiles firstStart(HostProfile local) {
        fileExisted = false;
        localEngine = Optional.ofNullable(local);
        return this;
    }

    InMemoryHostProfiles unreadable(String sentence, Path keptAs) {
        problem = Optional.of(sentence);
        setAside = Optional.of(keptAs);
        return this;
    }

    @Override
    public synchronized ProfileLoad reload() {
        return new ProfileLoad(List.copyOf(profiles), fileExisted, problem, setAside);
    }

    @Override
    public synchronized List<HostProfile> list() {
        return List.copyOf(profiles);
    }

    @Override
    public HostProfile add(HostProfile profile) {
        synchronized (this) {
            if (profiles.stream().anyMatch(p -> p.name().equalsIgnoreCase(profile.name()))) {
                throw new IllegalArgumentException("A host named '" + profile.name() + "' already exists");
            }
            profiles.add(profile);
        }
        listeners.forEach(Runnable::run);
        return profile;
    }

    @Override
    public HostProfile update(HostProfile profile) {
        synchronized (this) {
            profiles.replaceAll(p -> p.id().equals(profile.id()) ? profile : p);
        }
        listeners.forEach(Runnable::run);
        return profile;
    }

    @Override
    public boolean remove(String name) {
        boolean removed;
        synchronized (this) {
            removed = profiles.removeIf(p -> p.name().equals(name));
        }
        listeners.forEach(Runnable::run);
        return removed;
    }

    @Override
    public void addListener(Runnable onChange) {
        listeners.add(onChange);
    }

    @Override
    public Optional<HostProfile> localEngine() {
        return localEngine;
    }
}
