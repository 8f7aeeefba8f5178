package io.pilothouse.core.profiles;

import io.pilothouse.core.host.HostProfile;

import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;

/**
 * On the very first start (no profiles file yet), adds the local engine as the host "local" in the
 * development environment, when one is found.
 */
public final class FirstStart {

    private final ProfileStore store;
    private final HostCatalog catalog;
    private final LocalEngineDetector detector;

    public FirstStart(ProfileStore store, HostCatalog catalog, LocalEngineDetector detector) {
        this.store = store;
        this.catalog = catalog;
        this.detector = detector;
    }

    /** The profile added, or empty when a profiles file already exists or no engine was found. */
    public Optional<HostProfile> run(Map<String, String> env) {
        if (Files.exists(store.file())) {
            return Optional.empty();
        }
        Optional<HostProfile> local = detector.detect(env);
        return local.map(catalog::add);
    }
}
