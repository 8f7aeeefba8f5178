package io.pilothouse.core.workflows.backup;

import io.pilothouse.core.ops.ProgressText;

import io.pilothouse.core.config.AppDirectories;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The backups in one folder: a backup is a manifest ({@code NAME.manifest.json}) and the archive it
 * names. Part files ({@code .part}) are never listed. Browse, search, verify, prune.
 */
public final class BackupCatalog {

    private final Path dir;
    private final List<String> problems = new ArrayList<>();

    public BackupCatalog(Path dir) {
        this.dir = dir;
    }

    public static Path defaultDir(AppDirectories dirs) {
        return dirs.dataDir().resolve("backups");
    }

    public Path dir() {
        return dir;
    }

    /** Manifests that could not be read or whose archive is missing, as sentences (filled by {@link #list()}). */
    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    /** Every complete backup, newest first. */
    public synchronized List<CatalogEntry> list() {
        problems.clear();
        List<CatalogEntry> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + ManifestFiles.SUFFIX)) {
            for (Path m : files) {
                try {
                    BackupManifest manifest = ManifestFiles.read(m);
                    if (manifest.archive() == null || manifest.archive().contains("/")) {
                        problems.add(m.getFileName() + " names no archive in this folder.");
                        continue;
                    }
                    Path archive = ManifestFiles.archiveOf(m, manifest);
                    if (!Files.isRegularFile(archive)) {
                        problems.add(m.getFileName() + ": its archive " + manifest.archive() + " is missing.");
                        continue;
                    }
                    out.add(new CatalogEntry(m, archive, manifest));
                } catch (IOException e) {
                    problems.add(e.getMessage());
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new BackupFailure("The backup folder " + dir + " cannot be read: " + e.getMessage(), e);
        }
        out.sort(Comparator.comparing((CatalogEntry e) -> e.manifest().finished(),
                Comparator.nullsLast(Comparator.naturalOrder())).reversed());
        return out;
    }

    /** Backups whose host, volume, container or file name contains {@code text} (any case). */
    public List<CatalogEntry> search(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return list().stream().filter(e -> e.name().toLowerCase(Locale.ROOT).contains(t)
                || e.manifest().host().toLowerCase(Locale.ROOT).contains(t)
                || e.manifest().volume().toLowerCase(Locale.ROOT).contains(t)
                || e.manifest().containers().stream().anyMatch(c -> c.name().toLowerCase(Locale.ROOT).contains(t)))
                .toList();
    }

    /** The backup named by its archive file name, manifest file name or a path to either. */
    public Optional<CatalogEntry> find(String nameOrPath) {
        String n = Path.of(nameOrPath).getFileName().toString();
        return list().stream().filter(e -> e.name().equals(n) || e.manifestFile().getFileName().toString().equals(n)
                || e.name().startsWith(n + ".tar")).findFirst();
    }

    /** Re-reads the archive, re-hashes it, decompresses and counts it, and checks all against the manifest. */
    public VerifyResult verify(CatalogEntry e) {
        BackupManifest m = e.manifest();
        String name = e.name();
        MessageDigest sha = VolumeArchiver.sha256();
        TarTally tally;
        long fileBytes;
        try {
            Compression c = Compression.fromWord(m.compression());
            fileBytes = Files.size(e.archive());
            try (InputStream raw = new DigestInputStream(Files.newInputStream(e.archive()), sha);
                 TarTally t = new TarTally(c.decompress(new java.io.BufferedInputStream(raw, VolumeArchiver.BUFFER)))) {
                tally = t;
                byte[] buf = new byte[VolumeArchiver.BUFFER];
                while (t.read(buf, 0, buf.length) >= 0) {
                    // read to the end
                }
                // the compressed stream may end before the file does: hash the rest too
                raw.transferTo(java.io.OutputStream.nullOutputStream());
            }
        } catch (IOException | RuntimeException ex) {
            return new VerifyResult(name, false, name + " cannot be read back (" + ex.getMessage()
                    + "): the archive is damaged or was changed after the backup.");
        }
        String actual = HexFormat.of().formatHex(sha.digest());
        List<String> diffs = new ArrayList<>();
        if (!actual.equalsIgnoreCase(String.valueOf(m.archiveSha256()))) {
            diffs.add("its SHA-256 is " + actual.substring(0, 16) + "…, the manifest says "
                    + abbreviate(m.archiveSha256()));
        }
        if (fileBytes != m.archiveBytes()) {
            diffs.add("it has " + fileBytes + " bytes, the manifest says " + m.archiveBytes());
        }
        if (!tally.complete()) {
            diffs.add("its tar stream has no end marker");
        }
        if (tally.entries() != m.entries()) {
            diffs.add("it holds " + tally.entries() + " entries, the manifest says " + m.entries());
        }
        if (tally.files() != m.files()) {
            diffs.add("it holds " + tally.files() + " files, the manifest says " + m.files());
        }
        if (tally.contentBytes() != m.contentBytes()) {
            diffs.add("its files hold " + tally.contentBytes() + " bytes, the manifest says " + m.contentBytes());
        }
        if (diffs.isEmpty()) {
            return new VerifyResult(name, true, name + ": OK (" + m.entries() + " entries, "
                    + ProgressText.bytes(m.contentBytes()) + ", SHA-256 " + actual.substring(0, 16) + "…)");
        }
        return new VerifyResult(name, false, name + " does not match its manifest: " + String.join("; ", diffs)
                + ". The archive or the manifest was changed after the backup; do not restore from it.");
    }

    private static String abbreviate(String s) {
        return s == null ? "nothing" : s.length() > 16 ? s.substring(0, 16) + "…" : s;
    }

    /**
     * What a retention rule would do, per host and volume: keep the newest {@code keepLast}
     * (null: no count rule) and those finished within {@code newerThanDays} (null: no age rule);
     * with both, a backup either rule keeps is kept.
     */
    public PrunePreview preview(Integer keepLast, Integer newerThanDays, Instant now) {
        if (keepLast == null && newerThanDays == null) {
            throw new BackupFailure("Say what to keep: --keep-last N and/or --newer-than DAYS.");
        }
        if ((keepLast != null && keepLast < 0) || (newerThanDays != null && newerThanDays < 0)) {
            throw new BackupFailure("--keep-last and --newer-than take a number of 0 or more.");
        }
        Map<String, List<CatalogEntry>> groups = new LinkedHashMap<>();
        for (CatalogEntry e : list()) {
            groups.computeIfAbsent(e.manifest().hostId() + "\u0000" + e.manifest().volume(), k -> new ArrayList<>()).add(e);
        }
        List<CatalogEntry> keep = new ArrayList<>();
        List<CatalogEntry> remove = new ArrayList<>();
        for (List<CatalogEntry> g : groups.values()) {
            for (int i = 0; i < g.size(); i++) {
                CatalogEntry e = g.get(i);
                boolean byCount = keepLast != null && i < keepLast;
                boolean byAge = newerThanDays != null && e.manifest().finished() != null
                        && e.manifest().finished().isAfter(now.minus(Duration.ofDays(newerThanDays)));
                (byCount || byAge ? keep : remove).add(e);
            }
        }
        return new PrunePreview(keep, remove);
    }

    /** Deletes what the preview removes: the archive first, then its manifest. */
    public List<String> prune(PrunePreview preview) {
        List<String> removed = new ArrayList<>();
        for (CatalogEntry e : preview.remove()) {
            try {
                Files.deleteIfExists(e.archive());
                Files.deleteIfExists(e.manifestFile());
                removed.add(e.name());
            } catch (IOException ex) {
                throw new BackupFailure("Could not delete " + e.name() + ": " + ex.getMessage()
                        + " (removed so far: " + removed + ").", ex);
            }
        }
        return removed;
    }
}
