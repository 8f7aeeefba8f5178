package io.pilothouse.cli;

import io.pilothouse.core.profiles.HostCatalog;
import io.pilothouse.core.profiles.ProfileLoad;

/** A command that works on the saved hosts: opens the catalog and reports a problem with its file. */
abstract class CatalogCommand {

    protected final CliContext context;

    protected CatalogCommand(CliContext context) {
        this.context = context;
    }

    protected HostCatalog openCatalog() {
        HostCatalog catalog = context.catalog();
        ProfileLoad load = catalog.reload();
        load.problem().ifPresent(p -> context.err().println("pilothouse: " + p));
        return catalog;
    }
}
