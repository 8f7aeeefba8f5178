package io.pilothouse.desktop.ui.topology;

/** A point in graph coordinates. */
public record Point(double x, double y) {
}
