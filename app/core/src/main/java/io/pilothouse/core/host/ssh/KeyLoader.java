package io.pilothouse.core.host.ssh;

import com.jcraft.jsch.AgentIdentityRepository;
import com.jcraft.jsch.AgentProxyException;
import com.jcraft.jsch.Identity;
import com.jcraft.jsch.IdentityRepository;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.KeyPair;
import com.jcraft.jsch.SSHAgentConnector;
import com.jcraft.jsch.UnixDomainSocketFactory;
import io.pilothouse.core.host.ConnectionFailure;
import io.pilothouse.core.host.CredentialPrompt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Vector;

/**
 * Finds the keys to log in with, in this order: the key files of the profile or ~/.ssh/config;
 * else the keys held by ssh-agent when SSH_AUTH_SOCK is set; else the default ~/.ssh/id_ed25519,
 * id_ecdsa and id_rsa that exist. A passphrase is asked through the {@link CredentialPrompt} (at
 * most three times) and remembered in memory only.
 */
final class KeyLoader {

    static final int PASSPHRASE_TRIES = 3;
    static final List<String> DEFAULT_KEYS = List.of("id_ed25519", "id_ecdsa", "id_rsa");

    private static final Logger LOG = LoggerFactory.getLogger(KeyLoader.class);

    private final PassphraseCache passphrases;
    private final CredentialPrompt prompt;
    private final Map<String, String> env;
    private final Path userSshDir;

    KeyLoader(PassphraseCache passphrases, CredentialPrompt prompt, Map<String, String> env, Path userSshDir) {
        this.passphrases = passphrases;
        this.prompt = prompt;
        this.env = env;
        this.userSshDir = userSshDir;
    }

    /**
     * The keys found, ready for JSch; {@code tried} names them for the sentence shown when the
     * server refuses them all, {@code locked} the default keys skipped for want of a passphrase.
     */
    record Keys(IdentityRepository repository, List<String> tried, List<String> locked, boolean fromAgent) {
    }

    Keys load(SshTarget target) {
        JSch holder = new JSch();
        holder.setInstanceLogger(new Slf4jJschLogger());
        List<String> tried = new ArrayList<>();
        List<String> locked = new ArrayList<>();
        if (!target.identityFiles().isEmpty()) {
            for (Path file : target.identityFiles()) {
                if (addKeyFile(holder, file, true)) {
                    tried.add(file.toString());
                }
            }
            return new Keys(holder.getIdentityRepository(), tried, locked, false);
        }
        Optional<Keys> agent = agentKeys();
        if (agent.isPresent()) {
            return agent.get();
        }
        for (String name : DEFAULT_KEYS) {
            Path file = userSshDir.resolve(name);
            if (!Files.exists(file)) {
                continue;
            }
            if (addKeyFile(holder, file, false)) {
                tried.add(file.toString());
            } else {
                locked.add(file.toString());
            }
        }
        if (tried.isEmpty() && locked.isEmpty()) {
            throw new ConnectionFailure(ConnectionFailure.Kind.SSH_AUTH_FAILED,
                    "There is no SSH key to log in to " + target.describe() + " with: the profile names no key file, "
                            + "no ssh-agent is running (SSH_AUTH_SOCK is not set or holds no key), and none of "
                            + String.join(", ", DEFAULT_KEYS.stream().map(k -> userSshDir.resolve(k).toString()).toList())
                            + " exists. Choose a key file in the host's settings.");
        }
        if (tried.isEmpty()) {
            throw new ConnectionFailure(ConnectionFailure.Kind.SSH_PASSPHRASE_REQUIRED,
                    "The SSH key " + String.join(", ", locked) + " needs its passphrase to log in to "
                            + target.describe() + ", and none was given.");
        }
        return new Keys(holder.getIdentityRepository(), tried, locked, false);
    }

    private Optional<Keys> agentKeys() {
        String socket = env.get("SSH_AUTH_SOCK");
        if (socket == null || socket.isBlank()) {
            return Optional.empty();
        }
        try {
            SSHAgentConnector connector = new SSHAgentConnector(new UnixDomainSocketFactory(), Path.of(socket));
            if (!connector.isAvailable()) {
                LOG.debug("ssh-agent at {} is not available", socket);
                return Optional.empty();
            }
            AgentIdentityRepository repository = new AgentIdentityRepository(connector);
            Vector<Identity> identities = repository.getIdentities();
            if (identities.isEmpty()) {
                LOG.debug("ssh-agent at {} holds no key", socket);
                return Optional.empty();
            }
            List<String> names = new ArrayList<>();
            for (Identity identity : identities) {
                String comment = identity.getName();
                names.add("ssh-agent key " + identity.getAlgName() + (comment == null || comment.isBlank() ? "" : " " + comment));
            }
            return Optional.of(new Keys(repository, names, List.of(), true));
        } catch (AgentProxyException | RuntimeException e) {
            LOG.debug("ssh-agent at {} cannot be used: {}", socket, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Adds one key file. Returns false when it is encrypted and no passphrase was given and the
     * key was not named explicitly (a default key is then skipped).
     */
    private boolean addKeyFile(JSch holder, Path file, boolean explicit) {
        String name = file.toString();
        byte[] privateKey;
        byte[] publicKey = null;
        try {
            privateKey = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConnectionFailure(ConnectionFailure.Kind.SSH_KEY_INVALID,
                    "The SSH key file " + name + " cannot be read (" + describeIo(e) + ").", e);
        }
        Path pub = Path.of(name + ".pub");
        if (Files.isReadable(pub)) {
            try {
                publicKey = Files.readAllBytes(pub);
            } catch (IOException e) {
                publicKey = null;
            }
        }
        try {
            boolean encrypted;
            try {
                KeyPair pair = KeyPair.load(holder, privateKey.clone(), publicKey == null ? null : publicKey.clone());
                encrypted = pair.isEncrypted();
                pair.dispose();
            } catch (JSchException e) {
                throw new ConnectionFailure(ConnectionFailure.Kind.SSH_KEY_INVALID,
                        "The file " + name + " is not an SSH private key that can be used (OpenSSH or PEM "
                                + "format expected): " + e.getMessage(), e);
            }
            if (!encrypted) {
                add(holder, name, privateKey, publicKey, null);
                return true;
            }
            Optional<char[]> cached = passphrases.get(name);
            if (cached.isPresent()) {
                char[] passphrase = cached.get();
                try {
                    if (add(holder, name, privateKey, publicKey, passphrase)) {
                        return true;
                    }
                    passphrases.forget(name);
                } finally {
                    Arrays.fill(passphrase, '\0');
                }
            }
            boolean retry = cached.isPresent();
            for (int attempt = 0; attempt < PASSPHRASE_TRIES; attempt++) {
                Optional<char[]> answer = prompt.passphrase(name, retry);
                if (answer.isEmpty()) {
                    if (!explicit) {
                        LOG.debug("no passphrase given for {}: key skipped", name);
                        return false;
                    }
                    throw new ConnectionFailure(ConnectionFailure.Kind.SSH_PASSPHRASE_REQUIRED,
                            "The SSH key " + name + " is protected by a passphrase and none was given.");
                }
                char[] passphrase = answer.get();
                try {
                    if (add(holder, name, privateKey, publicKey, passphrase)) {
                        passphrases.put(name, passphrase);
                        return true;
                    }
                } finally {
                    Arrays.fill(passphrase, '\0');
                }
                retry = true;
            }
            throw new ConnectionFailure(ConnectionFailure.Kind.SSH_WRONG_PASSPHRASE,
                    "The passphrase for the SSH key " + name + " was wrong " + PASSPHRASE_TRIES + " times.");
        } finally {
            Arrays.fill(privateKey, (byte) 0);
        }
    }

    /** Adds the key to JSch; false when the passphrase is wrong. */
    private static boolean add(JSch holder, String name, byte[] privateKey, byte[] publicKey, char[] passphrase) {
        byte[] secret = passphrase == null ? null : utf8(passphrase);
        try {
            holder.addIdentity(name, privateKey.clone(), publicKey == null ? null : publicKey.clone(), secret);
            return true;
        } catch (JSchException e) {
            if (passphrase != null) {
                LOG.debug("passphrase for {} not accepted", name);
                return false;
            }
            throw new ConnectionFailure(ConnectionFailure.Kind.SSH_KEY_INVALID,
                    "The SSH key " + name + " cannot be used: " + e.getMessage(), e);
        } finally {
            if (secret != null) {
                Arrays.fill(secret, (byte) 0);
            }
        }
    }

    private static byte[] utf8(char[] chars) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }

    private static String describeIo(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
