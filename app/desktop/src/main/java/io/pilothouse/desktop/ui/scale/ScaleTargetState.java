package io.pilothouse.desktop.ui.scale;

import java.util.List;

/**
 * What the scale wizard shows about its target before anything is chosen.
 *
 * @param replicas the count now (a service's replicas, a container's set with the original)
 * @param summary  one line, e.g. "3 replicas asked, 3 running (quorum service)"
 * @param proxies  for a container: running containers that could be its proxy, nginx ones first
 */
public record ScaleTargetState(int replicas, String summary, List<String> proxies) {

    public ScaleTargetState {
        proxies = List.copyOf(proxies);
    }
}
