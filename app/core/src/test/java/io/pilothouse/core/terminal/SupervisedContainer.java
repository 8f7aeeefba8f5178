package io.pilothouse.core.terminal;

import io.pilothouse.core.testenv.TestEnv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A container from a test image built on {@code testenv/busybox:1}: a supervisor (as in the
 * maintenance procedure) that starts the modules "main" and "worker", and restarts a module that
 * died unless its pid file ({@code /app/data/NAME.pid}) is locked. Every start is logged to
 * {@code /app/data/supervisor.log}.
 */
public final class SupervisedContainer implements AutoCloseable {

    public static final String MAIN_PID = "/app/data/main.pid";
    public static final String WORKER_PID = "/app/data/worker.pid";

    static final String SUPERVISOR = String.join("\n",
            "#!/bin/sh",
            "# Restarts each module that died, unless its pid file is locked (maintenance in progress).",
            "mkdir -p /app/data",
            "alive() { [ -n \"$1\" ] && [ -d /proc/$1 ] && ! grep -q '^State:.*Z' /proc/$1/status 2>/dev/null; }",
            "while true; do",
            "  for m in main worker; do",
            "    pidf=/app/data/$m.pid",
            "    [ -e \"$pidf\" ] || : > \"$pidf\"",
            "    if flock -n \"$pidf\" true; then",
            "      pid=$(cat \"$pidf\" 2>/dev/null)",
            "      if ! alive \"$pid\"; then",
            "        /app/module.sh $m &",
            "        echo $! > \"$pidf\"",
            "        echo \"started $m $!\" >> /app/data/supervisor.log",
            "      fi",
            "    fi",
            "  done",
            "  sleep 1",
            "done",
            "");

    static final String MODULE = "#!/bin/sh\nwhile true; do sleep 1; done\n";

    private static volatile String image;

    private final TestEnv env;
    private final String name;

    private SupervisedContainer(TestEnv env, String name) {
        this.env = env;
        this.name = name;
    }

    /** Builds the image once per test run (removed at JVM exit). */
    public static synchronized String image(TestEnv env) {
        if (image == null) {
            String tag = "pth-term-supervised:" + UUID.randomUUID().toString().substring(0, 8);
            try {
                Path dir = Files.createTempDirectory("pth-term-image");
                Files.writeString(dir.resolve("supervisor.sh"), SUPERVISOR);
                Files.writeString(dir.resolve("module.sh"), MODULE);
                Files.writeString(dir.resolve("Dockerfile"), String.join("\n",
                        "FROM testenv/busybox:1",
                        "COPY supervisor.sh module.sh /app/",
                        "RUN chmod 755 /app/supervisor.sh /app/module.sh && mkdir -p /app/data",
                        "LABEL io.pilothouse.test=true",
                        "LABEL " + LockRequest.LABEL + "=" + MAIN_PID + "," + WORKER_PID,
                        "CMD [\"/app/supervisor.sh\"]", ""));
                env.docker("build", "-q", "-t", tag, dir.toString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            image = tag;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    env.docker("rmi", "-f", tag);
                } catch (RuntimeException ignored) {
                    // gone already
                }
            }));
        }
        return image;
    }

    /** Starts a container and waits until both modules run. */
    public static SupervisedContainer start(TestEnv env) {
        return start(env, "pth-term");
    }

    /** Starts a container named {@code prefix-<random>} and waits until both modules run. */
    public static SupervisedContainer start(TestEnv env, String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        env.docker("run", "-d", "--name", name, "--label", "io.pilothouse.test=true", image(env));
        SupervisedContainer c = new SupervisedContainer(env, name);
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            if (c.modulePid("main") > 0 && c.modulePid("worker") > 0) {
                return c;
            }
            sleep(200);
        }
        throw new IllegalStateException("the supervisor in " + name + " did not start its modules");
    }

    public String name() {
        return name;
    }

    public String exec(String script) {
        return env.docker("exec", name, "sh", "-c", script);
    }

    /** The pid in the module's pid file when that process is alive, else 0. */
    public int modulePid(String module) {
        String out = exec("p=$(cat /app/data/" + module + ".pid 2>/dev/null); "
                + "if [ -n \"$p\" ] && [ -d /proc/$p ] && ! grep -q '^State:.*Z' /proc/$p/status; then echo $p; else echo 0; fi");
        return Integer.parseInt(out.strip());
    }

    public void killModule(String module) {
        exec("kill -9 $(cat /app/data/" + module + ".pid)");
    }

    /** How many times the supervisor started {@code module}. */
    public int starts(String module) {
        return Integer.parseInt(exec("grep -c 'started " + module + " ' /app/data/supervisor.log || true").strip());
    }

    /**
     * True when an exclusive lock on {@code path} is held by some process: two tries 0.3 s apart
     * both find it taken, so the supervisor's own momentary check of a free pid file does not count.
     */
    public boolean locked(String path) {
        return exec("flock -n " + path + " true || { sleep 0.3; flock -n " + path + " true; } && echo free || echo locked")
                .strip().equals("locked");
    }

    /** Holds an exclusive lock on {@code path} for {@code seconds}, without a maintenance note, in the background. */
    public void holdBriefly(String path, double seconds) {
        env.docker("exec", "-d", name, "flock", path, "sleep", String.valueOf(seconds));
    }

    /** Command lines of the processes carrying {@code marker} in their environment. */
    public String processesWith(String marker) {
        return exec("for d in /proc/[0-9]*; do grep -q '" + marker + "' $d/environ 2>/dev/null && "
                + "tr '\\0' ' ' < $d/cmdline && echo; done; true").strip();
    }

    @Override
    public void close() {
        try {
            env.docker("rm", "-f", "-v", name);
        } catch (RuntimeException ignored) {
            // removed already
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
