package io.pilothouse.core.host.ssh;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.UserInfo;

/**
 * The known_hosts check of JSch, remembering which key the server presented so that an unknown
 * or changed key can be shown with its fingerprint. Never adds keys by itself.
 */
final class RecordingHostKeyRepository implements HostKeyRepository {

    /** The host name as checked ({@code [host]:port}) and the server's key blob. */
    record Presented(String knownHostsName, byte[] blob) {
    }

    private final HostKeyRepository delegate;
    private volatile Presented presented;

    RecordingHostKeyRepository(HostKeyRepository delegate) {
        this.delegate = delegate;
    }

    Presented presented() {
        return presented;
    }

    @Override
    public int check(String host, byte[] key) {
        presented = new Presented(host, key.clone());
        return delegate.check(host, key);
    }

    @Override
    public void add(HostKey hostkey, UserInfo ui) {
        // keys are remembered only after the user accepted them, by KnownHostsFile
    }

    @Override
    public void remove(String host, String type) {
        // never removes: a changed key is fixed by the user
    }

    @Override
    public void remove(String host, String type, byte[] key) {
        // never removes: a changed key is fixed by the user
    }

    @Override
    public String getKnownHostsRepositoryID() {
        return delegate.getKnownHostsRepositoryID();
    }

    @Override
    public HostKey[] getHostKey() {
        return delegate.getHostKey();
    }

    @Override
    public HostKey[] getHostKey(String host, String type) {
        return delegate.getHostKey(host, type);
    }
}
