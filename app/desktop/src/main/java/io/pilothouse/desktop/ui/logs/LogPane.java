package io.pilothouse.desktop.ui.logs;

import io.pilothouse.core.logs.LogBuffer;
import io.pilothouse.core.logs.LogSource;
import io.pilothouse.desktop.ui.infra.LoadedView;
import io.pilothouse.desktop.ui.infra.ViewLoader;
import javafx.scene.Parent;

import java.util.List;
import java.util.concurrent.Executor;

/** A log view ready to be placed in a tab: {@link #dispose()} when the tab closes ends its stream. */
public final class LogPane {

    private final Parent root;
    private final LogView view;
    private final LogViewModel vm;

    private LogPane(LoadedView<LogView> loaded, LogViewModel vm) {
        this.root = loaded.root();
        this.view = loaded.controller();
        this.vm = vm;
        view.bind(vm);
    }

    /** A pane over these sources; call {@link LogViewModel#start()} (through {@link #start()}) to read. */
    public static LogPane create(List<LogSource> sources, LogPort port, int capacity, Executor io, Executor ui) {
        LoadedView<LogView> loaded = ViewLoader.load(LogView.class, "LogView.fxml");
        return new LogPane(loaded, new LogViewModel(new LogBuffer(sources, capacity), port, io, ui));
    }

    public void start() {
        vm.start();
    }

    public Parent node() {
        return root;
    }

    public LogViewModel viewModel() {
        return vm;
    }

    public void dispose() {
        view.stop();
        vm.dispose();
    }
}
