package io.pilothouse.desktop;

import io.pilothouse.core.host.HostStatus;
import io.pilothouse.desktop.ui.hosts.HostItem;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Start-up timestamps for the start-up benchmark: with {@code -Dpilothouse.startup.marker=<file>}
 * (or {@code PILOTHOUSE_STARTUP_MARKER}) the app appends {@code window_ms=<epoch ms>} once a
 * frame of the main window that lists the saved hosts is on the screen ({@link FramePainted}), and
 * {@code connected_ms=<epoch ms>} once a frame shows every listed host connected. Nothing is
 * written otherwise.
 */
final class StartupMarker {

    private final Path file;
    private boolean windowWritten;
    private boolean connectedWritten;

    private StartupMarker(Path file) {
        this.file = file;
    }

    static Optional<StartupMarker> requested() {
        String file = System.getProperty("pilothouse.startup.marker", System.getenv("PILOTHOUSE_STARTUP_MARKER"));
        return file == null || file.isBlank() ? Optional.empty() : Optional.of(new StartupMarker(Path.of(file)));
    }

    /** Watches the main window's host list; call on the FX thread once the stage is shown. */
    void watch(ObservableList<HostItem> hosts) {
        Runnable check = () -> {
            if (!windowWritten && !hosts.isEmpty()) {
                windowWritten = true;
                afterNextFrame("window_ms");
            }
            if (!connectedWritten && !hosts.isEmpty()
                    && hosts.stream().allMatch(h -> h.status().state() == HostStatus.State.CONNECTED)) {
                connectedWritten = true;
                afterNextFrame("connected_ms");
            }
        };
        hosts.addListener((ListChangeListener<HostItem>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(h -> h.statusProperty().addListener((o, was, now) -> check.run()));
            }
            check.run();
        });
        hosts.forEach(h -> h.statusProperty().addListener((o, was, now) -> check.run()));
        check.run();
    }

    /** The time the frame showing the change reached the screen is written. */
    private void afterNextFrame(String key) {
        FramePainted.then(() -> write(key + "=" + System.currentTimeMillis()));
    }

    private void write(String line) {
        try {
            Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("Pilothouse: the start-up marker could not be written to " + file + ": " + e.getMessage());
        }
    }
}
