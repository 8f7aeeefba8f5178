package io.pilothouse.cli;

import io.pilothouse.core.profiles.FirstStart;
import io.pilothouse.core.profiles.HostCatalog;
import io.pilothouse.core.profiles.ProfileLoad;
import io.pilothouse.core.profiles.ProfileStore;

/**
 * A command that works on the saved hosts: opens the catalog, adds the local engine on the very
 * first start (as the desktop app does), and reports a problem with the hosts file.
 */
abstract class CatalogCommand {

    protected final CliContext context;

    protected CatalogCommand(CliContext context) {
        this.context = context;
    }

    protected HostCatalog openCatalog() {
        ProfileStore store = context.store();
        HostCatalog catalog = new HostCatalog(store, context.journal());
        new FirstStart(store, catalog, context.detector()).run(context.env()).ifPresent(local ->
                context.err().println("pilothouse: first start: added the local engine as host " + local.name()
                        + " (" + local.transport().url() + ")"));
        ProfileLoad load = catalog.reload();
        load.problem().ifPresent(p -> context.err().println("pilothouse: " + p));
        return catalog;
    }
}
