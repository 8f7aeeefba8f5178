package io.pilothouse.desktop.ui.details;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.ContainerConfig;
import com.github.dockerjava.api.model.ContainerSpec;
import com.github.dockerjava.api.model.HealthCheck;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.Service;
import com.github.dockerjava.api.model.ServiceSpec;
import com.github.dockerjava.api.model.Statistics;
import com.github.dockerjava.api.model.TaskSpec;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Reads details from a docker-java client: container and service inspects (with a timeout) and the stats stream. */
public final class DockerDetailsSource implements DetailsSource {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final DockerClient docker;
    private final Duration timeout;
    private final ExecutorService calls = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "details-inspect");
        t.setDaemon(true);
        return t;
    });

    public DockerDetailsSource(DockerClient docker, Duration timeout) {
        this.docker = docker;
        this.timeout = timeout;
    }

    @Override
    public Inspection inspectContainer(String id) {
        InspectContainerResponse r = timed("inspect the container " + id, () -> docker.inspectContainerCmd(id).exec());
        ContainerConfig config = r.getConfig();
        String digest = digestOf(r.getImageId());
        List<String> command = new ArrayList<>();
        command.add(Objects.toString(r.getPath(), ""));
        command.addAll(Arrays.asList(Optional.ofNullable(r.getArgs()).orElse(new String[0])));
        List<String> mounts = Optional.ofNullable(r.getMounts()).orElse(List.of()).stream().map(m -> {
            String kind = m.getName() == null || m.getName().isBlank() ? "bind" : "volume " + m.getName();
            String dest = m.getDestination() == null ? "" : m.getDestination().getPath();
            return dest + " ← " + kind + (m.getName() == null ? " " + m.getSource() : "")
                    + (Boolean.FALSE.equals(m.getRW()) ? " (read-only)" : "");
        }).toList();
        List<String> networks = r.getNetworkSettings() == null || r.getNetworkSettings().getNetworks() == null ? List.of()
                : r.getNetworkSettings().getNetworks().entrySet().stream().map(e -> e.getKey() + "  "
                + Objects.toString(e.getValue().getIpAddress(), "") + aliases(e.getValue().getAliases())).sorted().toList();
        List<String> ports = new ArrayList<>();
        if (r.getNetworkSettings() != null && r.getNetworkSettings().getPorts() != null) {
            r.getNetworkSettings().getPorts().getBindings().forEach((exposed, bindings) -> {
                if (bindings == null || bindings.length == 0) {
                    ports.add(exposed + " (not published)");
                } else {
                    for (Ports.Binding b : bindings) {
                        ports.add(Objects.toString(b.getHostIp(), "") + ":" + b.getHostPortSpec() + " → " + exposed);
                    }
                }
            });
        }
        String restart = r.getHostConfig() == null || r.getHostConfig().getRestartPolicy() == null ? ""
                : restart(r.getHostConfig().getRestartPolicy().getName(), r.getHostConfig().getRestartPolicy().getMaximumRetryCount());
        String health = config == null ? "" : health(config.getHealthcheck());
        if (r.getState() != null && r.getState().getHealth() != null) {
            health = health + (health.isEmpty() ? "" : "  — ") + r.getState().getHealth().getStatus();
        }
        return new Inspection("container", r.getId(), trimSlash(r.getName()), config == null ? "" : config.getImage(), digest,
                String.join(" ", command).strip(), env(config == null ? null : config.getEnv()), mounts, networks,
                ports.stream().sorted().toList(), restart, health,
                config == null || config.getLabels() == null ? Map.of() : config.getLabels(),
                r.getState() == null ? "" : Objects.toString(r.getState().getStatus(), ""), json(r));
    }

    @Override
    public Inspection inspectService(String id) {
        Service s = timed("inspect the service " + id, () -> docker.inspectServiceCmd(id).exec());
        ServiceSpec spec = s.getSpec();
        TaskSpec task = spec == null ? null : spec.getTaskTemplate();
        ContainerSpec c = task == null ? null : task.getContainerSpec();
        String image = c == null ? "" : Objects.toString(c.getImage(), "");
        int at = image.indexOf("@sha256:");
        List<String> command = new ArrayList<>();
        if (c != null && c.getCommand() != null) command.addAll(c.getCommand());
        if (c != null && c.getArgs() != null) command.addAll(c.getArgs());
        List<String> mounts = c == null || c.getMounts() == null ? List.of() : c.getMounts().stream()
                .map(m -> m.getTarget() + " ← " + String.valueOf(m.getType()).toLowerCase() + " " + Objects.toString(m.getSource(), "")
                        + (Boolean.TRUE.equals(m.getReadOnly()) ? " (read-only)" : "")).toList();
        List<String> networks = task == null || task.getNetworks() == null ? List.of() : task.getNetworks().stream()
                .map(n -> n.getTarget() + aliases(n.getAliases())).toList();
        List<String> ports = spec == null || spec.getEndpointSpec() == null || spec.getEndpointSpec().getPorts() == null ? List.of()
                : spec.getEndpointSpec().getPorts().stream().map(p -> p.getPublishedPort() + " → " + p.getTargetPort() + "/"
                + String.valueOf(p.getProtocol()).toLowerCase() + " (" + String.valueOf(p.getPublishMode()).toLowerCase() + ")").toList();
        String restart = task == null || task.getRestartPolicy() == null ? ""
                : restart(String.valueOf(task.getRestartPolicy().getCondition()).toLowerCase().replace('_', '-'),
                        task.getRestartPolicy().getMaxAttempts() == null ? null : task.getRestartPolicy().getMaxAttempts().intValue());
        return new Inspection("service", s.getId(), spec == null ? id : spec.getName(), at > 0 ? image.substring(0, at) : image,
                at > 0 ? image.substring(at + 1) : "", String.join(" ", command),
                env(c == null || c.getEnv() == null ? null : c.getEnv().toArray(String[]::new)), mounts, networks, ports,
                restart, c == null ? "" : health(c.getHealthCheck()),
                spec == null || spec.getLabels() == null ? Map.of() : spec.getLabels(), "", json(s));
    }

    @Override
    public AutoCloseable stats(String containerId, Consumer<StatsSample> samples, Consumer<String> ended) {
        ResultCallback.Adapter<Statistics> callback = new ResultCallback.Adapter<>() {
            private StatsReading previous;
            private volatile boolean cancelled;

            @Override
            public void onNext(Statistics s) {
                StatsReading reading = reading(s);
                if (reading != null) {
                    samples.accept(reading.sample(previous));
                    previous = reading;
                }
            }

            @Override
            public void onError(Throwable t) {
                if (!cancelled) {
                    ended.accept("The stats of " + containerId + " stopped: " + t.getMessage());
                }
                super.onError(t);
            }

            @Override
            public void onComplete() {
                if (!cancelled) {
                    ended.accept("The stats stream of " + containerId + " ended (the container is not running).");
                }
                super.onComplete();
            }

            @Override
            public void close() throws java.io.IOException {
                cancelled = true;
                super.close();
            }
        };
        docker.statsCmd(containerId).exec(callback);
        return callback;
    }

    static StatsReading reading(Statistics s) {
        if (s.getCpuStats() == null || s.getCpuStats().getCpuUsage() == null) {
            return null;
        }
        long rx = 0;
        long tx = 0;
        if (s.getNetworks() != null) {
            for (var n : s.getNetworks().values()) {
                rx += n.getRxBytes() == null ? 0 : n.getRxBytes();
                tx += n.getTxBytes() == null ? 0 : n.getTxBytes();
            }
        }
        var pre = s.getPreCpuStats();
        var mem = s.getMemoryStats();
        Instant time;
        try {
            time = Instant.parse(s.getRead());
        } catch (RuntimeException e) {
            time = Instant.now();
        }
        return new StatsReading(time, n(s.getCpuStats().getCpuUsage().getTotalUsage()),
                pre == null || pre.getCpuUsage() == null ? 0 : n(pre.getCpuUsage().getTotalUsage()),
                n(s.getCpuStats().getSystemCpuUsage()), pre == null ? 0 : n(pre.getSystemCpuUsage()),
                n(s.getCpuStats().getOnlineCpus()), mem == null ? 0 : n(mem.getUsage()),
                mem == null || mem.getStats() == null ? 0 : n(mem.getStats().getCache()),
                mem == null ? 0 : n(mem.getLimit()), rx, tx);
    }

    private static long n(Long v) {
        return v == null ? 0 : v;
    }

    private String digestOf(String imageId) {
        try {
            List<String> digests = timed("inspect the image " + imageId, () -> docker.inspectImageCmd(imageId).exec()).getRepoDigests();
            return digests == null || digests.isEmpty() ? imageId : digests.get(0);
        } catch (RuntimeException e) {
            return imageId;
        }
    }

    private <T> T timed(String what, Supplier<T> call) {
        Future<T> f = calls.submit(call::get);
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new IllegalStateException("Could not " + what + ": the engine did not answer within "
                    + timeout.toSeconds() + " s.");
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not " + what + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while trying to " + what + ".");
        }
    }

    static List<Map.Entry<String, String>> env(String[] env) {
        if (env == null) {
            return List.of();
        }
        return Arrays.stream(env).map(e -> {
            int eq = e.indexOf('=');
            return Map.entry(eq < 0 ? e : e.substring(0, eq), eq < 0 ? "" : e.substring(eq + 1));
        }).toList();
    }

    static String health(HealthCheck h) {
        if (h == null || h.getTest() == null || h.getTest().isEmpty()) {
            return "";
        }
        List<String> test = h.getTest();
        String cmd = test.get(0).equals("NONE") ? "disabled" : String.join(" ", test.subList(1, test.size()));
        return cmd + (h.getInterval() == null ? "" : ", every " + h.getInterval() / 1_000_000_000L + " s")
                + (h.getTimeout() == null ? "" : ", timeout " + h.getTimeout() / 1_000_000_000L + " s")
                + (h.getRetries() == null ? "" : ", " + h.getRetries() + " retries");
    }

    private static String restart(String name, Integer max) {
        if (name == null || name.isBlank()) {
            return "no";
        }
        return name + (max != null && max > 0 ? " (at most " + max + ")" : "");
    }

    private static String aliases(List<String> aliases) {
        return aliases == null || aliases.isEmpty() ? "" : "  aliases: " + String.join(", ", aliases);
    }

    private static String trimSlash(String name) {
        return name != null && name.startsWith("/") ? name.substring(1) : Objects.toString(name, "");
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (Exception e) {
            return "The inspect answer could not be written as JSON: " + e.getMessage();
        }
    }

    /** Lets the inspect threads go. */
    public void close() {
        calls.shutdownNow();
    }

    static Map<String, String> sorted(Map<String, String> m) {
        return new TreeMap<>(m);
    }

    static String joined(List<String> l) {
        return l.stream().collect(Collectors.joining(", "));
    }
}
