package io.pilothouse.cli;

import io.pilothouse.core.ops.ProgressText;

import io.pilothouse.core.workflows.backup.BackupCatalog;
import io.pilothouse.core.workflows.backup.BackupFailure;
import io.pilothouse.core.workflows.backup.CatalogEntry;
import io.pilothouse.core.workflows.backup.PrunePreview;
import io.pilothouse.core.workflows.backup.VerifyResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** pilothouse backups list|verify|prune [--keep-last N] [--newer-than DAYS] [--dir DIR] */
@Command(name = "backups", mixinStandardHelpOptions = true,
        description = {"The backup folder: list (or search) backups, verify them end to end, prune by retention.",
                "prune shows what it would delete and deletes only with --yes."})
final class BackupsCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "ACTION", description = "list, verify or prune.")
    String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TEXT", description = "list/verify: only backups whose host, volume or name contains TEXT.")
    String text;

    @Option(names = "--keep-last", paramLabel = "N", description = "prune: keep the newest N backups of each volume.")
    Integer keepLast;

    @Option(names = "--newer-than", paramLabel = "DAYS", description = "prune: keep backups made in the last DAYS days.")
    Integer newerThan;

    @Option(names = "--dir", paramLabel = "DIR", description = "The backup folder (default: $XDG_DATA_HOME/pilothouse/backups).")
    Path dir;

    @Option(names = "--yes", description = "prune: delete without asking (needed without a terminal).")
    boolean yes;

    BackupsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        BackupCatalog catalog = new BackupCatalog(dir != null ? dir : BackupCatalog.defaultDir(context.dirs()));
        List<CatalogEntry> entries = text == null ? catalog.list() : catalog.search(text);
        switch (action.toLowerCase(Locale.ROOT)) {
            case "list" -> {
                if (entries.isEmpty()) {
                    context.out().println("No backups in " + catalog.dir());
                }
                for (CatalogEntry e : entries) {
                    context.out().printf(Locale.ROOT, "%-60s %-20s %-24s %10s %s %s%n", e.name(), e.manifest().host(),
                            e.manifest().volume(), ProgressText.bytes(e.manifest().archiveBytes()), e.manifest().consistency(),
                            e.manifest().finished());
                }
                catalog.problems().forEach(p -> context.err().println("pilothouse: " + p));
                return ExitStatus.OK.code();
            }
            case "verify" -> {
                boolean bad = !catalog.problems().isEmpty();
                catalog.problems().forEach(p -> context.err().println("pilothouse: " + p));
                for (CatalogEntry e : entries) {
                    VerifyResult r = catalog.verify(e);
                    (r.ok() ? context.out() : context.err()).println((r.ok() ? "" : "pilothouse: ") + r.sentence());
                    bad |= !r.ok();
                }
                return bad ? ExitStatus.FAILED.code() : ExitStatus.OK.code();
            }
            case "prune" -> {
                PrunePreview p;
                try {
                    p = catalog.preview(keepLast, newerThan, Instant.now());
                } catch (BackupFailure e) {
                    throw new CliFailure(ExitStatus.USAGE, e.getMessage());
                }
                p.keep().forEach(e -> context.out().println("keep    " + e.name()));
                p.remove().forEach(e -> context.out().println("delete  " + e.name()));
                if (p.remove().isEmpty()) {
                    context.out().println("Nothing to delete.");
                    return ExitStatus.OK.code();
                }
                if (!yes) {
                    if (!context.terminal().interactive()) {
                        throw new CliFailure(ExitStatus.USAGE, "Refusing to delete " + p.remove().size()
                                + " backups without a terminal to ask: add --yes. Nothing was deleted.");
                    }
                    String a = context.terminal().readLine("Delete " + p.remove().size() + " backups? [y/N] ");
                    if (a == null || !a.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
                        context.err().println("pilothouse: nothing was deleted.");
                        return ExitStatus.USAGE.code();
                    }
                }
                List<String> removed = catalog.prune(p);
                context.out().println("Deleted " + removed.size() + " backups.");
                return ExitStatus.OK.code();
            }
            default -> throw new CliFailure(ExitStatus.USAGE, "Unknown action \"" + action + "\": use list, verify or prune.");
        }
    }
}
