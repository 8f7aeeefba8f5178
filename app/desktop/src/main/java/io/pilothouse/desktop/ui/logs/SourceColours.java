package io.pilothouse.desktop.ui.logs;

/** A colour per source of a view, by its place in the view's list: stable while the view lives (readable on light and dark themes). */
final class SourceColours {

    private static final String[] PALETTE = {
        "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#7f7f00", "#3366cc"};

    private SourceColours() {
    }

    static String of(int index) {
        return PALETTE[Math.floorMod(index, PALETTE.length)];
    }
}
