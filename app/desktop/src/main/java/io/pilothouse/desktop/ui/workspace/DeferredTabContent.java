package io.pilothouse.desktop.ui.workspace;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * Gives a tab its content when the tab is shown: a tab in the background keeps its content aside
 * until it is first selected, so the window's hidden tabs (a connected host's topology, tables
 * and details while the overview is in front) are neither styled, skinned nor laid out before the
 * person looks at them. A shown tab takes new content at once.
 */
public final class DeferredTabContent {

    private static final String WAITING = DeferredTabContent.class.getName() + ".waiting";
    private static final String WATCHING = DeferredTabContent.class.getName() + ".watching";

    private DeferredTabContent() {
    }

    /** Puts {@code content} in {@code tab} now if the tab is shown, else the next time it is selected. */
    public static void set(Tab tab, Node content) {
        if (tab.isSelected() || content == null) {
            tab.getProperties().remove(WAITING);
            if (tab.getContent() != content) {
                tab.setContent(content);
            }
            return;
        }
        if (tab.getContent() == content) {
            tab.getProperties().remove(WAITING);
            return;
        }
        // what the hidden tab held before is let go now; the new content waits for the tab to be shown
        tab.setContent(null);
        tab.getProperties().put(WAITING, content);
        if (tab.getProperties().putIfAbsent(WATCHING, Boolean.TRUE) == null) {
            ChangeListener<Boolean> onSelected = (o, was, selected) -> {
                if (selected && tab.getProperties().remove(WAITING) instanceof Node waiting) {
                    tab.setContent(waiting);
                }
            };
            tab.selectedProperty().addListener(onSelected);
        }
    }

    /** The tab's content, whether shown already or waiting for the tab to be selected. */
    public static Node of(Tab tab) {
        return tab.getProperties().get(WAITING) instanceof Node waiting ? waiting : tab.getContent();
    }
}
