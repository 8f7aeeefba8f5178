package io.pilothouse.core.terminal;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What must hold before anything changes: the container runs, has {@code flock} and a shell whose
 * {@code read} takes a timeout (for the lease), and every path exists.
 */
public final class MaintenanceCheck {

    private static final String SCRIPT = String.join("\n",
            "command -v flock >/dev/null 2>&1 || echo NOFLOCK",
            "( read -t 1 x </dev/null ) 2>/dev/null; [ $? -le 1 ] || echo NOREADT",
            "for p in \"$@\"; do [ -e \"$p\" ] || echo \"MISSING $p\"; done",
            "echo CHECKED");

    private final DockerClient docker;
    private final Duration timeout;

    public MaintenanceCheck(DockerClient docker, Duration timeout) {
        this.docker = docker;
        this.timeout = timeout;
    }

    /** The problems found, as sentences; empty when the locks can be tried. */
    public List<String> problems(LockRequest request) {
        List<String> out = new ArrayList<>(request.problems());
        if (!out.isEmpty()) {
            return out;
        }
        String c = request.container();
        try {
            var state = docker.inspectContainerCmd(c).exec().getState();
            if (state == null || !Boolean.TRUE.equals(state.getRunning())) {
                out.add("The container " + c + " is not running: start it before locking anything in it.");
                return out;
            }
        } catch (NotFoundException e) {
            out.add("There is no container " + c + " on this host.");
            return out;
        }
        List<String> cmd = new ArrayList<>(List.of("/bin/sh", "-c", SCRIPT, "check"));
        cmd.addAll(request.paths());
        ExecResult r;
        try {
            r = new ContainerCommands(docker, timeout).run(c, "0", cmd);
        } catch (RuntimeException e) {
            out.add("Could not look inside " + c + " (it needs /bin/sh): " + e.getMessage());
            return out;
        }
        if (!r.stdout().contains("CHECKED")) {
            out.add("Could not look inside " + c + " (it needs /bin/sh): " + (r.stderr() + r.stdout()).strip());
            return out;
        }
        for (String line : r.stdout().split("\n")) {
            line = line.strip();
            if (line.equals("NOFLOCK")) {
                out.add("The container " + c + " has no flock command (util-linux): maintenance locks cannot "
                        + "be taken in it. Nothing was changed.");
            } else if (line.equals("NOREADT")) {
                out.add("The shell /bin/sh in " + c + " has no 'read -t' (needed for the lease); "
                        + "nothing was changed.");
            } else if (line.startsWith("MISSING ")) {
                out.add(line.substring(8) + " does not exist in " + c + ".");
            }
        }
        return out;
    }
}
