package io.pilothouse.desktop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.slf4j.LoggerFactory;

/**
 * Loads, on a thread of its own while the JavaFX toolkit starts, the code that the window's thread
 * would otherwise load itself before it can build the main window: logging's set-up (logback reads
 * its XML configuration) and the JSON mapper of the saved hosts and the journal. Nothing here is
 * kept; a failure only means the window's thread loads that code itself.
 */
final class EarlyLoading {

    private EarlyLoading() {
    }

    static void start() {
        Thread thread = new Thread(EarlyLoading::run, "pilothouse-early-loading");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        try {
            LoggerFactory.getILoggerFactory();
            new ObjectMapper().registerModule(new JavaTimeModule()).readTree("{\"loaded\":true}");
        } catch (Exception | LinkageError e) {
            // the window's thread loads it when it needs it
        }
    }
}
