package io.pilothouse.core.workflows.scale;

/** One container of a replica set: the original is number 1, {@code NAME-2} number 2, … */
public record Replica(int number, String name, String id, boolean running) {

    public static final String LABEL = "io.pilothouse.replica-of";

    public static String nameOf(String app, int number) {
        return number == 1 ? app : app + "-" + number;
    }
}
