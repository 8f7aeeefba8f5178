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

/**
 * Opens {@code direct-streamlocal@openssh.com} channels to the remote Docker socket over one SSH
 * session, each wrapped as a {@link ChannelSocket}. When sshd refuses a channel, JSch only says
 * "channel is not opened"; the reason code and, for a failed connect, a {@code test} run through an
 * exec channel on the same session tell a missing socket from a forbidden one.
 */
final class StreamLocalChannels {

    private static final Logger LOG = LoggerFactory.getLogger(StreamLocalChannels.class);

    /** Exit codes of {@link #diagnosisCommand}. */
    static final int SOCKET_MISSING = 3;
    static final int SOCKET_FORBIDDEN = 4;

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
            throw session.isConnected()
                    ? new ConnectionFailure(ConnectionFailure.Kind.OTHER,
                    "No SSH channel can be opened to " + target.describe() + ": " + e.getMessage(), e)
                    : SshFailureTranslator.disconnected(target.describe(), e);
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
        if (!session.isConnected()) {
            return SshFailureTranslator.disconnected(target.describe(), cause);
        }
        LOG.debug("direct-streamlocal channel to {} on {} refused, reason {}", target.remoteSocket(),
                target.address(), reasonCode);
        if (reasonCode == SshFailureTranslator.OPEN_CONNECT_FAILED) {
            Integer status = runDiagnosis();
            if (status != null) {
                if (status == SOCKET_MISSING) {
                    return SshFailureTranslator.remoteSocketMissing(target, cause);
                }
                if (status == SOCKET_FORBIDDEN) {
                    return SshFailureTranslator.remoteSocketPermissionDenied(target, cause);
                }
                if (status == 0) {
                    return SshFailureTranslator.remoteSocketNotListening(target, cause);
                }
            }
        }
        return SshFailureTranslator.channelRefused(reasonCode, target, timeout, cause);
    }

    /** A POSIX shell command exiting 3 when {@code socket} is no socket, 4 when it cannot be read and written, else 0. */
    static String diagnosisCommand(String socket) {
        String q = ShellQuote.quote(socket);
        return "if [ ! -S " + q + " ]; then exit " + SOCKET_MISSING + "; fi; "
                + "if [ ! -r " + q + " ] || [ ! -w " + q + " ]; then exit " + SOCKET_FORBIDDEN + "; fi; exit 0";
    }

    /** The exit status of {@link #diagnosisCommand} run on the server, or null when no command can run there. */
    private Integer runDiagnosis() {
        ChannelExec exec = null;
        try {
            exec = (ChannelExec) session.openChannel("exec");
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
