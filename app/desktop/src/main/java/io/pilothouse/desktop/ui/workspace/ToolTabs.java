package io.pilothouse.desktop.ui.workspace;

/** Where log views and terminals open: tabs of the main window. Called on the JavaFX thread. */
public interface ToolTabs {

    void open(ToolTab tab);

    /** Closes every tool tab, disposing each (at exit). */
    void closeAll();
}
