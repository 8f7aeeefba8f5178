package io.pilothouse.core.host.ssh;

import com.jcraft.jsch.Identity;
import com.jcraft.jsch.IdentityRepository;

import java.util.List;
import java.util.Vector;
import java.util.function.Supplier;

/**
 * Loads the keys only when the server asks for authentication, that is after its host key was
 * checked: a passphrase is never asked for a host that is not trusted yet.
 */
final class LazyIdentityRepository implements IdentityRepository {

    private final Supplier<KeyLoader.Keys> loader;
    private volatile KeyLoader.Keys keys;

    LazyIdentityRepository(Supplier<KeyLoader.Keys> loader) {
        this.loader = loader;
    }

    private synchronized IdentityRepository delegate() {
        if (keys == null) {
            keys = loader.get();
        }
        return keys.repository();
    }

    /** The keys offered to the server, for the sentence shown when it refuses them; empty before authentication. */
    List<String> tried() {
        KeyLoader.Keys k = keys;
        return k == null ? List.of() : k.tried();
    }

    List<String> locked() {
        KeyLoader.Keys k = keys;
        return k == null ? List.of() : k.locked();
    }

    @Override
    public String getName() {
        return "pilothouse";
    }

    @Override
    public int getStatus() {
        return RUNNING;
    }

    @Override
    public Vector<Identity> getIdentities() {
        return delegate().getIdentities();
    }

    @Override
    public boolean add(byte[] identity) {
        return delegate().add(identity);
    }

    @Override
    public boolean remove(byte[] blob) {
        return delegate().remove(blob);
    }

    /**
     * Wipes the decrypted keys loaded from files. Keys held by ssh-agent are left alone: removing
     * them there would empty the user's agent.
     */
    @Override
    public void removeAll() {
        KeyLoader.Keys k = keys;
        if (k != null && !k.fromAgent()) {
            k.repository().removeAll();
        }
    }
}
