package io.pilothouse.core.host;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A tiny HTTP/1.1 server on a unix socket that answers each request path with a canned reply. It
 * stands in for engines we cannot run (an old API) or for things that are not engines at all: it
 * tests Pilothouse's own rules, never a Docker feature.
 */
final class FakeEngine implements AutoCloseable {

    record Reply(int status, Map<String, String> headers, String body) {
    }

    private final Path socket;
    private final ServerSocketChannel server;
    private final List<String> paths = new CopyOnWriteArrayList<>();

    FakeEngine(Path socket, Function<String, Reply> routes) throws IOException {
        this.socket = socket;
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Thread t = new Thread(() -> {
            while (server.isOpen()) {
                try (SocketChannel ch = server.accept()) {
                    String path = readRequestPath(ch);
                    paths.add(path);
                    write(ch, routes.apply(path));
                } catch (IOException e) {
                    if (!server.isOpen()) {
                        return;
                    }
                }
            }
        }, "fake-engine");
        t.setDaemon(true);
        t.start();
    }

    /** A Docker look-alike that speaks only the given API version. */
    static Function<String, Reply> engineSpeaking(String apiVersion, String engineVersion) {
        return path -> {
            if (path.endsWith("/_ping")) {
                return new Reply(200, Map.of("Api-Version", apiVersion, "Content-Type", "text/plain"), "OK");
            }
            if (path.endsWith("/version")) {
                return new Reply(200, Map.of("Api-Version", apiVersion, "Content-Type", "application/json"),
                        "{\"Version\":\"" + engineVersion + "\",\"ApiVersion\":\"" + apiVersion
                                + "\",\"Os\":\"linux\",\"Arch\":\"amd64\"}");
            }
            return new Reply(404, Map.of("Content-Type", "application/json"), "{\"message\":\"page not found\"}");
        };
    }

    List<String> paths() {
        return paths;
    }

    Path socket() {
        return socket;
    }

    @Override
    public void close() throws IOException {
        server.close();
        Files.deleteIfExists(socket);
    }

    private static String readRequestPath(SocketChannel ch) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        ByteBuffer buf = ByteBuffer.allocate(1024);
        while (!head.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
            buf.clear();
            if (ch.read(buf) < 0) {
                break;
            }
            head.write(buf.array(), 0, buf.position());
        }
        String firstLine = head.toString(StandardCharsets.ISO_8859_1).split("\r\n", 2)[0];
        String[] parts = firstLine.split(" ");
        return parts.length > 1 ? parts[1] : "";
    }

    private static void write(SocketChannel ch, Reply reply) throws IOException {
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder("HTTP/1.1 ").append(reply.status()).append(' ')
                .append(reply.status() == 200 ? "OK" : "Not Found").append("\r\n");
        reply.headers().forEach((k, v) -> sb.append(k).append(": ").append(v).append("\r\n"));
        sb.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        ch.write(ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.ISO_8859_1)));
        ch.write(ByteBuffer.wrap(body));
    }
}
