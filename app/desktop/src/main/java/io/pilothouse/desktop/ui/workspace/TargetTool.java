package io.pilothouse.desktop.ui.workspace;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Something the views offer on a selected container, service or stack besides the details: its
 * logs, a shell, a maintenance shell. The inventory and the topology put it in their context menus,
 * the details pane as a button.
 *
 * @param id       stable, for node ids ("logs" gives "#tool-logs")
 * @param label    menu text, e.g. "Logs"
 * @param icon     an Ikonli feather literal, e.g. "fth-file-text"
 * @param kinds    what it applies to
 * @param multiple true when it takes several targets at once (merged logs); else only one
 * @param open     called on the JavaFX thread with the selected targets (never empty); returns at once
 * @param available whether the tool applies to these particular targets (asked on the JavaFX thread:
 *                  answers from memory, e.g. "the journal holds an upgrade of this container")
 */
public record TargetTool(String id, String label, String icon, Set<TargetKind> kinds, boolean multiple,
                         Consumer<List<Target>> open, Predicate<List<Target>> available) {

    public TargetTool {
        kinds = Set.copyOf(kinds);
        available = available == null ? targets -> true : available;
    }

    /** A tool that applies to every target of its kinds. */
    public TargetTool(String id, String label, String icon, Set<TargetKind> kinds, boolean multiple,
                      Consumer<List<Target>> open) {
        this(id, label, icon, kinds, multiple, open, targets -> true);
    }

    /** Whether the tool takes these targets. */
    public boolean accepts(List<Target> targets) {
        return !targets.isEmpty() && (multiple || targets.size() == 1)
                && targets.stream().allMatch(t -> kinds.contains(t.kind())) && available.test(targets);
    }
}
