package io.pilothouse.desktop.ui.hosts;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.profiles.ContextImport;
import io.pilothouse.core.profiles.ProfileLoad;

import java.util.List;
import java.util.Optional;

/**
 * The saved hosts as the main window sees them: the catalog's list and changes, plus the local
 * engine found on a first start. Calls may block on the disk: the view model makes them off the UI thread.
 */
public interface HostProfiles {

    /** Loads the saved hosts; the load says whether the file existed and whether it had a problem. */
    ProfileLoad reload();

    List<HostProfile> list();

    /** @throws IllegalArgumentException with the sentence to show, when the name is taken */
    HostProfile add(HostProfile profile);

    HostProfile update(HostProfile profile);

    boolean remove(String name);

    /** Called after every change, on the thread that made it. */
    void addListener(Runnable onChange);

    /** Adds the Docker CLI's contexts as hosts (in the development environment) and says what was left out. */
    ContextImport importContexts();

    /** The local engine to add on a first start, when there is one. */
    Optional<HostProfile> localEngine();
}
