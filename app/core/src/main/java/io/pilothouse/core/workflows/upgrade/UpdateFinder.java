package io.pilothouse.core.workflows.upgrade;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the containers of a host whose tag points to another image in the registry than the one
 * they run: the digests the running image was pulled or pushed with against the registry's digest
 * for the same tag. One registry question per distinct reference.
 */
public final class UpdateFinder {

    private final EngineApi api;
    private final RegistryDigests registry;

    public UpdateFinder(EngineApi api, RegistryDigests registry) {
        this.api = api;
        this.registry = registry;
    }

    public List<UpdateCheck> check() throws InterruptedException {
        List<UpdateCheck> out = new ArrayList<>();
        Map<String, Object> remote = new HashMap<>();
        for (JsonNode c : api.get("/containers/json?all=1")) {
            String name = c.path("Names").path(0).asText().replaceFirst("^/", "");
            if (c.path("Labels").has("com.docker.swarm.service.id")) {
                continue;
            }
            String image = c.path("Image").asText();
            if (image.startsWith("sha256:") || image.matches("[0-9a-f]{12,64}")) {
                out.add(new UpdateCheck(name, image, null, null, UpdateCheck.Status.UNKNOWN, "runs an image by id, not by tag"));
                continue;
            }
            ImageReference ref;
            try {
                ref = ImageReference.parse(image);
            } catch (IllegalArgumentException e) {
                out.add(new UpdateCheck(name, image, null, null, UpdateCheck.Status.UNKNOWN, e.getMessage()));
                continue;
            }
            List<String> local = new ArrayList<>();
            try {
                for (JsonNode d : api.get("/images/" + EngineApi.encode(c.path("ImageID").asText()) + "/json").path("RepoDigests")) {
                    String s = d.asText();
                    int at = s.indexOf('@');
                    if (at > 0 && ImageReference.parse(s.substring(0, at)).repository().equals(ref.repository())) {
                        local.add(s.substring(at + 1));
                    }
                }
            } catch (EngineRequestFailed e) {
                // the image is gone: no local digest
            }
            Object answer = remote.computeIfAbsent(ref.toString(), k -> {
                try {
                    return registry.digest(ref);
                } catch (IOException e) {
                    return e;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return e;
                }
            });
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            String localDigest = local.isEmpty() ? null : local.get(0);
            if (answer instanceof Exception e) {
                out.add(new UpdateCheck(name, ref.toString(), localDigest, null, UpdateCheck.Status.UNKNOWN, e.getMessage()));
            } else if (local.isEmpty()) {
                out.add(new UpdateCheck(name, ref.toString(), null, (String) answer, UpdateCheck.Status.UNKNOWN,
                        "the image it runs was built here or never pulled from " + ref.registry()));
            } else {
                boolean same = local.contains((String) answer);
                out.add(new UpdateCheck(name, ref.toString(), localDigest, (String) answer,
                        same ? UpdateCheck.Status.UP_TO_DATE : UpdateCheck.Status.UPDATE_AVAILABLE, ""));
            }
        }
        return out;
    }
}
