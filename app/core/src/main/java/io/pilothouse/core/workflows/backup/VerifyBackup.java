package io.pilothouse.core.workflows.backup;

import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;

/** Re-reads a backup end to end before anything on the host is touched. */
public final class VerifyBackup implements Step {

    private final BackupCatalog catalog;
    private final CatalogEntry entry;

    public VerifyBackup(BackupCatalog catalog, CatalogEntry entry) {
        this.catalog = catalog;
        this.entry = entry;
    }

    @Override
    public String description() {
        return "Check " + entry.name() + " against its manifest (SHA-256, " + entry.manifest().entries() + " entries)";
    }

    @Override
    public boolean mutating() {
        return false;
    }

    @Override
    public void run(StepContext ctx) {
        VerifyResult r = catalog.verify(entry);
        if (!r.ok()) {
            throw new BackupFailure(r.sentence());
        }
        ctx.note(r.sentence());
    }
}
