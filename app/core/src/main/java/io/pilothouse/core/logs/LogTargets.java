package io.pilothouse.core.logs;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what a person names — a container, a swarm service or a stack (a compose project's
 * containers, a swarm stack's services) — into log sources. Each call is one short engine request
 * bounded by the client's response timeout.
 */
public final class LogTargets {

    static final String COMPOSE_PROJECT = "com.docker.compose.project";
    static final String STACK_NAMESPACE = "com.docker.stack.namespace";

    private final DockerClient docker;

    public LogTargets(DockerClient docker) {
        this.docker = docker;
    }

    /** Resolves each name in turn (container, then service, then stack); a name found nowhere is an error that names it. */
    public List<LogSource> resolve(List<String> names) {
        Map<String, LogSource> out = new LinkedHashMap<>();
        for (String name : names) {
            List<LogSource> found = resolve(name);
            if (found.isEmpty()) {
                throw new IllegalArgumentException("No container, swarm service or stack is named " + name + " on this host.");
            }
            found.forEach(s -> out.putIfAbsent(s.id(), s));
        }
        return new ArrayList<>(out.values());
    }

    public List<LogSource> resolve(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An empty name is no container, service or stack.");
        }
        try {
            var c = docker.inspectContainerCmd(name).exec();
            return List.of(LogSource.container(c.getId(), c.getName()));
        } catch (NotFoundException e) {
            // not a container
        }
        try {
            Service s = docker.inspectServiceCmd(name).exec();
            return List.of(LogSource.service(s.getId(), s.getSpec() == null ? name : s.getSpec().getName()));
        } catch (NotFoundException e) {
            // not a service
        } catch (DockerException e) {
            if (e.getHttpStatus() != 503 && e.getHttpStatus() != 406) {
                throw e;
            }
            // the engine is not a swarm manager: no services
        }
        return stack(name);
    }

    /** The swarm services of a stack, else the containers of a compose project, by that name. */
    public List<LogSource> stack(String name) {
        List<LogSource> out = new ArrayList<>();
        try {
            for (Service s : docker.listServicesCmd().withLabelFilter(Map.of(STACK_NAMESPACE, name)).exec()) {
                out.add(LogSource.service(s.getId(), s.getSpec() == null ? s.getId() : s.getSpec().getName()));
            }
        } catch (DockerException e) {
            if (e.getHttpStatus() != 503 && e.getHttpStatus() != 406) {
                throw e;
            }
        }
        if (!out.isEmpty()) {
            out.sort(Comparator.comparing(LogSource::name));
            return out;
        }
        for (Container c : docker.listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(COMPOSE_PROJECT, name)).exec()) {
            String n = c.getNames() == null || c.getNames().length == 0 ? c.getId() : c.getNames()[0];
            out.add(LogSource.container(c.getId(), n));
        }
        out.sort(Comparator.comparing(LogSource::name));
        return out;
    }
}
