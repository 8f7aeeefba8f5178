package io.pilothouse.core.workflows.scale;

import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Writes the upstream of the replicas into the proxy, has nginx test it, reloads and checks that
 * the proxy answers. A configuration the test refuses is never loaded: the file from before goes
 * back at once. The undo puts the file from before back and reloads.
 */
public final class ProxyConfigStep implements Step {

    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(15);

    private final NginxProxy proxy;
    private final String path;
    private final String config;
    private final List<String> members;
    private final int listenPort;

    public ProxyConfigStep(NginxProxy proxy, String path, String config, List<String> members, int listenPort) {
        this.proxy = proxy;
        this.path = path;
        this.config = config;
        this.members = List.copyOf(members);
        this.listenPort = listenPort;
    }

    public String config() {
        return config;
    }

    @Override
    public String description() {
        return "Point proxy " + proxy.container() + " (:" + listenPort + ", sticky by client address) at "
                + String.join(", ", members) + ": write " + path + ", nginx -t, reload, check it answers";
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        ctx.cancel().throwIfCancelled();
        Optional<String> before = proxy.apply(path, config);
        ctx.put("proxy-before:" + path, new Before(before));
        int status = proxy.awaitAnswer(listenPort, ANSWER_TIMEOUT);
        ctx.note("proxy " + proxy.container() + " reloaded; it answers HTTP " + status + " on port " + listenPort);
    }

    @Override
    public void undo(StepContext ctx) throws Exception {
        var before = ctx.get("proxy-before:" + path, Before.class);
        if (before.isPresent()) {
            proxy.putBack(path, before.get().file());
        }
    }

    private record Before(Optional<String> file) {
    }
}
