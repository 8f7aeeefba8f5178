package io.pilothouse.core.workflows.backup;

import com.github.dockerjava.api.DockerClient;
import io.pilothouse.core.host.HostSession;

import java.util.function.Supplier;

/**
 * The engine a plan's steps talk to, able to connect again when the connection under it broke, so
 * that containers a plan stopped are started again even after the link went down mid-transfer.
 */
public final class DockerLink {

    private final Supplier<HostSession> reconnect;
    private volatile HostSession session;

    public DockerLink(HostSession session, Supplier<HostSession> reconnect) {
        this.session = session;
        this.reconnect = reconnect;
    }

    /** A link that cannot reconnect. */
    public static DockerLink of(HostSession session) {
        return new DockerLink(session, null);
    }

    public DockerClient docker() {
        HostSession s = session;
        if (!s.isOpen() && reconnect != null) {
            return reopen();
        }
        return s.docker();
    }

    /** Opens a new session when this link can; else returns the current client. */
    public synchronized DockerClient reopen() {
        if (reconnect == null) {
            return session.docker();
        }
        HostSession fresh = null;
        RuntimeException last = null;
        // a link that just broke may take a few seconds to come back
        for (int attempt = 0; attempt < 6 && fresh == null; attempt++) {
            try {
                fresh = reconnect.get();
            } catch (RuntimeException e) {
                last = e;
                try {
                    Thread.sleep(1000L * (attempt + 1) / 2);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
        if (fresh == null) {
            throw last;
        }
        HostSession old = session;
        session = fresh;
        if (old != fresh) {
            try {
                old.close();
            } catch (RuntimeException ignored) {
                // the old link is gone anyway
            }
        }
        return fresh.docker();
    }

    /** Runs {@code call}; when it fails because the link broke, connects again and runs it once more. */
    public <T> T retrying(java.util.function.Function<DockerClient, T> call) {
        try {
            return call.apply(docker());
        } catch (RuntimeException e) {
            if (reconnect == null || !linkBroke(e)) {
                throw e;
            }
            return call.apply(reopen());
        }
    }

    static boolean linkBroke(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof io.pilothouse.core.host.ConnectionFailure || t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }
}
