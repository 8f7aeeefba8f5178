package io.pilothouse.core.terminal;

import com.github.dockerjava.api.DockerClient;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Taking maintenance locks as a plan: check the container (flock, paths), then take every lock.
 * The preview is the plan; the guard asks on production; a failed take is undone. The taken lock is
 * then handed to a {@link MaintenanceSession}, which lets it go when the session ends.
 */
public final class MaintenancePlan {

    private final Plan plan;
    private final TakeLocks take;

    private MaintenancePlan(Plan plan, TakeLocks take) {
        this.plan = plan;
        this.take = take;
    }

    public static MaintenancePlan build(DockerClient docker, String hostId, LockRequest request, Duration timeout) {
        String sessionId = "maint-" + UUID.randomUUID().toString().substring(0, 12);
        TakeLocks take = new TakeLocks(docker, request, sessionId, timeout);
        Plan plan = new Plan(Plan.newId("maintenance"), "maintenance", hostId,
                "Maintenance shell in " + request.container() + " holding " + request.paths().size() + " lock(s)",
                List.of(new Check(docker, request, timeout), take));
        return new MaintenancePlan(plan, take);
    }

    public Plan plan() {
        return plan;
    }

    public String sessionId() {
        return take.sessionId;
    }

    /** The lock once the plan succeeded. */
    public Optional<MaintenanceLock> lock() {
        return Optional.ofNullable(take.lock);
    }

    private record Check(DockerClient docker, LockRequest request, Duration timeout) implements Step {
        @Override
        public String description() {
            return "Check that " + request.container() + " runs, has flock, and has " + String.join(", ", request.paths());
        }

        @Override
        public void run(StepContext ctx) {
            List<String> problems = new MaintenanceCheck(docker, timeout).problems(request);
            if (!problems.isEmpty()) {
                throw new IllegalStateException(String.join(" ", problems));
            }
        }

        @Override
        public boolean mutating() {
            return false;
        }
    }

    private static final class TakeLocks implements Step {
        private final DockerClient docker;
        private final LockRequest request;
        private final String sessionId;
        private final Duration timeout;
        private volatile MaintenanceLock lock;

        TakeLocks(DockerClient docker, LockRequest request, String sessionId, Duration timeout) {
            this.docker = docker;
            this.request = request;
            this.sessionId = sessionId;
            this.timeout = timeout;
        }

        @Override
        public String description() {
            return "Lock " + String.join(", ", request.paths()) + " in " + request.container() + " as " + request.who()
                    + " (all or none; released when the shell ends, or " + request.lease().toSeconds()
                    + " s after the app stops answering)";
        }

        @Override
        public void run(StepContext ctx) {
            lock = MaintenanceLock.acquire(docker, request, sessionId, MaintenanceSession.shellMarker(sessionId), timeout);
            ctx.note("Locked " + String.join(", ", request.paths()) + " in " + request.container());
        }

        @Override
        public void undo(StepContext ctx) {
            if (lock != null) {
                lock.close();
                lock = null;
            }
        }
    }
}
