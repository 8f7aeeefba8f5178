package io.pilothouse.core.workflows.upgrade;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * What creates the replacement container: the name, the engine's create body (config, host config,
 * the first network's endpoint), the further networks to connect before it starts, and the settings
 * that follow the new image's defaults.
 */
public record CreateRequest(String name, ObjectNode body, List<NetworkAttachment> furtherNetworks,
                            List<ConfigChange> imageDefaultChanges) {

    public CreateRequest {
        furtherNetworks = List.copyOf(furtherNetworks);
        imageDefaultChanges = List.copyOf(imageDefaultChanges);
    }

    /** A copy of the body for another image (a rollback to the previous image). */
    public CreateRequest withImage(String image) {
        ObjectNode copy = body.deepCopy();
        copy.put("Image", image);
        return new CreateRequest(name, copy, furtherNetworks, imageDefaultChanges);
    }
}
