package io.pilothouse.desktop.ui.topology;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs {@link TopologyWindowRun} in a real window under Xvfb, in its own process, and returns what it printed. */
final class XvfbRun {

    static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();

    private XvfbRun() {
    }

    static String run(String name, String... args) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path log = SCREENSHOTS.resolve(name + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path");
        List<String> command = new ArrayList<>(List.of("xvfb-run", "-a", "-s", "-screen 0 1280x1024x24",
                java, "-Dprism.order=sw", "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8", "-Dfile.encoding=UTF-8", "-cp", cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path"),
                TopologyWindowRun.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = p.waitFor(180, TimeUnit.SECONDS);
        if (!ended) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        }
        String output = Files.readString(log);
        assertThat(ended).as("the window run ends by itself; output:\n%s", output).isTrue();
        assertThat(p.exitValue()).as("exit status; output:\n%s", output).isZero();
        assertThat(output).doesNotContain("TOPOLOGY FAILED");
        return output;
    }
}
