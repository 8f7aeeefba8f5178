package io.pilothouse.desktop;

import javafx.application.Application;

/** The entry point: JavaFX on the class path needs a main class that does not extend Application. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // logging is set up by DesktopLogging (a logback service), unless -Dlogback.configurationFile names a file
        EarlyLoading.start();
        Application.launch(PilothouseApp.class, args);
    }
}
