package io.pilothouse.core.host.ssh;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchChangedHostKeyException;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.JSchUnknownHostKeyException;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.SocketFactory;
import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFailure;
import io.pilothouse.core.host.HostKey;
import io.pilothouse.core.host.SshTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Opens SSH sessions to Docker hosts (key files, ssh-agent, ~/.ssh/config aliases, known_hosts checking).
 * Blocking: never call it on the UI thread. Passphrases given through the prompt are kept in memory
 * by this connector, so that reconnecting does not ask again, until {@link #forgetPassphrases()} or
 * {@link #close()}.
 */
public final class SshConnector implements AutoCloseable {

    /** A keepalive is sent after this much silence from the server... */
    static final Duration DEFAULT_KEEPALIVE_INTERVAL = Duration.ofSeconds(10);
    /** ...and the link is declared dead after this many unanswered ones. */
    static final int DEFAULT_KEEPALIVE_COUNT = 3;

    private static final Logger LOG = LoggerFactory.getLogger(SshConnector.class);

    private final SshTargetResolver resolver;
    private final AppDirectories dirs;
    private final Map<String, String> env;
    private final PassphraseCache passphrases = new PassphraseCache();
    private volatile Duration keepAliveInterval = DEFAULT_KEEPALIVE_INTERVAL;
    private volatile int keepAliveCount = DEFAULT_KEEPALIVE_COUNT;
    private volatile SocketFactory socketFactory;

    public SshConnector(AppDirectories dirs) {
        this(dirs, System.getenv());
    }

    /** With the environment to read SSH_AUTH_SOCK from. */
    public SshConnector(AppDirectories dirs, Map<String, String> env) {
        this.dirs = Objects.requireNonNull(dirs, "dirs");
        this.env = Map.copyOf(env);
        this.resolver = new SshTargetResolver(dirs);
    }

    /** How quickly a silent link is declared dead: {@code interval * (count + 1)} at most. */
    void keepAlive(Duration interval, int count) {
        this.keepAliveInterval = interval;
        this.keepAliveCount = count;
    }

    /** How the TCP connection to sshd is made (JSch's plain socket when null). */
    void socketFactory(SocketFactory factory) {
        this.socketFactory = factory;
    }

    /**
     * Connects, checks the host key, logs in and opens one channel to the remote Docker socket to
     * make sure it is there. An unknown host key is shown through the prompt and, once accepted,
     * appended to the known_hosts file.
     *
     * @throws ConnectionFailure with the sentence to show, {@link io.pilothouse.core.host.UnknownHostKeyFailure} for a refused key
     */
    public SshDockerConnection connect(SshTransport transport, ConnectOptions options) {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(options, "options");
        SshTarget target = resolver.resolve(transport);
        boolean keyJustAccepted = false;
        while (true) {
            try {
                return open(target, options);
            } catch (HostKeyNotKnown unknown) {
                if (keyJustAccepted) {
                    // accepted and written, yet still unknown: the file could not be read back
                    throw SshFailureTranslator.unknownHostKey(unknown.key, target.knownHostsFile(), unknown.getCause());
                }
                if (!options.prompt().acceptNewHostKey(unknown.key)) {
                    throw SshFailureTranslator.unknownHostKey(unknown.key, target.knownHostsFile(), unknown.getCause());
                }
                try {
                    new KnownHostsFile(target.knownHostsFile()).remember(unknown.key);
                } catch (IOException e) {
                    throw new ConnectionFailure(ConnectionFailure.Kind.OTHER,
                            "The host key of " + unknown.key.knownHostsName() + " was accepted but cannot be written to "
                                    + target.knownHostsFile() + ": " + e.getMessage(), e);
                }
                LOG.info("remembered the {} host key {} of {} in {}", unknown.key.type(),
                        unknown.key.sha256Fingerprint(), unknown.key.knownHostsName(), target.knownHostsFile());
                keyJustAccepted = true;
            }
        }
    }

    private SshDockerConnection open(SshTarget target, ConnectOptions options) {
        JSch jsch = new JSch();
        jsch.setInstanceLogger(new Slf4jJschLogger());
        RecordingHostKeyRepository hostKeys;
        try {
            jsch.setKnownHosts(target.knownHostsFile().toString());
            hostKeys = new RecordingHostKeyRepository(jsch.getHostKeyRepository());
        } catch (JSchException e) {
            throw new ConnectionFailure(ConnectionFailure.Kind.OTHER,
                    "The known hosts file " + target.knownHostsFile() + " cannot be read: " + e.getMessage(), e);
        }
        jsch.setHostKeyRepository(hostKeys);

        KeyLoader loader = new KeyLoader(passphrases, options.prompt(), env, dirs.userSshDir());
        LazyIdentityRepository identities = new LazyIdentityRepository(() -> loader.load(target));

        Session session;
        try {
            session = jsch.getSession(target.user(), target.hostName(), target.port());
        } catch (JSchException e) {
            throw new ConnectionFailure(ConnectionFailure.Kind.OTHER,
                    "The SSH address " + target.describe() + " is not valid: " + e.getMessage(), e);
        }
        session.setIdentityRepository(identities);
        session.setConfig("StrictHostKeyChecking", "yes");
        session.setConfig("HashKnownHosts", "no");
        session.setConfig("PreferredAuthentications", "publickey");
        for (String key : new String[] {"kex", "CheckKexes"}) {
            session.setConfig(key, KexProposal.of(session.getConfig(key), JSch.class.getClassLoader()));
        }
        session.setDaemonThread(true);
        if (socketFactory != null) {
            session.setSocketFactory(socketFactory);
        }
        int connectMillis = StreamLocalChannels.timeoutMillis(options.connectTimeout());
        try {
            session.setServerAliveInterval(StreamLocalChannels.timeoutMillis(keepAliveInterval));
            session.setServerAliveCountMax(keepAliveCount);
            session.connect(connectMillis);
        } catch (JSchUnknownHostKeyException e) {
            throw new HostKeyNotKnown(presentedKey(hostKeys, target), e);
        } catch (JSchChangedHostKeyException e) {
            throw SshFailureTranslator.hostKeyChanged(presentedKey(hostKeys, target), target.knownHostsFile(), e);
        } catch (JSchException | RuntimeException e) {
            session.disconnect();
            identities.removeAll();
            throw SshFailureTranslator.sessionFailure(e, target, options.connectTimeout(), identities.tried(),
                    identities.locked());
        }

        StreamLocalChannels channels = new StreamLocalChannels(session, target, options.connectTimeout());
        try {
            // fail now, with its own sentence, when the remote socket cannot be reached
            channels.open().close();
        } catch (RuntimeException e) {
            session.disconnect();
            identities.removeAll();
            throw e;
        }
        LOG.debug("SSH session to {} open, Docker socket {}", target.describe(), target.remoteSocket());
        return new SshDockerConnection(session, target, channels, identities, options.connectTimeout(),
                options.responseTimeout());
    }

    private static HostKey presentedKey(RecordingHostKeyRepository hostKeys, SshTarget target) {
        RecordingHostKeyRepository.Presented presented = hostKeys.presented();
        if (presented == null) {
            throw new ConnectionFailure(ConnectionFailure.Kind.OTHER,
                    "The SSH server at " + target.address() + " presented no usable host key.");
        }
        return HostKeyFormat.describe(presented.knownHostsName(), presented.blob());
    }

    /** Drops the passphrase remembered for {@code keyFile}. */
    public void forgetPassphrase(String keyFile) {
        passphrases.forget(keyFile);
    }

    /** Drops every remembered passphrase. */
    public void forgetPassphrases() {
        passphrases.clear();
    }

    /** Forgets the passphrases; connections already open stay open. */
    @Override
    public void close() {
        passphrases.clear();
    }

    /** The server's key is not in known_hosts: ask, then try again. */
    private static final class HostKeyNotKnown extends RuntimeException {
        private final transient HostKey key;

        HostKeyNotKnown(HostKey key, Throwable cause) {
            super("unknown host key " + key.sha256Fingerprint(), cause, false, false);
            this.key = key;
        }
    }
}
