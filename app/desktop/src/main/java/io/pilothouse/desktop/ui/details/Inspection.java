package io.pilothouse.desktop.ui.details;

import java.util.List;
import java.util.Map;

/**
 * What an inspect of a container or service says, as the details pane shows it.
 *
 * @param env      KEY=VALUE pairs, in the order the engine gives them
 * @param rawJson  the whole inspect answer, pretty-printed
 */
public record Inspection(String kind, String id, String name, String image, String imageDigest, String command,
                         List<Map.Entry<String, String>> env, List<String> mounts, List<String> networks,
                         List<String> ports, String restartPolicy, String healthcheck, Map<String, String> labels,
                         String state, String rawJson) {

    public Inspection {
        env = List.copyOf(env);
        mounts = List.copyOf(mounts);
        networks = List.copyOf(networks);
        ports = List.copyOf(ports);
        labels = Map.copyOf(labels);
    }

    public boolean isContainer() {
        return "container".equals(kind);
    }
}
