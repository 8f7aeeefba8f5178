package io.pilothouse.desktop.ui.inventory;

/** The notification an action ends with: a title, its lines, and whether something failed. */
public record ActionReport(String title, String text, boolean failed) {
}
