package io.pilothouse.core.profiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.TransportConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the Docker CLI's contexts (~/.docker/contexts: meta/&lt;sha256 of name&gt;/meta.json and
 * tls/&lt;sha256 of name&gt;/docker/{ca,cert,key}.pem) and turns them into host profiles. A context that
 * skips TLS verification, or a tcp:// one without TLS material, is left out with the reason:
 * verification is always on.
 */
public final class DockerContextImporter {

    private static final List<String> TLS_FILES = List.of("ca.pem", "cert.pem", "key.pem");

    private final Path dockerConfigDir;
    private final ObjectMapper mapper = new ObjectMapper();
    private final TransportParser parser = new TransportParser();

    /** @param dockerConfigDir the Docker CLI's configuration folder (~/.docker or $DOCKER_CONFIG) */
    public DockerContextImporter(Path dockerConfigDir) {
        this.dockerConfigDir = dockerConfigDir;
    }

    public Path contextsDir() {
        return dockerConfigDir.resolve("contexts");
    }

    /** The profiles the contexts describe, leaving out names already in {@code existingNames}; adds nothing. */
    public ContextImport read(Collection<String> existingNames, Environment environment) {
        Set<String> taken = new HashSet<>();
        existingNames.forEach(n -> taken.add(n.toLowerCase(Locale.ROOT)));
        List<HostProfile> profiles = new ArrayList<>();
        List<SkippedContext> skipped = new ArrayList<>();
        Path meta = contextsDir().resolve("meta");
        if (!Files.isDirectory(meta)) {
            return new ContextImport(profiles, skipped);
        }
        List<Path> dirs;
        try (Stream<Path> s = Files.list(meta)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("The Docker contexts in " + meta + " could not be listed: "
                    + e.getMessage(), e);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Path dir : dirs) {
            Path file = dir.resolve("meta.json");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                JsonNode root = mapper.readTree(file.toFile());
                String name = text(root.path("Name"));
                if (name == null) {
                    skipped.add(new SkippedContext(dir.getFileName().toString(), file + " has no context name"));
                    continue;
                }
                candidates.add(new Candidate(name, dir.getFileName().toString(), root.path("Endpoints").path("docker")));
            } catch (IOException e) {
                skipped.add(new SkippedContext(dir.getFileName().toString(), file + " is not valid JSON"));
            }
        }
        candidates.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        for (Candidate c : candidates) {
            String reason = null;
            HostProfile profile = null;
            if (taken.contains(c.name().toLowerCase(Locale.ROOT))) {
                reason = "a host named " + c.name() + " already exists";
            } else {
                try {
                    profile = HostProfile.create(c.name(), transport(c), environment);
                } catch (IllegalArgumentException e) {
                    reason = e.getMessage();
                }
            }
            if (profile != null) {
                profiles.add(profile);
                taken.add(c.name().toLowerCase(Locale.ROOT));
            } else {
                skipped.add(new SkippedContext(c.name(), reason));
            }
        }
        return new ContextImport(profiles, skipped);
    }

    /** Reads the contexts and adds each one the catalog does not have yet (each addition journaled). */
    public ContextImport importInto(HostCatalog catalog, Environment environment) {
        ContextImport read = read(catalog.list().stream().map(HostProfile::name).toList(), environment);
        List<HostProfile> added = new ArrayList<>();
        List<SkippedContext> skipped = new ArrayList<>(read.skipped());
        for (HostProfile p : read.imported()) {
            try {
                added.add(catalog.add(p));
            } catch (IllegalArgumentException e) {
                skipped.add(new SkippedContext(p.name(), e.getMessage()));
            }
        }
        return new ContextImport(added, skipped);
    }

    private TransportConfig transport(Candidate c) {
        String host = text(c.endpoint().path("Host"));
        if (host == null) {
            throw new IllegalArgumentException("the context has no Docker endpoint address");
        }
        if (c.endpoint().path("SkipTLSVerify").asBoolean(false)) {
            throw new IllegalArgumentException("the context skips TLS verification; Pilothouse always verifies, "
                    + "so add it by hand with a CA (hosts add --tls-dir)");
        }
        TransportOptions options = TransportOptions.NONE;
        if (host.regionMatches(true, 0, "tcp://", 0, 6)) {
            Path tls = contextsDir().resolve("tls").resolve(c.id()).resolve("docker");
            List<String> present = TLS_FILES.stream().filter(f -> Files.isRegularFile(tls.resolve(f))).toList();
            if (present.isEmpty()) {
                throw new IllegalArgumentException("the context reaches " + host + " without TLS material; "
                        + "Pilothouse connects over TCP only with verified TLS");
            }
            if (present.size() < TLS_FILES.size()) {
                List<String> missing = TLS_FILES.stream().filter(f -> !present.contains(f)).toList();
                throw new IllegalArgumentException("the context's TLS folder " + tls + " lacks "
                        + String.join(" and ", missing) + "; a CA and a client certificate with its key are needed");
            }
            options = TransportOptions.tls(tls.toString());
        }
        return parser.parse(host, options);
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }

    private record Candidate(String name, String id, JsonNode endpoint) {
    }
}
