package io.pilothouse.desktop;

import javafx.application.Application;

/** The entry point: JavaFX on the class path needs a main class that does not extend Application. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // each face has its own logging setup; both jars share one class path in the installed package
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "pilothouse-desktop-logback.xml");
        }
        EarlyLoading.start();
        Application.launch(PilothouseApp.class, args);
    }
}
