package io.pilothouse.core.testenv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The real test engine started by {@code scripts/testenv up}: its addresses and credentials, read
 * from the TESTENV_* variables or from $TESTENV_DIR/testenv.properties. An integration test that
 * cannot find it fails: it is never skipped.
 */
public final class TestEnv {

    private static final String DEFAULT_DIR = "/tmp/pilothouse-testenv";
    private static volatile TestEnv instance;

    private final Properties props;

    private TestEnv(Properties props) {
        this.props = props;
    }

    public static TestEnv get() {
        TestEnv e = instance;
        if (e == null) {
            synchronized (TestEnv.class) {
                if (instance == null) {
                    instance = load();
                }
                e = instance;
            }
        }
        return e;
    }

    /**
     * A second engine started by {@code scripts/test} for the tests that restart its daemon (so that
     * no other test loses its engine meanwhile): its state dir is in $PILOTHOUSE_RESTART_TESTENV.
     */
    public static TestEnv restartable() {
        String dir = System.getenv("PILOTHOUSE_RESTART_TESTENV");
        if (dir == null || dir.isBlank()) {
            throw new IllegalStateException("No engine to restart: scripts/test starts one and sets PILOTHOUSE_RESTART_TESTENV"
                    + " (by hand: TESTENV_DIR=/tmp/pilothouse-testenv-restart TESTENV_TLS_PORT=23770 TESTENV_SSH_PORT=22230"
                    + " TESTENV_REGISTRY_PORT=25010 TESTENV_FORWARD_PORTS= TESTENV_SSH_USER=pilotrst scripts/testenv up --no-debian)");
        }
        Path file = Path.of(dir, "testenv.properties");
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("The engine to restart is not up: cannot read " + file, e);
        }
        return new TestEnv(p);
    }

    /** Stops this engine's dockerd and starts it again (scripts/testenv restart-daemon; needs root). */
    public void restartDaemon() {
        Path script = scriptsDir().resolve("testenv");
        String registryPort = registry().substring(registry().lastIndexOf(':') + 1);
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString(), "restart-daemon").redirectErrorStream(true);
        props.forEach((k, v) -> {
            if (k.toString().startsWith("TESTENV_")) {
                pb.environment().put(k.toString(), v.toString());
            }
        });
        pb.environment().put("TESTENV_REGISTRY_PORT", registryPort);
        try {
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("scripts/testenv restart-daemon failed:\n" + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the daemon restarted", e);
        }
    }

    private static Path scriptsDir() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("scripts/testenv"))) {
                return d.resolve("scripts");
            }
        }
        throw new IllegalStateException("scripts/testenv not found above " + Path.of("").toAbsolutePath());
    }

    private static TestEnv load() {
        Properties p = new Properties();
        String dir = System.getenv().getOrDefault("TESTENV_DIR", DEFAULT_DIR);
        Path file = Path.of(dir, "testenv.properties");
        if (Files.isReadable(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + file, e);
            }
        }
        System.getenv().forEach((k, v) -> {
            if (k.startsWith("TESTENV_")) {
                p.setProperty(k, v);
            }
        });
        if (!p.containsKey("TESTENV_DOCKER_SOCK")) {
            throw new IllegalStateException("The test engine is not up: run 'scripts/testenv up' "
                    + "(no TESTENV_* variables and no " + file + ")");
        }
        return new TestEnv(p);
    }

    public String get(String key) {
        String v = props.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("testenv variable " + key + " is not set");
        }
        return v;
    }

    public Path dir() { return Path.of(get("TESTENV_DIR")); }
    public String dockerSock() { return get("TESTENV_DOCKER_SOCK"); }
    public String tlsHost() { return "127.0.0.1"; }
    public int tlsPort() { return Integer.parseInt(get("TESTENV_TLS_PORT")); }
    public Path certPath() { return Path.of(get("TESTENV_DOCKER_CERT_PATH")); }
    public String sshHost() { return get("TESTENV_SSH_HOST"); }
    public int sshPort() { return Integer.parseInt(get("TESTENV_SSH_PORT")); }
    public String sshUser() { return get("TESTENV_SSH_USER"); }
    public Path sshKey() { return Path.of(get("TESTENV_SSH_KEY")); }
    public Path sshKeyRsa() { return Path.of(get("TESTENV_SSH_KEY_RSA")); }
    public Path sshKeyRsaPassphraseFile() { return Path.of(get("TESTENV_SSH_KEY_RSA_PASSPHRASE_FILE")); }
    public Path sshKnownHosts() { return Path.of(get("TESTENV_SSH_KNOWN_HOSTS")); }
    public String sshRemoteDockerSock() { return get("TESTENV_SSH_REMOTE_DOCKER_SOCK"); }
    public String registry() { return get("TESTENV_REGISTRY"); }
    public String image() { return get("TESTENV_IMAGE"); }

    public String rsaPassphrase() {
        try {
            return Files.readString(sshKeyRsaPassphraseFile()).trim();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the docker CLI against the test engine's unix socket and returns its stdout. */
    public String docker(String... args) {
        String[] cmd = new String[args.length + 3];
        cmd[0] = "docker";
        cmd[1] = "-H";
        cmd[2] = "unix://" + dockerSock();
        System.arraycopy(args, 0, cmd, 3, args.length);
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(false);
            pb.environment().remove("DOCKER_HOST");
            pb.environment().remove("DOCKER_TLS_VERIFY");
            pb.environment().remove("DOCKER_CERT_PATH");
            pb.environment().remove("DOCKER_CONTEXT");
            Process p = pb.start();
            // stderr drained on its own thread so a large stdout cannot fill the pipe and stall both sides
            java.util.concurrent.CompletableFuture<byte[]> errRead = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return p.getErrorStream().readAllBytes();
                } catch (IOException e) {
                    return new byte[0];
                }
            });
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = errRead.join();
            if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("docker " + String.join(" ", args) + " failed: " + new String(err));
            }
            return new String(out).trim();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
