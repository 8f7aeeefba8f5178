package io.pilothouse.core.workflows.upgrade;

import java.util.concurrent.TimeUnit;

/**
 * A busybox client container looping HTTP requests (a new connection each) against a URL and writing
 * each answer's body, or FAIL, to a log inside it: what a client of a service sees through an upgrade.
 */
final class RequestLoop {

    record Counts(int v1, int v2, int failed, String lastAnswer) {
    }

    private final UpgradeFixture fx;
    private final String name;

    private RequestLoop(UpgradeFixture fx, String name) {
        this.fx = fx;
        this.name = name;
    }

    /** Asks for http://HOST:PORT/PATH in a loop, a new connection (and name lookup) each time. */
    static RequestLoop start(UpgradeFixture fx, String network, String host, int port, String path) {
        String script = "while true; do if b=$(timeout 5 wget -q -O - http://" + host + ":" + port + path + " 2>/dev/null);"
                + " then echo \"$b\" >> /tmp/log; else echo FAIL >> /tmp/log; fi; done";
        String name = fx.container("client-" + Long.toHexString(System.nanoTime()).substring(6),
                java.util.List.of("--network", network, UpgradeFixture.ENV.image()), "sh", "-c", script);
        return new RequestLoop(fx, name);
    }

    Counts counts() {
        String out = fx.docker("exec", name, "sh", "-c",
                "touch /tmp/log; echo $(grep -c v1 /tmp/log) $(grep -c v2 /tmp/log) $(grep -c FAIL /tmp/log); tail -n 1 /tmp/log");
        String[] lines = out.strip().split("\n");
        String[] n = lines[0].strip().split("\\s+");
        return new Counts(Integer.parseInt(n[0]), Integer.parseInt(n[1]), Integer.parseInt(n[2]),
                lines.length > 1 ? lines[1] : "");
    }

    /** Waits until at least {@code count} answers contained {@code version} ("v1", "v2"). */
    void awaitAnswers(String version, int count) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < end) {
            Counts c = counts();
            if ((version.equals("v1") ? c.v1() : c.v2()) >= count) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The client saw fewer than " + count + " " + version + " answers: " + counts());
    }

    /** Stops the loop and gives the final counts. */
    Counts stop() {
        fx.docker("exec", name, "sh", "-c", "kill -STOP -1 2>/dev/null; true");
        Counts c = counts();
        fx.docker("rm", "-f", name);
        return c;
    }
}
