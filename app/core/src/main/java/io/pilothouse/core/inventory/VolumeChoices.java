package io.pilothouse.core.inventory;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.model.VolumeClass;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The volume classes a user saved, per host (by profile id) and volume key, kept in
 * {@code volume-classes.json} in the config directory. Written atomically (temp file, then move).
 */
public final class VolumeChoices {

    private static final TypeReference<Map<String, Map<String, VolumeClass>>> TYPE = new TypeReference<>() {
    };

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Object lock = new Object();

    public VolumeChoices(Path file) {
        this.file = file;
    }

    public static VolumeChoices in(AppDirectories dirs) {
        return new VolumeChoices(dirs.configDir().resolve("volume-classes.json"));
    }

    public Path file() {
        return file;
    }

    public Optional<VolumeClass> choice(String hostId, String volumeKey) {
        return Optional.ofNullable(read().getOrDefault(hostId, Map.of()).get(volumeKey));
    }

    /** Every choice for one host, by volume key. */
    public Map<String, VolumeClass> choices(String hostId) {
        return Map.copyOf(read().getOrDefault(hostId, Map.of()));
    }

    /** Saves (or with an empty value, forgets) the class of one volume. */
    public void save(String hostId, String volumeKey, Optional<VolumeClass> value) {
        synchronized (lock) {
            Map<String, Map<String, VolumeClass>> all = read();
            Map<String, VolumeClass> host = all.computeIfAbsent(hostId, k -> new TreeMap<>());
            if (value.isPresent()) {
                host.put(volumeKey, value.get());
            } else {
                host.remove(volumeKey);
                if (host.isEmpty()) {
                    all.remove(hostId);
                }
            }
            write(all);
        }
    }

    private Map<String, Map<String, VolumeClass>> read() {
        try {
            Map<String, Map<String, VolumeClass>> m = mapper.readValue(Files.readAllBytes(file), TYPE);
            Map<String, Map<String, VolumeClass>> copy = new TreeMap<>();
            m.forEach((k, v) -> copy.put(k, new TreeMap<>(v)));
            return copy;
        } catch (NoSuchFileException e) {
            return new TreeMap<>();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the saved volume classes " + file + ": " + e.getMessage(), e);
        }
    }

    private void write(Map<String, Map<String, VolumeClass>> all) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".volume-classes", ".tmp");
            try {
                Files.write(tmp, mapper.writeValueAsBytes(all));
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the volume classes to " + file + ": " + e.getMessage(), e);
        }
    }
}
