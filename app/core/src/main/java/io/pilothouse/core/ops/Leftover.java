package io.pilothouse.core.ops;

/** Something a plan created on a host that still exists: kind is "container", "volume" or "network". */
public record Leftover(String kind, String name, String id, String state) {

    public String sentence() {
        return kind + " " + name + (state == null || state.isBlank() ? "" : " (" + state + ")");
    }
}
