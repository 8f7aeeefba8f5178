package io.pilothouse.cli;

import io.pilothouse.core.model.ContainerInfo;
import io.pilothouse.core.model.HealthStatus;
import io.pilothouse.core.model.InventorySnapshot;
import io.pilothouse.core.model.NetworkInfo;
import io.pilothouse.core.model.PortBinding;
import io.pilothouse.core.model.ServiceInfo;
import io.pilothouse.core.model.StackInfo;
import io.pilothouse.core.model.TaskInfo;
import io.pilothouse.core.model.VolumeInfo;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The inventory as text for a terminal: stacks with their members, then the rest. */
final class InventoryText {

    private final PrintWriter out;

    InventoryText(PrintWriter out) {
        this.out = out;
    }

    void print(InventorySnapshot s) {
        Instant now = Instant.now();
        out.printf("Host %s: %d containers, %d stacks, %d services, %d volumes, %d networks, %d images%n",
                s.host(), s.containers().size(), s.stacks().size(), s.services().size(), s.volumes().size(),
                s.networks().size(), s.images().size());
        out.println();
        out.println("STACKS");
        for (StackInfo st : s.stacks().values()) {
            out.printf("  %s (%s)%n", st.name(), low(st.kind()));
            for (ServiceInfo sv : s.servicesOf(st)) {
                out.printf("    service %s %s %s%n", sv.name(), sv.replicasDisplay(), sv.image());
            }
            for (ContainerInfo c : s.containersOf(st)) {
                out.println("    " + container(c, now));
            }
        }
        out.println();
        out.println("CONTAINERS (no stack)");
        for (ContainerInfo c : s.standaloneContainers()) {
            out.println("  " + container(c, now));
        }
        if (s.swarmManager()) {
            out.println();
            out.println("SERVICES");
            for (ServiceInfo sv : s.services().values()) {
                out.printf("  %s %s %s %s%s%n", sv.name(), low(sv.mode()), sv.replicasDisplay(), sv.image(),
                        sv.ports().isEmpty() ? "" : " " + sv.ports().stream().map(PortBinding::display).collect(Collectors.joining(",")));
                for (TaskInfo t : s.tasksOf(sv.id())) {
                    out.printf("    task %s slot %s %s (wants %s)%s%n", t.id().substring(0, Math.min(12, t.id().length())),
                            t.slot().map(String::valueOf).orElse("-"), t.state(), t.desiredState(),
                            t.error().map(e -> ": " + e).orElse(""));
                }
            }
        }
        out.println();
        out.println("VOLUMES");
        for (VolumeInfo v : s.volumes().values()) {
            List<String> users = s.usersOf(v.key()).stream().map(ContainerInfo::name).toList();
            out.printf("  %-9s %-40s %-11s (%s) used by: %s%n", low(v.kind()), v.name(), low(v.classification().value()),
                    v.classification().reason(), users.isEmpty() ? "-" : String.join(", ", users));
        }
        out.println();
        out.println("NETWORKS");
        for (NetworkInfo n : s.networks().values()) {
            List<String> attached = s.attachedTo(n.id()).stream().map(ContainerInfo::name).toList();
            out.printf("  %-30s %-8s %-6s %s%n", n.name(), n.driver(), n.scope(),
                    attached.isEmpty() ? "-" : String.join(", ", attached));
        }
    }

    static String container(ContainerInfo c, Instant now) {
        StringBuilder b = new StringBuilder();
        b.append(c.name()).append(' ').append(low(c.state()));
        if (c.health() != HealthStatus.NONE) {
            b.append(" (").append(low(c.health())).append(')');
        }
        c.exitCode().filter(x -> !c.state().isUp()).ifPresent(x -> b.append(" exit ").append(x));
        if (c.restartCount() > 0) {
            b.append(" restarts ").append(c.restartCount());
        }
        c.uptime(now).ifPresent(d -> b.append(" up ").append(human(d)));
        b.append(' ').append(c.image());
        if (!c.ports().isEmpty()) {
            b.append(' ').append(c.ports().stream().map(PortBinding::display).collect(Collectors.joining(",")));
        }
        c.holds().forEach(h -> b.append(" [").append(h.sentence(ZoneId.systemDefault())).append(']'));
        return b.toString();
    }

    static String human(Duration d) {
        if (d.toDays() > 0) {
            return d.toDays() + "d" + d.toHoursPart() + "h";
        }
        if (d.toHours() > 0) {
            return d.toHours() + "h" + d.toMinutesPart() + "m";
        }
        if (d.toMinutes() > 0) {
            return d.toMinutes() + "m" + d.toSecondsPart() + "s";
        }
        return d.toSeconds() + "s";
    }

    static String low(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
