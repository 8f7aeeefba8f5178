package io.pilothouse.core.logs;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading a swarm service's log as the engine sends it: frames, and the details that name each line's task. */
class SwarmLogTest {

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void detailsNameTheTaskAndTheNodeAndAreCutOffTheLine() {
        byte[] line = utf8("com.docker.swarm.node.id=n0de,com.docker.swarm.service.id=s3rv,com.docker.swarm.task.id=t4sk hello world");
        SwarmLogDetails d = SwarmLogDetails.parse(line);
        assertThat(d.taskId()).isEqualTo("t4sk");
        assertThat(d.nodeId()).isEqualTo("n0de");
        assertThat(new String(line, d.textStart(), line.length - d.textStart(), StandardCharsets.UTF_8)).isEqualTo("hello world");
    }

    @Test
    void escapedValuesAreReadAndAnEmptyLineKeepsItsDetails() {
        SwarmLogDetails d = SwarmLogDetails.parse(utf8("env=a%2Cb+c,com.docker.swarm.task.id=t1"));
        assertThat(d.taskId()).isEqualTo("t1");
        assertThat(d.textStart()).isEqualTo("env=a%2Cb+c,com.docker.swarm.task.id=t1".length());
    }

    @Test
    void aLineWithoutDetailsIsLeftAsItIs() {
        assertThat(SwarmLogDetails.parse(utf8("plain text here"))).isNull();
        assertThat(SwarmLogDetails.parse(utf8(""))).isNull();
        assertThat(SwarmLogDetails.parse(utf8("a=b,broken hello"))).isNull();
    }

    static byte[] frame(int type, String payload) {
        byte[] p = utf8(payload);
        byte[] f = new byte[8 + p.length];
        f[0] = (byte) type;
        f[4] = (byte) (p.length >>> 24);
        f[5] = (byte) (p.length >>> 16);
        f[6] = (byte) (p.length >>> 8);
        f[7] = (byte) p.length;
        System.arraycopy(p, 0, f, 8, p.length);
        return f;
    }

    static List<String> read(byte[] stream) throws IOException {
        List<String> out = new ArrayList<>();
        EngineFrames.read(new ByteArrayInputStream(stream), (s, p) -> out.add(s + ":" + new String(p, StandardCharsets.UTF_8)));
        return out;
    }

    @Test
    void framesAreSplitByStream() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(frame(1, "out one\n"));
        b.writeBytes(frame(2, "err one\n"));
        b.writeBytes(frame(1, ""));
        b.writeBytes(frame(1, "out two\n"));
        assertThat(read(b.toByteArray())).containsExactly("STDOUT:out one\n", "STDERR:err one\n", "STDOUT:", "STDOUT:out two\n");
        assertThat(read(new byte[0])).isEmpty();
    }

    @Test
    void aTtyStreamIsReadAsItIsAllStdout() throws IOException {
        List<String> chunks = read(utf8("2026-01-01T00:00:00Z hello\nmore\n"));
        assertThat(chunks).allMatch(c -> c.startsWith("STDOUT:"));
        assertThat(chunks.stream().map(c -> c.substring("STDOUT:".length())).reduce("", String::concat))
                .isEqualTo("2026-01-01T00:00:00Z hello\nmore\n");
    }

    @Test
    void aStreamCutInsideAFrameSaysSo() {
        byte[] f = frame(1, "a line that is cut\n");
        byte[] cut = java.util.Arrays.copyOf(f, f.length - 4);
        assertThatThrownBy(() -> read(cut)).isInstanceOf(EOFException.class).hasMessageContaining("inside a frame");
    }

    @Test
    void tagNamesGrowAsTasksAreAddedAndAServiceIsAlwaysTagged() {
        SourceNames one = new SourceNames(List.of(LogSource.container("c1", "web-1")));
        assertThat(one.tagged()).isFalse();
        SourceNames svc = new SourceNames(List.of(LogSource.service("s1", "web")));
        assertThat(svc.tagged()).isTrue();
        svc.add(2, LogSource.task("t2", "web.12"));
        assertThat(svc.name(2)).isEqualTo("web.12");
        assertThat(svc.name(1)).isEqualTo("?");
        assertThat(svc.width()).isEqualTo(6);
    }

    @Test
    void aBufferTakesTheTasksAFeedAddsAndKnowsThemAgainFromTheNextFeed() {
        LogSource service = LogSource.service("s1", "web");
        LogBuffer buffer = new LogBuffer(List.of(service));
        buffer.sourceAdded(1, LogSource.task("t1", "web.1"));
        buffer.sourceAdded(2, LogSource.task("t2", "web.2"));
        buffer.accept(List.of(new RawLine(2, LogStream.STDOUT, 10, utf8("from two")), new RawLine(1, LogStream.STDOUT, 11, utf8("from one"))));
        // a reload: the new feed finds the tasks in the other order
        buffer.clear();
        buffer.sourceAdded(1, LogSource.task("t2", "web.2"));
        buffer.sourceAdded(2, LogSource.task("t1", "web.1"));
        buffer.accept(List.of(new RawLine(1, LogStream.STDOUT, 12, utf8("two again"))));
        assertThat(buffer.sources()).extracting(LogSource::name).containsExactly("web", "web.1", "web.2");
        List<LogLine> lines = buffer.lines(buffer.firstSequence(), buffer.nextSequence());
        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.source().name()).isEqualTo("web.2");
            assertThat(l.text()).isEqualTo("two again");
        });
        assertThatThrownBy(() -> buffer.append(new RawLine(7, LogStream.STDOUT, 13, utf8("x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("No source with index 7");
    }
}
