package io.pilothouse.core.terminal;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ByteQueueInputStreamTest {

    @Test
    void bytesWrittenByAThreadThatEndedAreStillReadAndCloseEndsTheStream() throws Exception {
        ByteQueueInputStream in = new ByteQueueInputStream();
        Thread writer = new Thread(() -> in.offer("hello ".getBytes(StandardCharsets.UTF_8)));
        writer.start();
        writer.join();
        in.offer("world".getBytes(StandardCharsets.UTF_8));
        CompletableFuture<byte[]> all = CompletableFuture.supplyAsync(() -> {
            try {
                return in.readAllBytes();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        assertThat(all).isNotDone();
        in.close();
        assertThat(new String(all.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8)).isEqualTo("hello world");
        assertThat(in.offer(new byte[]{1})).isFalse();
    }
}
