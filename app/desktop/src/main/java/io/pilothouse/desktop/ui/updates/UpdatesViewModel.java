package io.pilothouse.desktop.ui.updates;

import io.pilothouse.core.updates.ImageUpdate;
import io.pilothouse.core.updates.SnapshotUpdateFinder;
import io.pilothouse.core.updates.UpdateState;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * The newer-image marks of one host: a check runs on the background executor (never two at once; one
 * asked for while another runs follows it), its results come back on the UI executor as one mark per
 * container and service id. A check that fails as a whole keeps the marks it had and says why.
 */
public final class UpdatesViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final UpdateSource source;
    private final Executor io;
    private final Executor ui;
    private final Duration limit;
    private final ZoneId zone;
    private final ReadOnlyObjectWrapper<Map<String, UpdateMark>> marks = new ReadOnlyObjectWrapper<>(this, "marks", Map.of());
    private final ReadOnlyObjectWrapper<Map<String, String>> badges = new ReadOnlyObjectWrapper<>(this, "badges", Map.of());
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Set<String> checkedTags = Set.of();
    private boolean again;
    private boolean disposed;

    /**
     * @param limit how long a whole check may take before it is given up (each registry request has its own, shorter, timeout)
     */
    public UpdatesViewModel(UpdateSource source, Executor io, Executor ui, Duration limit, ZoneId zone) {
        this.source = source;
        this.io = io;
        this.ui = ui;
        this.limit = limit;
        this.zone = zone;
    }

    /** Starts a check (UI thread); while one runs, another follows it once. */
    public void check() {
        if (disposed) {
            return;
        }
        if (checking.get()) {
            again = true;
            return;
        }
        checking.set(true);
        status.set("Checking for newer images…");
        try {
            CompletableFuture.supplyAsync(this::run, io)
                    .orTimeout(limit.toMillis(), TimeUnit.MILLISECONDS)
                    .whenComplete((found, error) -> ui.execute(() -> done(found, error)));
        } catch (RejectedExecutionException e) {
            checking.set(false);
            status.set("");
        }
    }

    /** Checks again when one of these tags (an image pulled or tagged on the host) was part of the last check. */
    public void imagesTagged(Collection<String> tags) {
        if (tags.stream().map(SnapshotUpdateFinder::tagOf).flatMap(java.util.Optional::stream).anyMatch(checkedTags::contains)) {
            check();
        }
    }

    /** No more checks; one running is dropped when it ends. */
    public void dispose() {
        disposed = true;
    }

    private List<ImageUpdate> run() {
        try {
            return source.check();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    private void done(List<ImageUpdate> found, Throwable error) {
        if (disposed) {
            checking.set(false);
            return;
        }
        if (error != null) {
            status.set("Newer images could not be looked for: " + sentence(error));
        } else {
            apply(found);
        }
        checking.set(false);
        if (again) {
            again = false;
            check();
        }
    }

    private void apply(List<ImageUpdate> found) {
        Map<String, UpdateMark> next = new LinkedHashMap<>();
        Map<String, String> nextBadges = new LinkedHashMap<>();
        for (ImageUpdate u : found) {
            UpdateMark mark = UpdateMark.of(u, zone);
            next.put(u.targetId(), mark);
            if (mark.updateAvailable()) {
                nextBadges.put(u.targetId(), mark.tooltip());
            }
        }
        checkedTags = found.stream().map(ImageUpdate::image).collect(Collectors.toUnmodifiableSet());
        marks.set(Map.copyOf(next));
        badges.set(Map.copyOf(nextBadges));
        long newer = found.stream().filter(ImageUpdate::updateAvailable).count();
        long failed = found.stream().filter(u -> u.state() == UpdateState.COULD_NOT_CHECK).count();
        String when = found.isEmpty() ? "" : " (checked " + TIME.format(found.get(0).checkedAt().atZone(zone)) + ")";
        status.set((newer == 0 ? "No newer images" : newer + (newer == 1 ? " newer image" : " newer images"))
                + (failed == 0 ? "" : ", " + failed + " could not be checked") + when);
    }

    private String sentence(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof TimeoutException) {
            return "the check took longer than " + (limit.toSeconds() >= 1 ? limit.toSeconds() + " s." : limit.toMillis() + " ms.");
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** Per container or service id, what its last check found. */
    public ReadOnlyObjectProperty<Map<String, UpdateMark>> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    /** Per container or service id with a newer image, the sentences of its badge's tooltip. */
    public ReadOnlyObjectProperty<Map<String, String>> badgesProperty() {
        return badges.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** One line: how many newer images, how many could not be checked, when; or why the check failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
