package io.pilothouse.core.workflows.upgrade;

import java.util.Objects;

/**
 * An image reference split into registry, repository path, tag and digest:
 * {@code 127.0.0.1:25000/testenv/busybox:1} or {@code nginx@sha256:...}.
 */
public record ImageReference(String registry, String path, String tag, String digest) {

    public static final String DOCKER_HUB = "docker.io";

    public ImageReference {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(path, "path");
    }

    public static ImageReference parse(String ref) {
        if (ref == null || ref.isBlank() || ref.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("\"" + ref + "\" is not an image reference (e.g. registry:5000/app:2)");
        }
        String rest = ref.strip();
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        String tag = null;
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        if (rest.isEmpty() || (tag != null && tag.isEmpty())) {
            throw new IllegalArgumentException("\"" + ref + "\" is not an image reference (e.g. registry:5000/app:2)");
        }
        String registry = DOCKER_HUB;
        String path = rest;
        int slash = rest.indexOf('/');
        if (slash > 0) {
            String first = rest.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                registry = first;
                path = rest.substring(slash + 1);
            }
        }
        if (registry.equals(DOCKER_HUB) && !path.contains("/")) {
            path = "library/" + path;
        }
        if (tag == null && digest == null) {
            tag = "latest";
        }
        return new ImageReference(registry, path, tag, digest);
    }

    /** The repository as the engine names it (no tag): {@code 127.0.0.1:25000/testenv/busybox}, {@code nginx}. */
    public String repository() {
        if (registry.equals(DOCKER_HUB)) {
            return path.startsWith("library/") ? path.substring("library/".length()) : path;
        }
        return registry + "/" + path;
    }

    /** The same repository with another tag. */
    public ImageReference withTag(String newTag) {
        return new ImageReference(registry, path, newTag, null);
    }

    @Override
    public String toString() {
        return repository() + (tag != null ? ":" + tag : "") + (digest != null ? "@" + digest : "");
    }
}
