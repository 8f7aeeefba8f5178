package io.pilothouse.desktop.ui.topology;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 500 containers in ten stacks, drawn in a real window under Xvfb (software rendering) and panned
 * frame by frame at the fitted scale and at 100 %: every node is drawn and every frame of both
 * phases comes. The frame times are printed here and measured against their target (no frame over
 * 100 ms) by {@code scripts/bench topology}, not asserted: a test must not depend on the machine's load.
 */
class TopologyFrameTimeIT {

    static final Pattern FRAMES = Pattern.compile("FRAMES (fit|100%|settling[^=]*) frames=(\\d+) max=(\\d+) p95=(\\d+) median=(\\d+) ms");

    @Test
    void fiveHundredContainersAreDrawnAndPanned() throws Exception {
        String out = XvfbRun.run("topology-500", "pan", XvfbRun.SCREENSHOTS.resolve("topology-500.png").toString());
        out.lines().filter(l -> l.startsWith("FRAMES") || l.startsWith("SLOW") || l.startsWith("SHAPES") || l.startsWith("LOAD")).forEach(System.out::println);
        assertThat(out).contains("SHAPES 530");
        Matcher m = FRAMES.matcher(out);
        int phases = 0;
        while (m.find()) {
            if (m.group(1).startsWith("settling")) {
                continue;
            }
            phases++;
            assertThat(Integer.parseInt(m.group(2))).as("frames drawn while panning at %s", m.group(1)).isEqualTo(180);
        }
        assertThat(phases).isEqualTo(2);
    }
}
