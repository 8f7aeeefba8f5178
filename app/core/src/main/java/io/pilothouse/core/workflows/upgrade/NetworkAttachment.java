package io.pilothouse.core.workflows.upgrade;

import com.fasterxml.jackson.databind.JsonNode;

/** One network a container is on, with its endpoint settings as the engine takes them (aliases, static IPs, links). */
public record NetworkAttachment(String network, JsonNode endpointConfig) {

    /** The aliases in the endpoint settings, in order. */
    public java.util.List<String> aliases() {
        java.util.List<String> out = new java.util.ArrayList<>();
        JsonNode a = endpointConfig.path("Aliases");
        a.forEach(n -> out.add(n.asText()));
        return out;
    }
}
