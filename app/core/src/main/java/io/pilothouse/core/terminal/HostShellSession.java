package io.pilothouse.core.terminal;

import com.jcraft.jsch.ChannelShell;
import io.pilothouse.core.host.ssh.SshDockerConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;

/** A login shell on the Docker host itself, over the SSH session the host is connected with. */
public final class HostShellSession implements TerminalSession {

    private static final Logger LOG = LoggerFactory.getLogger(HostShellSession.class);

    private final SshDockerConnection ssh;
    private final CompletableFuture<Integer> exited = new CompletableFuture<>();
    private volatile ChannelShell channel;
    private volatile OutputStream toShell;
    private volatile int[] size = {80, 24};
    private volatile CloseReport report;

    public HostShellSession(SshDockerConnection ssh) {
        this.ssh = ssh;
    }

    @Override
    public String title() {
        return "shell on " + ssh.description();
    }

    @Override
    public void start(TerminalOutput output) {
        try {
            ChannelShell ch = ssh.openShell();
            ch.setPtyType("xterm-256color", size[0], size[1], 0, 0);
            InputStream fromShell = ch.getInputStream();
            toShell = ch.getOutputStream();
            ch.connect(10_000);
            channel = ch;
            Thread pump = new Thread(() -> {
                byte[] buf = new byte[16384];
                Throwable failure = null;
                try {
                    int n;
                    while ((n = fromShell.read(buf)) >= 0) {
                        output.bytes(buf, 0, n);
                    }
                } catch (java.io.IOException e) {
                    failure = e;
                }
                int code = ch.getExitStatus();
                exited.complete(code < 0 ? null : code);
                output.ended(code < 0 ? null : code, report == null ? failure : null);
            }, "host-shell-" + ssh.description());
            pump.setDaemon(true);
            pump.start();
        } catch (Exception e) {
            throw new IllegalStateException("Could not open a shell on " + ssh.description() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void write(byte[] data) {
        OutputStream out = toShell;
        if (out == null || exited.isDone()) {
            return;
        }
        try {
            out.write(data);
            out.flush();
        } catch (java.io.IOException e) {
            LOG.debug("writing to the host shell: {}", e.toString());
        }
    }

    @Override
    public void resize(int columns, int rows) {
        size = new int[]{columns, rows};
        ChannelShell ch = channel;
        if (ch != null && columns > 0 && rows > 0) {
            ch.setPtySize(columns, rows, 0, 0);
        }
    }

    @Override
    public boolean readOnly() {
        return false;
    }

    @Override
    public CompletableFuture<Integer> exited() {
        return exited;
    }

    /** Closing the channel hangs up the shell on the host (sshd sends it SIGHUP). */
    @Override
    public synchronized CloseReport close() {
        if (report != null) {
            return report;
        }
        ChannelShell ch = channel;
        if (ch != null) {
            ch.disconnect();
        }
        report = CloseReport.ended("Closed the shell on " + ssh.description() + ".");
        return report;
    }
}
