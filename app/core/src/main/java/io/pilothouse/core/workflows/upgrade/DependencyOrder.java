package io.pilothouse.core.workflows.upgrade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders the services of a platform so that each comes after what it depends on (dependencies that
 * are not part of the platform are ignored); services with nothing between them keep the order given.
 */
public final class DependencyOrder {

    private DependencyOrder() {
    }

    /** @param dependsOn each service with the services it needs, in the order they were listed */
    public static List<String> of(Map<String, ? extends Iterable<String>> dependsOn) {
        Map<String, Set<String>> deps = new LinkedHashMap<>();
        dependsOn.forEach((k, v) -> {
            Set<String> mine = new LinkedHashSet<>();
            v.forEach(d -> {
                if (dependsOn.containsKey(d) && !d.equals(k)) {
                    mine.add(d);
                }
            });
            deps.put(k, mine);
        });
        List<String> out = new ArrayList<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String s : deps.keySet()) {
            visit(s, deps, out, visiting);
        }
        return out;
    }

    private static void visit(String s, Map<String, Set<String>> deps, List<String> out, Set<String> visiting) {
        if (out.contains(s)) {
            return;
        }
        if (!visiting.add(s)) {
            List<String> cycle = new ArrayList<>(visiting);
            cycle = cycle.subList(cycle.indexOf(s), cycle.size());
            throw new IllegalArgumentException("The services depend on each other in a circle (" + String.join(" -> ", cycle)
                    + " -> " + s + "): give the order by hand.");
        }
        for (String d : deps.get(s)) {
            visit(d, deps, out, visiting);
        }
        visiting.remove(s);
        out.add(s);
    }

    /**
     * The services a compose container depends on, from its {@code com.docker.compose.depends_on} label
     * ("db:service_started:false,cache:service_healthy:true", or plain names) and its legacy links ("/db:/web/db").
     */
    public static List<String> composeDependencies(String dependsOnLabel, Iterable<String> links) {
        Set<String> out = new LinkedHashSet<>();
        if (dependsOnLabel != null) {
            for (String part : dependsOnLabel.split(",")) {
                String name = part.strip();
                int colon = name.indexOf(':');
                name = colon >= 0 ? name.substring(0, colon) : name;
                if (!name.isEmpty()) {
                    out.add(name);
                }
            }
        }
        if (links != null) {
            for (String link : links) {
                String target = link.split(":")[0].replaceFirst("^/", "");
                if (!target.isEmpty()) {
                    out.add(target);
                }
            }
        }
        return new ArrayList<>(out);
    }
}
