package io.pilothouse.desktop.ui.hosts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups hosts by environment: production, staging, development, then custom ones by name; hosts by name. */
final class HostGroups {

    private static final List<String> KNOWN = List.of("production", "staging", "development");

    List<HostGroup> group(List<HostItem> hosts) {
        Map<String, List<HostItem>> byEnvironment = new LinkedHashMap<>();
        hosts.stream()
                .sorted(Comparator.comparing((HostItem h) -> rank(h.profile().environment().name()))
                        .thenComparing(h -> h.profile().environment().name())
                        .thenComparing(HostItem::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(h -> byEnvironment.computeIfAbsent(h.profile().environment().name(), k -> new ArrayList<>()).add(h));
        List<HostGroup> groups = new ArrayList<>();
        byEnvironment.forEach((env, items) ->
                groups.add(new HostGroup(env, items.get(0).profile().environment().colour(), items)));
        return groups;
    }

    private static int rank(String environment) {
        int i = KNOWN.indexOf(environment);
        return i < 0 ? KNOWN.size() : i;
    }
}
