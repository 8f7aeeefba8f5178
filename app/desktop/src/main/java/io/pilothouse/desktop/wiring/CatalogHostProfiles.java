package io.pilothouse.desktop.wiring;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.profiles.ContextImport;
import io.pilothouse.core.profiles.DockerContextImporter;
import io.pilothouse.core.profiles.HostCatalog;
import io.pilothouse.core.profiles.LocalEngineDetector;
import io.pilothouse.core.profiles.ProfileLoad;
import io.pilothouse.desktop.ui.hosts.HostProfiles;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The saved hosts of the core's catalog, and the local engine its detector finds in the environment. */
public final class CatalogHostProfiles implements HostProfiles {

    private final HostCatalog catalog;
    private final LocalEngineDetector detector;
    private final Map<String, String> environment;
    private final Path dockerConfigDir;

    public CatalogHostProfiles(HostCatalog catalog, LocalEngineDetector detector, Map<String, String> environment,
                               Path dockerConfigDir) {
        this.catalog = catalog;
        this.dockerConfigDir = dockerConfigDir;
        this.detector = detector;
        this.environment = Map.copyOf(environment);
    }

    @Override public ProfileLoad reload() { return catalog.reload(); }
    @Override public List<HostProfile> list() { return catalog.list(); }
    @Override public HostProfile add(HostProfile profile) { return catalog.add(profile); }
    @Override public HostProfile update(HostProfile profile) { return catalog.update(profile); }
    @Override public boolean remove(String name) { return catalog.remove(name); }
    @Override public void addListener(Runnable onChange) { catalog.addListener(onChange); }
    @Override public Optional<HostProfile> localEngine() { return detector.detect(environment); }

    @Override
    public ContextImport importContexts() {
        return new DockerContextImporter(dockerConfigDir).importInto(catalog, Environment.DEVELOPMENT);
    }
}
