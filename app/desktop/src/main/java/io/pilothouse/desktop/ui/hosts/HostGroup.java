package io.pilothouse.desktop.ui.hosts;

import java.util.List;

/** The hosts of one environment, in the order the list shows them. */
public record HostGroup(String environment, String colour, List<HostItem> hosts) {

    public HostGroup {
        hosts = List.copyOf(hosts);
    }

    public boolean isProduction() {
        return "production".equals(environment);
    }
}
