package io.pilothouse.core.workflows.backup;

import com.github.dockerjava.api.DockerClient;
import io.pilothouse.core.host.EngineApi;
import io.pilothouse.core.host.HostSession;

import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a step reads a container's files as a tar stream (the engine's archive endpoint), with the
 * session's client for everything else. Through the session's own API when it has one: closing
 * that stream (a cancel does) ends the request at once, while docker-java's stream first reads the
 * rest of the archive, the whole remaining volume, on the thread that closes it.
 */
public record ArchiveReads(DockerClient docker, Optional<EngineApi> api) {

    public ArchiveReads {
        Objects.requireNonNull(docker, "docker");
        Objects.requireNonNull(api, "api");
    }

    public static ArchiveReads of(HostSession session) {
        return new ArchiveReads(session.docker(), session.api());
    }

    /** docker-java's stream only (a client without the session's API). */
    public static ArchiveReads of(DockerClient docker) {
        return new ArchiveReads(docker, Optional.empty());
    }

    /** The files under {@code path} in {@code container}, as a tar stream. */
    public InputStream open(String container, String path) {
        return api.map(a -> a.archive(container, path))
                .orElseGet(() -> docker.copyArchiveFromContainerCmd(container, path).exec());
    }
}
