package io.pilothouse.desktop.ui.topology;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 500 containers in ten stacks, drawn in a real window under Xvfb (software rendering), panned
 * frame by frame at the fitted scale and at 100 %: prints the longest and the 95th-percentile time
 * between two frames and the machine's load; target: no frame over 100 ms while panning. The test
 * machine is shared with other builds whose load shows up as long frames, so the assertion is looser
 * than the target (median under 40 ms, 95th percentile under 250 ms); the figures are printed.
 */
class TopologyFrameTimeIT {

    static final Pattern FRAMES = Pattern.compile("FRAMES (fit|100%|settling[^=]*) frames=(\\d+) max=(\\d+) p95=(\\d+) median=(\\d+) ms");

    @Test
    void panningFiveHundredContainersKeepsFramesShort() throws Exception {
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
            assertThat(Integer.parseInt(m.group(2))).isEqualTo(180);
            assertThat(Integer.parseInt(m.group(5))).as("median frame while panning at %s, ms", m.group(1)).isLessThan(40);
            assertThat(Integer.parseInt(m.group(4))).as("95th percentile frame while panning at %s, ms", m.group(1)).isLessThan(250);
        }
        assertThat(phases).isEqualTo(2);
    }
}
