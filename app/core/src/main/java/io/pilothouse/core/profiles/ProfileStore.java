package io.pilothouse.core.profiles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.pilothouse.core.host.HostProfile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Host profiles as JSON in one file with a schema version, written atomically (temp file, fsync,
 * rename). A file that cannot be read is moved aside under a new name and reported, never
 * silently replaced. No secret is ever written.
 */
public final class ProfileStore {

    public static final int SCHEMA_VERSION = 1;

    private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIR_MODE = PosixFilePermissions.fromString("rwx------");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private static final java.util.concurrent.ConcurrentMap<Path, Object> IN_PROCESS_LOCKS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final Path file;
    private final Clock clock;
    private final ObjectMapper mapper;
    /** Set when the file was written by a newer version: it is then never saved over. */
    private volatile Optional<String> saveRefusal = Optional.empty();

    public ProfileStore(Path file) {
        this(file, Clock.systemUTC());
    }

    public ProfileStore(Path file, Clock clock) {
        this.file = file.toAbsolutePath().normalize();
        this.clock = clock;
        this.mapper = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public Path file() {
        return file;
    }

    /**
     * Runs {@code change} (typically load, modify, save) while holding the store's lock: a lock
     * inside this process and an exclusive lock on the sibling file ".profiles.json.lock", so the
     * desktop app and the CLI never save over each other's change.
     */
    public <T> T locked(java.util.function.Supplier<T> change) {
        Object processLock = IN_PROCESS_LOCKS.computeIfAbsent(file, f -> new Object());
        synchronized (processLock) {
            Path lockFile = file.resolveSibling("." + file.getFileName() + ".lock");
            try {
                Path dir = file.getParent();
                if (!Files.isDirectory(dir)) {
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIR_MODE));
                }
                try (FileChannel ch = FileChannel.open(lockFile, java.util.Set.of(StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE), PosixFilePermissions.asFileAttribute(FILE_MODE));
                     java.nio.channels.FileLock ignored = ch.lock()) {
                    return change.get();
                }
            } catch (IOException e) {
                throw new ProfileStoreException("The host list " + file + " could not be locked for a change ("
                        + lockFile + ": " + e.getMessage() + ")", e);
            }
        }
    }

    /** The JSON written for these profiles (the file's exact content). */
    public String toJson(List<HostProfile> profiles) {
        try {
            return mapper.writeValueAsString(new ProfileFile(SCHEMA_VERSION, List.copyOf(profiles))) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The host list cannot be written as JSON", e);
        }
    }

    public ProfileLoad load() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            saveRefusal = Optional.empty();
            return new ProfileLoad(List.of(), false, Optional.empty(), Optional.empty());
        } catch (IOException e) {
            String sentence = "The host list " + file + " could not be read (" + e.getMessage()
                    + "); it was left as it is and changes will not be saved until it can be read.";
            saveRefusal = Optional.of(sentence);
            return new ProfileLoad(List.of(), true, Optional.of(sentence), Optional.empty());
        }
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (IOException e) {
            return setAside("it is not valid JSON: " + reason(e));
        }
        if (root == null || !root.isObject()) {
            return setAside("it is not a JSON object with a schemaVersion and a list of profiles");
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.isInt() || version.asInt() < 1) {
            return setAside("it has no valid schemaVersion");
        }
        if (version.asInt() > SCHEMA_VERSION) {
            String sentence = "The host list " + file + " was written by a newer Pilothouse (schema version "
                    + version.asInt() + "; this version knows " + SCHEMA_VERSION
                    + "). It was left untouched and changes will not be saved over it: use the newer version.";
            saveRefusal = Optional.of(sentence);
            return new ProfileLoad(List.of(), true, Optional.of(sentence), Optional.empty());
        }
        JsonNode list = root.get("profiles");
        if (list == null || !list.isArray()) {
            return setAside("it has no list of profiles");
        }
        List<HostProfile> profiles = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            HostProfile profile;
            try {
                profile = mapper.treeToValue(list.get(i), HostProfile.class);
            } catch (IOException | IllegalArgumentException e) {
                return setAside("profile " + (i + 1) + " is invalid: " + reason(e));
            }
            if (profile == null) {
                return setAside("profile " + (i + 1) + " is empty");
            }
            if (!names.add(profile.name().toLowerCase(Locale.ROOT))) {
                return setAside("the name '" + profile.name() + "' is used twice");
            }
            if (!ids.add(profile.id())) {
                return setAside("the id '" + profile.id() + "' is used twice");
            }
            profiles.add(profile);
        }
        saveRefusal = Optional.empty();
        return new ProfileLoad(List.copyOf(profiles), true, Optional.empty(), Optional.empty());
    }

    private ProfileLoad setAside(String why) {
        Path aside = asidePath();
        try {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            String sentence = "The host list " + file + " could not be read (" + why + ") and could not be moved to "
                    + aside + " (" + e.getMessage() + "); it was left as it is and changes will not be saved.";
            saveRefusal = Optional.of(sentence);
            return new ProfileLoad(List.of(), true, Optional.of(sentence), Optional.empty());
        }
        saveRefusal = Optional.empty();
        String sentence = "The host list " + file + " could not be read (" + why + "); it was moved to " + aside
                + " and Pilothouse started with no hosts.";
        return new ProfileLoad(List.of(), true, Optional.of(sentence), Optional.of(aside));
    }

    private Path asidePath() {
        String base = file.getFileName() + ".corrupt-" + STAMP.format(clock.instant());
        Path candidate = file.resolveSibling(base);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = file.resolveSibling(base + "-" + n);
        }
        return candidate;
    }

    private static String reason(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof IllegalArgumentException)) {
            t = t.getCause();
        }
        String msg = t instanceof com.fasterxml.jackson.core.JsonProcessingException jpe
                ? jpe.getOriginalMessage() : t.getMessage();
        return firstLine(msg);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown reason";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /**
     * Writes the profiles atomically: a temp file in the same folder, forced to disk, renamed over
     * the old file, then the folder forced. The file is 0600 and a folder it creates 0700.
     *
     * @throws ProfileStoreException when the file was written by a newer version, or cannot be written
     */
    public void save(List<HostProfile> profiles) {
        Optional<String> refusal = saveRefusal;
        if (refusal.isPresent()) {
            throw new ProfileStoreException(refusal.get(), null);
        }
        byte[] bytes = toJson(profiles).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path dir = file.getParent();
        Path tmp = null;
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIR_MODE));
            }
            tmp = Files.createTempFile(dir, file.getFileName() + ".", ".tmp",
                    PosixFilePermissions.asFileAttribute(FILE_MODE));
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system cannot rename atomically", e);
            }
            tmp = null;
            try (FileChannel dirChannel = FileChannel.open(dir, StandardOpenOption.READ)) {
                dirChannel.force(true);
            }
        } catch (IOException e) {
            throw new ProfileStoreException("The host list could not be saved to " + file + ": " + e.getMessage()
                    + ". The previous file is unchanged.", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temp file is harmless; the next save makes a new one
                }
            }
        }
    }
}
