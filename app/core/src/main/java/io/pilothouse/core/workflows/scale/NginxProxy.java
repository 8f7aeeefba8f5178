package io.pilothouse.core.workflows.scale;

import com.github.dockerjava.api.DockerClient;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * An nginx running in a container, kept in step with replicas: its configuration files are read
 * and written through the engine, every new file is checked with {@code nginx -t} before a reload,
 * and a file the test refuses is replaced by the one before at once, so it is never loaded.
 */
public final class NginxProxy {

    private static final Duration EXEC_TIMEOUT = Duration.ofSeconds(20);

    private final DockerClient docker;
    private final ContainerExec exec;
    private final String container;

    public NginxProxy(DockerClient docker, String container) {
        this.docker = docker;
        this.exec = new ContainerExec(docker);
        this.container = container;
    }

    public String container() {
        return container;
    }

    /** Where the configuration for {@code app}'s replicas lives in the proxy (nginx includes conf.d/*.conf). */
    public static String configPath(String app) {
        return "/etc/nginx/conf.d/pilothouse-" + app + ".conf";
    }

    /** The nginx version line; an {@link IllegalArgumentException} when the container has no nginx. */
    public String version() throws InterruptedException {
        ExecResult r = exec.run(container, EXEC_TIMEOUT, "nginx", "-v");
        if (!r.ok()) {
            throw new IllegalArgumentException(container + " does not run nginx (\"nginx -v\" "
                    + (r.output().isEmpty() ? "failed" : "said: " + r.output()) + "); pick the container of an nginx proxy.");
        }
        return r.output();
    }

    /** The file's content, or empty when there is none. */
    public Optional<String> read(String path) throws InterruptedException {
        ExecResult r = exec.run(container, EXEC_TIMEOUT, "sh", "-c", "if [ -f \"$1\" ]; then cat \"$1\"; else exit 44; fi", "sh", path);
        if (r.exitCode() == 44) {
            return Optional.empty();
        }
        if (!r.ok()) {
            throw new IllegalStateException("Could not read " + path + " in " + container + ": " + r.output());
        }
        return Optional.of(r.output() + "\n");
    }

    public void write(String path, String text) {
        Path p = Path.of(path);
        byte[] tar = SingleFileTar.of(p.getFileName().toString(), text.getBytes(StandardCharsets.UTF_8), 0644);
        docker.copyArchiveToContainerCmd(container).withRemotePath(p.getParent().toString())
                .withTarInputStream(new ByteArrayInputStream(tar)).exec();
    }

    public void remove(String path) throws InterruptedException {
        ExecResult r = exec.run(container, EXEC_TIMEOUT, "rm", "-f", path);
        if (!r.ok()) {
            throw new IllegalStateException("Could not remove " + path + " in " + container + ": " + r.output());
        }
    }

    public ExecResult test() throws InterruptedException {
        return exec.run(container, EXEC_TIMEOUT, "nginx", "-t");
    }

    public void reload() throws InterruptedException {
        ExecResult r = exec.run(container, EXEC_TIMEOUT, "nginx", "-s", "reload");
        if (!r.ok()) {
            throw new IllegalStateException("nginx in " + container + " did not reload: " + r.output());
        }
    }

    /**
     * Puts {@code text} in place of {@code path}, tests the whole configuration and reloads. When the
     * test fails, the file from before goes back (or the new one away) and nothing is reloaded.
     *
     * @return the file from before, empty when there was none
     */
    public Optional<String> apply(String path, String text) throws InterruptedException {
        Optional<String> before = read(path);
        write(path, text);
        ExecResult test = test();
        if (!test.ok()) {
            restore(path, before);
            throw new ProxyConfigRejected("nginx -t in " + container + " refused the new configuration, so it was not loaded"
                    + " and the one before stays: " + firstErrors(test.output()));
        }
        reload();
        return before;
    }

    /** Puts the file from before back (removes it when there was none), tests and reloads. */
    public void putBack(String path, Optional<String> before) throws InterruptedException {
        restore(path, before);
        ExecResult test = test();
        if (!test.ok()) {
            throw new IllegalStateException("nginx -t in " + container + " refuses the configuration from before too: "
                    + firstErrors(test.output()));
        }
        reload();
    }

    private void restore(String path, Optional<String> before) throws InterruptedException {
        if (before.isPresent()) {
            write(path, before.get());
        } else {
            remove(path);
        }
    }

    /**
     * Waits until the proxy answers HTTP on {@code port} from inside its container with a status
     * that is not a gateway error (nginx reloads its workers in the background).
     *
     * @return the HTTP status it answered
     */
    public int awaitAnswer(int port, Duration timeout) throws InterruptedException {
        String probe = "u=http://127.0.0.1:" + port + "/; "
                + "if command -v bash >/dev/null 2>&1; then timeout 5 bash -c 'exec 3<>/dev/tcp/127.0.0.1/" + port
                + " && printf \"GET / HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n\" >&3 && head -n 1 <&3' | cut -d\" \" -f2; "
                + "elif command -v curl >/dev/null 2>&1; then curl -s -o /dev/null -w '%{http_code}' --max-time 5 $u; "
                + "else timeout 5 wget -S -q -O /dev/null $u 2>&1 | awk '/HTTP\\//{print $2; exit}'; fi";
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (true) {
            ExecResult r = exec.run(container, EXEC_TIMEOUT, "sh", "-c", probe);
            last = r.output().strip();
            try {
                int status = Integer.parseInt(last);
                if (status >= 100 && status < 500) {
                    return status;
                }
            } catch (NumberFormatException notYet) {
                // no answer yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The proxy " + container + " does not answer on port " + port + " within "
                        + timeout.toSeconds() + " s (" + (last.isEmpty() ? "no answer" : "HTTP " + last) + ").");
            }
            Thread.sleep(300);
        }
    }

    private static String firstErrors(String output) {
        String text = output.lines().filter(l -> l.contains("[emerg]") || l.contains("[error]") || l.contains("failed"))
                .reduce((a, b) -> a + " " + b).orElse(output).strip();
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }
}
