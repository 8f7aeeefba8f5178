package io.pilothouse.core.host.ssh;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChannelPipeTest {

    private static byte[] drain(ChannelPipe pipe, int chunk) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[chunk];
        int n;
        while ((n = pipe.read(buffer, 0, buffer.length, 5000)) >= 0) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    @Test
    void bytesComeOutInOrderAcrossWrapAndGrowthThenEnd() throws Exception {
        ChannelPipe pipe = new ChannelPipe(8, 64);
        byte[] data = new byte[10_000];
        new Random(42).nextBytes(data);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream sink = pipe.sink()) {
                for (int i = 0; i < data.length; i += 7) {
                    sink.write(data, i, Math.min(7, data.length - i));
                }
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        assertThat(drain(pipe, 5)).isEqualTo(data);
        writer.get(5, TimeUnit.SECONDS);
    }

    @Test
    void readWithTimeoutFailsLikeASocketWhenNothingComes() {
        ChannelPipe pipe = new ChannelPipe();
        long started = System.nanoTime();
        assertThatThrownBy(() -> pipe.read(new byte[4], 0, 4, 100)).isInstanceOf(SocketTimeoutException.class);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isBetween(90L, 2000L);
    }

    @Test
    void fullPipeMakesTheWriterWaitUntilTheReaderTakesBytes() throws Exception {
        ChannelPipe pipe = new ChannelPipe(4, 8);
        pipe.put(new byte[8], 0, 8);
        CompletableFuture<Void> blocked = CompletableFuture.runAsync(() -> {
            try {
                pipe.put(new byte[] {1, 2}, 0, 2);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        Thread.sleep(200);
        assertThat(blocked).isNotDone();
        assertThat(pipe.read(new byte[4], 0, 4, 1000)).isEqualTo(4);
        blocked.get(5, TimeUnit.SECONDS);
        assertThat(pipe.available()).isEqualTo(6);
    }

    @Test
    void closedReaderDropsBytesWithoutBlockingTheWriterAndFailsReads() throws Exception {
        ChannelPipe pipe = new ChannelPipe(4, 8);
        pipe.put(new byte[8], 0, 8);
        pipe.closeReader();
        CompletableFuture.runAsync(() -> {
            try {
                pipe.put(new byte[100], 0, 100);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        }).get(2, TimeUnit.SECONDS);
        assertThatThrownBy(() -> pipe.read(new byte[1], 0, 1, 0)).isInstanceOf(SocketException.class);
    }

    @Test
    void blockedReaderWakesWhenTheReaderIsClosed() throws Exception {
        ChannelPipe pipe = new ChannelPipe();
        CompletableFuture<Integer> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return pipe.read(new byte[1], 0, 1, 0);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        Thread.sleep(100);
        pipe.closeReader();
        assertThatThrownBy(() -> reader.get(2, TimeUnit.SECONDS)).hasRootCauseInstanceOf(SocketException.class);
    }

    @Test
    void bufferedBytesAreStillReadAfterTheEndOfTheStream() throws Exception {
        ChannelPipe pipe = new ChannelPipe();
        pipe.put("abc".getBytes(), 0, 3);
        pipe.closeWriter();
        assertThat(drain(pipe, 2)).isEqualTo("abc".getBytes());
        assertThat(pipe.read(new byte[1], 0, 1, 0)).isEqualTo(-1);
    }
}
