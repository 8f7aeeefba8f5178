package io.pilothouse.core.host.ssh;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Quoting checked against a real POSIX shell. */
class ShellQuoteTest {

    private static String shell(String script) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", script).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    @Test
    void quotedWordsReachTheCommandUnchanged() throws Exception {
        for (String word : List.of("/var/run/docker.sock", "it's here", "$(touch /tmp/x) `id` ${HOME}", "a\"b\\c",
                "'", "''", "semi;colon && or || pipe | star *", "new\nline", "")) {
            assertThat(shell("printf %s " + ShellQuote.quote(word))).isEqualTo(word);
        }
    }

    @Test
    void diagnosisCommandIsValidShellAndReportsAMissingSocket() throws Exception {
        String command = StreamLocalChannels.diagnosisCommand("/nonexistent/it's $(id)/docker.sock");
        Process syntax = new ProcessBuilder("sh", "-n", "-c", command).redirectErrorStream(true).start();
        assertThat(syntax.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(syntax.exitValue()).isZero();
        Process run = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
        assertThat(run.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).isEqualTo(StreamLocalChannels.SOCKET_MISSING);
    }
}
