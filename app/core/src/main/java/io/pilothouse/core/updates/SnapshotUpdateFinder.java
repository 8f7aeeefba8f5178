package io.pilothouse.core.updates;

import io.pilothouse.core.model.ContainerInfo;
import io.pilothouse.core.model.ImageInfo;
import io.pilothouse.core.model.InventorySnapshot;
import io.pilothouse.core.model.ServiceInfo;
import io.pilothouse.core.workflows.upgrade.ImageReference;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks every container and swarm service of a snapshot for a newer image: the registry digest of
 * the image it runs (the digest a service's spec is pinned to, else the {@code RepoDigests} of the image)
 * against the digest the registry has for the same tag now. The registry is asked once per distinct
 * reference. An image without a registry digest of its own repository here was built or loaded on
 * this host: it is "not from a registry" and its registry is not asked (so no registry learns the names
 * of images that were never its own). Containers that are tasks of a service are left to their
 * service. Blocking: call it off the UI thread.
 */
public final class SnapshotUpdateFinder {

    private static final String SERVICE_LABEL = "com.docker.swarm.service.id";

    private final DigestSource registry;
    private final Clock clock;

    public SnapshotUpdateFinder(DigestSource registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    public List<ImageUpdate> check(InventorySnapshot snapshot) throws InterruptedException {
        Map<String, Answer> answers = new HashMap<>();
        List<ImageUpdate> out = new ArrayList<>();
        for (ContainerInfo c : snapshot.containers().values()) {
            if (c.labels().containsKey(SERVICE_LABEL)) {
                continue;
            }
            out.add(check(c.id(), c.name(), false, c.image(), localDigests(snapshot, c.image(), List.of(c)), answers));
        }
        for (ServiceInfo s : snapshot.services().values()) {
            List<ContainerInfo> tasks = snapshot.containers().values().stream()
                    .filter(c -> s.id().equals(c.labels().get(SERVICE_LABEL))).toList();
            List<String> local = s.imageDigest().isEmpty() ? localDigests(snapshot, s.image(), tasks)
                    : List.of(s.imageDigest());
            out.add(check(s.id(), s.name(), true, s.image(), local, answers));
        }
        return out;
    }

    /** The tags (as references) whose registry digest a check of this snapshot would ask for. */
    public static Set<String> references(InventorySnapshot snapshot) {
        Set<String> refs = new LinkedHashSet<>();
        snapshot.containers().values().stream().filter(c -> !c.labels().containsKey(SERVICE_LABEL))
                .forEach(c -> tagOf(c.image()).ifPresent(refs::add));
        snapshot.services().values().forEach(s -> tagOf(s.image()).ifPresent(refs::add));
        return refs;
    }

    /** {@code tag} as the references of a check name it ("busybox:1" and "docker.io/library/busybox:1" alike). */
    public static java.util.Optional<String> tagOf(String image) {
        try {
            ImageReference ref = ImageReference.parse(image);
            return ref.tag() == null ? java.util.Optional.empty()
                    : java.util.Optional.of(new ImageReference(ref.registry(), ref.path(), ref.tag(), null).toString());
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private ImageUpdate check(String id, String name, boolean service, String image, List<String> local,
                              Map<String, Answer> answers) throws InterruptedException {
        if (image.startsWith("sha256:") || image.matches("[0-9a-f]{12,64}")) {
            return result(id, name, service, image, null, null, UpdateState.NOT_FROM_REGISTRY,
                    "It runs an image by its id, not by a tag: there is no tag to compare with a registry.");
        }
        ImageReference ref;
        try {
            ref = ImageReference.parse(image);
        } catch (IllegalArgumentException e) {
            return result(id, name, service, image, null, null, UpdateState.COULD_NOT_CHECK, e.getMessage());
        }
        if (ref.tag() == null) {
            return result(id, name, service, ref.toString(), ref.digest(), null, UpdateState.NOT_FROM_REGISTRY,
                    "It is pinned to a digest without a tag: there is no tag whose digest could change.");
        }
        ImageReference tag = new ImageReference(ref.registry(), ref.path(), ref.tag(), null);
        if (local.isEmpty()) {
            return result(id, name, service, tag.toString(), null, null, UpdateState.NOT_FROM_REGISTRY,
                    "The image " + tag + " has no digest from " + ref.registry()
                            + ": it was built or loaded on this host and never pushed or pulled.");
        }
        Answer answer = answers.get(tag.toString());
        if (answer == null) {
            answer = ask(tag);
            answers.put(tag.toString(), answer);
        }
        if (answer.digest() != null) {
            String remote = answer.digest();
            return result(id, name, service, tag.toString(), local.contains(remote) ? remote : local.get(0), remote,
                    local.contains(remote) ? UpdateState.CURRENT : UpdateState.UPDATE_AVAILABLE, "");
        }
        return result(id, name, service, tag.toString(), local.get(0), null, UpdateState.COULD_NOT_CHECK, answer.problem());
    }

    /** The registry's digest for a tag, or the sentence saying why there is none. */
    private record Answer(String digest, String problem) {
    }

    private Answer ask(ImageReference tag) throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException();
        }
        try {
            String digest = registry.digest(tag);
            return digest == null || digest.isBlank()
                    ? new Answer(null, "The registry " + tag.registry() + " gave no digest for " + tag + ".")
                    : new Answer(digest, null);
        } catch (HttpTimeoutException e) {
            return new Answer(null, "The registry " + tag.registry() + " did not answer in time for " + tag + ".");
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage();
            return new Answer(null, message == null || message.isBlank()
                    ? "The registry " + tag.registry() + " could not be asked about " + tag + " (" + e.getClass().getSimpleName() + ")."
                    : message);
        }
    }

    /**
     * The registry digests of what runs, of the reference's own repository: the digest a reference is
     * pinned to, else the {@code RepoDigests} of the image each container runs; for a service without
     * containers here, those of the local image with its tag.
     */
    private static List<String> localDigests(InventorySnapshot snapshot, String image, List<ContainerInfo> running) {
        ImageReference ref;
        try {
            ref = ImageReference.parse(image);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        if (ref.digest() != null) {
            return List.of(ref.digest());
        }
        List<String> digests = new ArrayList<>();
        List<ImageInfo> images = new ArrayList<>();
        for (ContainerInfo c : running) {
            String pinned = pinnedDigest(c.image());
            if (pinned != null) {
                digests.add(pinned);
            } else if (snapshot.images().get(c.imageId()) != null) {
                images.add(snapshot.images().get(c.imageId()));
            }
        }
        if (running.isEmpty()) {
            String wanted = ref.toString();
            snapshot.images().values().stream()
                    .filter(i -> i.repoTags().stream().anyMatch(t -> tagOf(t).map(wanted::equals).orElse(false)))
                    .forEach(images::add);
        }
        for (ImageInfo i : images) {
            for (String d : i.repoDigests()) {
                int at = d.indexOf('@');
                if (at > 0 && sameRepository(d.substring(0, at), ref)) {
                    digests.add(d.substring(at + 1));
                }
            }
        }
        return digests.stream().distinct().toList();
    }

    private static String pinnedDigest(String image) {
        try {
            return ImageReference.parse(image).digest();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean sameRepository(String repository, ImageReference ref) {
        try {
            return ImageReference.parse(repository).repository().equals(ref.repository());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private ImageUpdate result(String id, String name, boolean service, String image, String local, String remote,
                               UpdateState state, String reason) {
        return new ImageUpdate(id, name, service, image, local, remote, state, reason, clock.instant());
    }
}
