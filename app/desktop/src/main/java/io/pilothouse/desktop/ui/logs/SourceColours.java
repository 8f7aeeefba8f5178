package io.pilothouse.desktop.ui.logs;

/** A colour per source of a view, by its place in the view's list: stable while the view lives (readable on light and dark themes). */
final class SourceColours {

    private static final String[] PALETTE = {
        "#1f77b4", "#9467bd", "#2ca02c", "#e07b00", "#17becf", "#8c564b", "#e377c2", "#7f7f00", "#3366cc", "#5a9e3a"};

    private SourceColours() {
    }

    static String of(int index) {
        return PALETTE[Math.floorMod(index, PALETTE.length)];
    }
}
