package io.pilothouse.core.testenv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP relay (bytes in, bytes out: TLS passes through) that a test can cut and bring back
 * on the same port, to make an engine "go away" without touching the engine.
 */
public final class TcpRelay implements AutoCloseable {

    private final InetAddress bind;
    private final InetSocketAddress target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicLong toClients = new AtomicLong();
    private volatile ServerSocket server;
    private volatile int port;

    public TcpRelay(String bindAddress, String targetHost, int targetPort) throws IOException {
        this.bind = InetAddress.getByName(bindAddress);
        this.target = new InetSocketAddress(targetHost, targetPort);
        start(0);
    }

    public int port() {
        return port;
    }

    /** Bytes relayed from the target to the clients so far (all connections). */
    public long bytesToClients() {
        return toClients.get();
    }

    /** Accepts again on the same port. */
    public synchronized void resume() throws IOException {
        if (server == null) {
            start(port);
        }
    }

    /** Stops accepting and cuts every relayed connection. */
    public synchronized void cut() {
        ServerSocket s = server;
        server = null;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing
            }
        }
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing
            }
        }
        open.clear();
    }

    @Override
    public void close() {
        cut();
    }

    private void start(int onPort) throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(bind, onPort));
        port = s.getLocalPort();
        server = s;
        Thread acceptor = new Thread(() -> acceptLoop(s), "relay-accept-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void acceptLoop(ServerSocket s) {
        while (!s.isClosed()) {
            try {
                Socket client = s.accept();
                Socket upstream = new Socket();
                upstream.connect(target, 5000);
                open.add(client);
                open.add(upstream);
                pump(client, upstream, null);
                pump(upstream, client, toClients);
            } catch (IOException e) {
                // closed, or the target refused: the client sees its socket close
            }
        }
    }

    private void pump(Socket from, Socket to, AtomicLong counted) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    out.write(buf, 0, n);
                    out.flush();
                    if (counted != null) {
                        counted.addAndGet(n);
                    }
                }
            } catch (IOException ignored) {
                // one side closed
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // closing
                }
                open.remove(from);
                open.remove(to);
            }
        }, "relay-pump");
        t.setDaemon(true);
        t.start();
    }
}
