package io.pilothouse.desktop.ui.hosts;

/** One labelled fact shown about a connected engine. */
public record InfoRow(String label, String value) {
}
