package io.pilothouse.core.host.ssh;

import com.jcraft.jsch.ChannelDirectStreamLocal;
import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import io.pilothouse.core.host.ConnectionFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Opens {@code direct-streamlocal@openssh.com} channels to the remote Docker socket over one SSH
 * session, each wrapped as a {@link ChannelSocket}. When sshd refuses a channel, JSch only says
 * "channel is not opened", and sshd gives the same reason code (connect failed) whether it may not
 * forward or cannot open the socket: a check run through an exec channel on the same session tells
 * a missing socket, a forbidden one, a silent one and a forwarding policy apart.
 */
final class StreamLocalChannels {

    private static final Logger LOG = LoggerFactory.getLogger(StreamLocalChannels.class);
    static final long SETTLE_MILLIS = 500;

    /** Exit codes of {@link #diagnosisCommand}: 0 means the socket answers when the user connects to it. */
    static final int SOCKET_ANSWERS = 0;
    static final int SOCKET_MISSING = 3;
    static final int SOCKET_FORBIDDEN = 4;
    static final int SOCKET_SILENT = 5;
    static final int NO_CLIENT_TO_CHECK = 6;

    private final Session session;
    private final SshTarget target;
    private final Duration connectTimeout;

    StreamLocalChannels(Session session, SshTarget target, Duration connectTimeout) {
        this.session = session;
        this.target = target;
        this.connectTimeout = connectTimeout;
    }

    boolean sessionAlive() {
        return session.isConnected();
    }

    /**
     * Whether the session is gone, asked after something failed: JSch closes the channels of a
     * dying session before it marks the session down, so a failure may be seen a moment before
     * the session says it is disconnected. Waits up to {@link #SETTLE_MILLIS} for that to show.
     */
    boolean sessionLostAfterFailure() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SETTLE_MILLIS);
        while (session.isConnected()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !session.isConnected();
            }
        }
        return true;
    }

    String description() {
        return target.describe();
    }

    ChannelSocket open() {
        return open(connectTimeout);
    }

    ChannelSocket open(Duration timeout) {
        if (!session.isConnected()) {
            throw SshFailureTranslator.disconnected(target.describe(), null);
        }
        ChannelDirectStreamLocal channel;
        try {
            channel = (ChannelDirectStreamLocal) session.openChannel("direct-streamlocal@openssh.com");
        } catch (JSchException e) {
            throw sessionLostAfterFailure()
                    ? SshFailureTranslator.disconnected(target.describe(), e)
                    : new ConnectionFailure(ConnectionFailure.Kind.OTHER,
                    "No SSH channel can be opened to " + target.describe() + ": " + e.getMessage(), e);
        }
        if (channel == null) {
            // JSch answers null when the session fell apart while the channel was being set up
            throw sessionLostAfterFailure()
                    ? SshFailureTranslator.disconnected(target.describe(), null)
                    : new ConnectionFailure(ConnectionFailure.Kind.OTHER,
                    "No SSH channel can be opened to " + target.describe() + ".");
        }
        channel.setSocketPath(target.remoteSocket());
        ChannelPipe incoming = new ChannelPipe();
        channel.setOutputStream(incoming.sink());
        OutputStream outgoing;
        try {
            // taken before connect(): JSch's streams must exist before the channel opens
            outgoing = channel.getOutputStream();
        } catch (IOException e) {
            throw new ConnectionFailure(ConnectionFailure.Kind.OTHER,
                    "No SSH channel can be opened to " + target.describe() + ": " + e.getMessage(), e);
        }
        try {
            channel.connect(timeoutMillis(timeout));
        } catch (JSchException e) {
            incoming.closeReader();
            throw openFailure(channel.getExitStatus(), timeout, e);
        }
        if (!channel.isConnected()) {
            incoming.closeReader();
            channel.disconnect();
            throw openFailure(channel.getExitStatus(), timeout, null);
        }
        return new ChannelSocket(channel, incoming, outgoing, target.remoteSocket(), session::isConnected,
                target.describe());
    }

    private ConnectionFailure openFailure(int reasonCode, Duration timeout, Exception cause) {
        if (reasonCode < 0 && sessionLostAfterFailure() || !session.isConnected()) {
            return SshFailureTranslator.disconnected(target.describe(), cause);
        }
        LOG.debug("direct-streamlocal channel to {} on {} refused, reason {}", target.remoteSocket(),
                target.address(), reasonCode);
        // sshd answers "connect failed" both when it may not forward and when the socket cannot be opened
        if (reasonCode == SshFailureTranslator.OPEN_CONNECT_FAILED) {
            Integer status = runDiagnosis();
            if (status != null) {
                switch (status) {
                    case SOCKET_ANSWERS:
                        return SshFailureTranslator.forwardingRefused(target, cause);
                    case SOCKET_MISSING:
                        return SshFailureTranslator.remoteSocketMissing(target, cause);
                    case SOCKET_FORBIDDEN:
                        return SshFailureTranslator.remoteSocketPermissionDenied(target, cause);
                    case SOCKET_SILENT:
                        return SshFailureTranslator.remoteSocketNotListening(target, cause);
                    default:
                        break;
                }
            }
        }
        return SshFailureTranslator.channelRefused(reasonCode, target, timeout, cause);
    }

    /**
     * A POSIX shell command run as the login user: exits 3 when {@code socket} is no socket, 4 when
     * the user may not read and write it, 0 when curl or the docker CLI gets an answer through it,
     * 5 when they get none, 6 when neither is installed.
     */
    static String diagnosisCommand(String socket) {
        return "p=" + ShellQuote.quote(socket) + "; "
                + "if [ ! -S \"$p\" ]; then exit " + SOCKET_MISSING + "; fi; "
                + "if [ ! -r \"$p\" ] || [ ! -w \"$p\" ]; then exit " + SOCKET_FORBIDDEN + "; fi; "
                + "if command -v curl >/dev/null 2>&1; then "
                + "if curl -s -o /dev/null --max-time 5 --unix-socket \"$p\" http://localhost/_ping; "
                + "then exit " + SOCKET_ANSWERS + "; else exit " + SOCKET_SILENT + "; fi; fi; "
                + "if command -v docker >/dev/null 2>&1; then "
                + "if docker -H \"unix://$p\" version >/dev/null 2>&1; "
                + "then exit " + SOCKET_ANSWERS + "; else exit " + SOCKET_SILENT + "; fi; fi; "
                + "exit " + NO_CLIENT_TO_CHECK;
    }

    /** The exit status of {@link #diagnosisCommand} run on the server, or null when no command can run there. */
    private Integer runDiagnosis() {
        ChannelExec exec = null;
        try {
            exec = (ChannelExec) session.openChannel("exec");
            if (exec == null) {
                return null;
            }
            exec.setCommand(diagnosisCommand(target.remoteSocket()));
            exec.setInputStream(null);
            exec.setOutputStream(OutputStream.nullOutputStream());
            exec.setErrStream(OutputStream.nullOutputStream());
            exec.connect(timeoutMillis(connectTimeout));
            long deadline = System.nanoTime() + connectTimeout.toNanos();
            while (!exec.isClosed()) {
                if (System.nanoTime() > deadline || !session.isConnected()) {
                    return null;
                }
                Thread.sleep(10);
            }
            int status = exec.getExitStatus();
            LOG.debug("remote socket check on {} exited {}", target.address(), status);
            return status < 0 ? null : status;
        } catch (JSchException e) {
            LOG.debug("remote socket check on {} could not run: {}", target.address(), e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            if (exec != null) {
                exec.disconnect();
            }
        }
    }

    static int timeoutMillis(Duration timeout) {
        long millis = timeout.toMillis();
        if (millis <= 0) {
            return 0;
        }
        return (int) Math.min(Integer.MAX_VALUE, millis);
    }
}
