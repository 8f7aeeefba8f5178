package io.pilothouse.core.workflows.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

/**
 * The logins of {@code ~/.docker/config.json}: per registry, the {@code auths} entry ("auth" is
 * base64 of user:password, or "username"/"password"). Docker Hub is also found under its v1 address.
 * Credential helpers are not run. Never logged.
 */
public final class RegistryCredentials {

    private final JsonNode auths;

    private RegistryCredentials(JsonNode auths) {
        this.auths = auths;
    }

    public static RegistryCredentials none() {
        return new RegistryCredentials(new ObjectMapper().createObjectNode());
    }

    public static RegistryCredentials from(Path configJson) {
        if (!Files.isReadable(configJson)) {
            return none();
        }
        try {
            return new RegistryCredentials(new ObjectMapper().readTree(Files.readString(configJson)).path("auths"));
        } catch (IOException e) {
            throw new IllegalArgumentException("The Docker config " + configJson + " cannot be read as JSON: " + e.getMessage(), e);
        }
    }

    /** "user:password" for {@code registry}, if the config has it. */
    public Optional<String> userPassword(String registry) {
        for (String key : ImageReference.DOCKER_HUB.equals(registry)
                ? new String[]{"https://index.docker.io/v1/", "index.docker.io", "docker.io", "registry-1.docker.io"}
                : new String[]{registry, "https://" + registry, "http://" + registry}) {
            JsonNode entry = auths.path(key);
            if (entry.hasNonNull("auth") && !entry.get("auth").asText().isEmpty()) {
                return Optional.of(new String(Base64.getDecoder().decode(entry.get("auth").asText()), StandardCharsets.UTF_8));
            }
            if (entry.hasNonNull("username")) {
                return Optional.of(entry.get("username").asText() + ":" + entry.path("password").asText(""));
            }
        }
        return Optional.empty();
    }
}
