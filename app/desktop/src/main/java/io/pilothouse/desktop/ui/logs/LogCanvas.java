package io.pilothouse.desktop.ui.logs;

import io.pilothouse.core.logs.LogLine;
import io.pilothouse.core.logs.LogSource;
import io.pilothouse.core.logs.LogStream;
import javafx.application.Application;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.geometry.VPos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The lines of a log view, drawn on a canvas: only the rows on screen are looked at and drawn, so
 * the cost of a frame does not grow with the number of lines (a virtual ListView lays out in time
 * that grows with its item count). Rows have a fixed height; with wrapping on, a row takes as many
 * screen lines as its text needs. Selection is a range of lines kept by sequence (it survives lines
 * dropped at the front); scrolling, the keyboard and the mouse work as in a list.
 * Drawing happens in {@link #paintIfDirty()}, called once per frame by the view.
 */
public final class LogCanvas extends Region {

    static final double ROW_HEIGHT = 18;
    private static final double PAD = 4;
    private static final Font FONT = Font.font("DejaVu Sans Mono", 12);
    private static final Font BOLD = Font.font("DejaVu Sans Mono", FontWeight.BOLD, 12);
    private static final Font ITALIC = Font.font("DejaVu Sans Mono", FontWeight.NORMAL, FontPosture.ITALIC, 12);

    private final Canvas canvas = new Canvas();
    private final ScrollBar vbar = new ScrollBar();
    private final ScrollBar hbar = new ScrollBar();
    private final double charWidth;
    private final IntegerProperty selectedRow = new SimpleIntegerProperty(-1);
    private final Map<Integer, Color> colours = new HashMap<>();
    private final Map<String, Color> named = new HashMap<>();
    private final List<TextRun> drawn = new ArrayList<>();
    private final boolean dark;

    private LogRows rows;
    private Function<LogLine, List<TextRun>> runsOf = l -> List.of(TextRun.of(l.text(), RunKind.TEXT));
    private Function<LogSource, String> tagColour = s -> "#1f77b4";
    private Runnable scrolledAway = () -> { };
    private boolean wrap;
    private int top;
    private double left;
    private double widest;
    private long anchor = -1;
    private long lead = -1;
    private boolean dirty = true;
    private boolean adjusting;
    private int[] paintedRows = new int[0];
    private double[] paintedTops = new double[0];
    private int paintedCount;

    public LogCanvas() {
        getStyleClass().add("log-canvas");
        setFocusTraversable(true);
        Text probe = new Text("0123456789");
        probe.setFont(FONT);
        charWidth = probe.getLayoutBounds().getWidth() / 10;
        String ua = Application.getUserAgentStylesheet();
        dark = ua != null && ua.toLowerCase(java.util.Locale.ROOT).contains("dark");
        vbar.setOrientation(Orientation.VERTICAL);
        hbar.setOrientation(Orientation.HORIZONTAL);
        vbar.setMin(0);
        hbar.setMin(0);
        vbar.setUnitIncrement(1);
        hbar.setUnitIncrement(charWidth * 4);
        vbar.valueProperty().addListener((o, a, b) -> {
            if (!adjusting) {
                top = (int) Math.round(b.doubleValue());
                if (top < maxTop()) {
                    scrolledAway.run();
                }
                dirty = true;
            }
        });
        hbar.valueProperty().addListener((o, a, b) -> {
            if (!adjusting) {
                left = b.doubleValue();
                dirty = true;
            }
        });
        getChildren().addAll(canvas, vbar, hbar);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            int row = rowAt(e.getY());
            if (row >= 0) {
                selectRow(row, e.isShiftDown());
            }
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            int row = rowAt(Math.max(0, Math.min(e.getY(), canvas.getHeight() - 1)));
            if (row >= 0) {
                selectRow(row, true);
            }
        });
        addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                int by = (int) Math.round(-e.getDeltaY() / ROW_HEIGHT);
                scrollBy(by == 0 ? (e.getDeltaY() > 0 ? -1 : 1) : by);
            }
            if (e.getDeltaX() != 0 && !wrap) {
                hbar.setValue(Math.max(0, Math.min(hbar.getMax(), hbar.getValue() - e.getDeltaX())));
            }
            e.consume();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    /** The lines to show; the view keeps its place when the same rows are set again. */
    void setRows(LogRows rows) {
        this.rows = rows;
        widest = 0;
        rowsChanged();
    }

    LogRows rows() {
        return rows;
    }

    void setRunsOf(Function<LogLine, List<TextRun>> runsOf) {
        this.runsOf = runsOf;
        dirty = true;
    }

    void setTagColour(Function<LogSource, String> tagColour) {
        this.tagColour = tagColour;
    }

    /** Called when the user scrolls away from the last line (follow should stop). */
    void setOnScrolledAway(Runnable r) {
        this.scrolledAway = r;
    }

    void setWrap(boolean wrap) {
        this.wrap = wrap;
        hbar.setVisible(false);
        left = 0;
        requestLayout();
        dirty = true;
    }

    /** Draws again at the next frame (styles, timestamps or the search changed). */
    void refresh() {
        dirty = true;
    }

    /** The rows changed size (lines came or went): the scroll bar follows, the place is kept. */
    void rowsChanged() {
        int before = selectedRow.get();
        int row = lead < 0 || rows == null ? -1 : rows.indexOf(lead);
        if (row < 0 && lead >= 0 && rows != null && rows.size() > 0 && lead < rows.sequence(0)) {
            anchor = lead = -1;
        }
        if (before != row) {
            selectedRow.set(row);
        }
        top = Math.max(0, Math.min(top, maxTop()));
        updateBars();
        dirty = true;
    }

    /** Shows this row at the top (as near as the end allows). */
    void scrollTo(int row) {
        top = Math.max(0, Math.min(row, maxTop()));
        updateBars();
        dirty = true;
    }

    void scrollToEnd() {
        scrollTo(Integer.MAX_VALUE);
    }

    /** Selects this row alone. */
    void select(int row) {
        if (rows == null || row < 0 || row >= rows.size()) {
            return;
        }
        anchor = lead = rows.sequence(row);
        selectedRow.set(-1);
        selectedRow.set(row);
        dirty = true;
    }

    /** The row of the line selected last (the lead of the range), or -1. */
    ReadOnlyIntegerProperty selectedRowProperty() {
        return selectedRow;
    }

    /** The lines selected, in order. */
    List<LogLine> selectedLines() {
        int[] range = selectedRange();
        List<LogLine> out = new ArrayList<>();
        if (range != null) {
            for (int i = range[0]; i <= range[1]; i++) {
                out.add(rows.get(i));
            }
        }
        return out;
    }

    /** The line selected last, or null. */
    LogLine selectedLine() {
        int row = selectedRow.get();
        return rows == null || row < 0 || row >= rows.size() ? null : rows.get(row);
    }

    /** The first row on screen. */
    int topRow() {
        return top;
    }

    /** What the last frame drew, run by run. */
    List<TextRun> drawnRuns() {
        return List.copyOf(drawn);
    }

    /** Draws the rows on screen if anything changed since the last frame. */
    void paintIfDirty() {
        if (dirty) {
            paint();
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double vw = vbar.prefWidth(-1);
        double hh = hbar.isVisible() ? hbar.prefHeight(-1) : 0;
        vbar.resizeRelocate(w - vw, 0, vw, h - hh);
        hbar.resizeRelocate(0, h - hh, w - vw, hh);
        double cw = Math.max(0, w - vw);
        double ch = Math.max(0, h - hh);
        if (canvas.getWidth() != cw || canvas.getHeight() != ch) {
            canvas.setWidth(cw);
            canvas.setHeight(ch);
            top = Math.max(0, Math.min(top, maxTop()));
            updateBars();
            paint();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 600;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 400;
    }

    private int visibleRows() {
        return Math.max(1, (int) Math.floor(canvas.getHeight() / ROW_HEIGHT));
    }

    private int maxTop() {
        if (rows == null) {
            return 0;
        }
        int size = rows.size();
        if (!wrap) {
            return Math.max(0, size - visibleRows());
        }
        // with wrapping, the last rows may take more than one screen line each
        int lines = 0;
        int capacity = visibleRows();
        int cols = columns();
        int row = size - 1;
        while (row >= 0) {
            lines += screenLines(rows.get(row), cols);
            if (lines > capacity) {
                return Math.min(size - 1, row + 1);
            }
            row--;
        }
        return 0;
    }

    private int columns() {
        return Math.max(8, (int) ((canvas.getWidth() - 2 * PAD) / charWidth));
    }

    private int screenLines(LogLine line, int cols) {
        int chars = 0;
        for (TextRun r : runsOf.apply(line)) {
            chars += shown(r.text()).length();
        }
        return Math.max(1, (chars + cols - 1) / cols);
    }

    private void updateBars() {
        adjusting = true;
        try {
            int size = rows == null ? 0 : rows.size();
            int visible = visibleRows();
            int max = maxTop();
            vbar.setMax(max);
            vbar.setVisibleAmount(Math.max(1, max * (double) visible / Math.max(1, size)));
            vbar.setBlockIncrement(Math.max(1, visible - 1));
            vbar.setValue(top);
            double hmax = Math.max(0, widest + 2 * PAD - canvas.getWidth());
            if (hbar.isVisible() != (!wrap && hmax > 0)) {
                hbar.setVisible(!wrap && hmax > 0);
                requestLayout();
            }
            hbar.setMax(hmax);
            hbar.setVisibleAmount(hmax * canvas.getWidth() / Math.max(1, widest + 2 * PAD));
            left = Math.min(left, hmax);
            hbar.setValue(left);
        } finally {
            adjusting = false;
        }
    }

    private void scrollBy(int by) {
        int before = top;
        scrollTo(top + by);
        if (by < 0 && top != before || top < maxTop()) {
            scrolledAway.run();
        }
    }

    private void key(KeyEvent e) {
        if (rows == null || rows.size() == 0) {
            return;
        }
        int row = Math.max(0, selectedRow.get());
        int page = Math.max(1, visibleRows() - 1);
        int to;
        KeyCode k = e.getCode();
        if (k == KeyCode.UP) {
            to = row - 1;
        } else if (k == KeyCode.DOWN) {
            to = row + 1;
        } else if (k == KeyCode.PAGE_UP) {
            to = row - page;
        } else if (k == KeyCode.PAGE_DOWN) {
            to = row + page;
        } else if (k == KeyCode.HOME && e.isShortcutDown()) {
            to = 0;
        } else if (k == KeyCode.END && e.isShortcutDown()) {
            to = rows.size() - 1;
        } else if (k == KeyCode.A && e.isShortcutDown()) {
            anchor = rows.sequence(0);
            lead = rows.sequence(rows.size() - 1);
            selectedRow.set(rows.size() - 1);
            dirty = true;
            e.consume();
            return;
        } else {
            return;
        }
        to = Math.max(0, Math.min(rows.size() - 1, to));
        selectRow(to, e.isShiftDown());
        if (to < top) {
            scrollTo(to);
            scrolledAway.run();
        } else if (to >= top + visibleRows()) {
            scrollTo(to - visibleRows() + 1);
        }
        e.consume();
    }

    private void selectRow(int row, boolean extend) {
        long seq = rows.sequence(row);
        if (!extend || anchor < 0) {
            anchor = seq;
        }
        lead = seq;
        selectedRow.set(row);
        dirty = true;
    }

    private int[] selectedRange() {
        if (rows == null || anchor < 0 || lead < 0) {
            return null;
        }
        int a = rows.indexOf(anchor);
        int b = rows.indexOf(lead);
        if (a < 0 && b < 0) {
            return null;
        }
        a = a < 0 ? rows.size() - 1 : a;
        b = b < 0 ? rows.size() - 1 : b;
        return new int[] {Math.min(a, b), Math.max(a, b)};
    }

    private int rowAt(double y) {
        for (int i = paintedCount - 1; i >= 0; i--) {
            if (y >= paintedTops[i]) {
                return paintedRows[i];
            }
        }
        return -1;
    }

    private void paint() {
        dirty = false;
        drawn.clear();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(dark ? web("#1e1e1e") : Color.WHITE);
        g.fillRect(0, 0, w, h);
        paintedCount = 0;
        if (rows == null || w <= 0 || h <= 0) {
            return;
        }
        g.setTextBaseline(VPos.CENTER);
        int[] range = selectedRange();
        int cols = columns();
        int capacity = (int) Math.ceil(h / ROW_HEIGHT);
        if (paintedRows.length < capacity + 1) {
            paintedRows = new int[capacity + 1];
            paintedTops = new double[capacity + 1];
        }
        double y = 0;
        int size = rows.size();
        for (int row = top; row < size && y < h; row++) {
            LogLine line = rows.get(row);
            List<TextRun> runs = runsOf.apply(line);
            int chars = 0;
            for (TextRun r : runs) {
                chars += shown(r.text()).length();
            }
            int lines = wrap ? Math.max(1, (chars + cols - 1) / cols) : 1;
            double height = lines * ROW_HEIGHT;
            paintedRows[paintedCount] = row;
            paintedTops[paintedCount] = y;
            paintedCount++;
            boolean selected = range != null && row >= range[0] && row <= range[1];
            if (selected) {
                g.setFill(dark ? web("#264f78") : web("#cce4ff"));
                g.fillRect(0, y, w, height);
            } else if (line.stream() == LogStream.STDERR) {
                g.setFill(dark ? web("#3a1f1f") : web("#fff1f0"));
                g.fillRect(0, y, w, height);
            }
            widest = Math.max(widest, chars * charWidth);
            int col = 0;
            for (TextRun r : runs) {
                drawn.add(r);
                col = draw(g, r, line, col, cols, y);
            }
            y += height;
        }
        if (!wrap) {
            double hmax = Math.max(0, widest + 2 * PAD - w);
            if (hbar.getMax() != hmax) {
                updateBars();
            }
        }
    }

    /** Draws a run from screen column {@code col} (counted from the row's start); returns the column after it. */
    private int draw(GraphicsContext g, TextRun r, LogLine line, int col, int cols, double rowTop) {
        String text = shown(r.text());
        Color fg = colour(r, line);
        Font font = r.kind() == RunKind.TAG || r.kind() == RunKind.STDERR_MARK || r.bold() ? BOLD
                : r.kind() == RunKind.MARKER || r.italic() ? ITALIC : FONT;
        int at = 0;
        while (at < text.length()) {
            int lineOf = wrap ? col / cols : 0;
            int inLine = wrap ? col % cols : col;
            int take = wrap ? Math.min(text.length() - at, cols - inLine) : text.length() - at;
            String piece = text.substring(at, at + take);
            double x = PAD + inLine * charWidth - (wrap ? 0 : left);
            double y = rowTop + lineOf * ROW_HEIGHT;
            double width = take * charWidth;
            if (x + width >= 0 && x <= canvas.getWidth()) {
                if (r.match() || r.background() >= 0) {
                    g.setFill(r.match() ? web("#ffd84d") : rgb(r.background()));
                    g.fillRect(x, y + 1, width, ROW_HEIGHT - 2);
                }
                g.setFont(font);
                g.setFill(r.match() ? Color.BLACK : fg);
                g.fillText(piece, x, y + ROW_HEIGHT / 2);
                if (r.underline()) {
                    g.fillRect(x, y + ROW_HEIGHT - 3, width, 1);
                }
            }
            at += take;
            col += take;
        }
        return col;
    }

    private Color colour(TextRun r, LogLine line) {
        return switch (r.kind()) {
            case TIME -> web("#7a7a7a");
            case TAG -> web(tagColour.apply(line.source()));
            case STDERR_MARK -> web("#d62728");
            case MARKER -> dark ? web("#d7b740") : web("#8a6d00");
            case TEXT -> r.foreground() >= 0 ? rgb(r.foreground()) : dark ? web("#d4d4d4") : web("#1f2328");
        };
    }

    private Color rgb(int v) {
        return colours.computeIfAbsent(v, c -> Color.rgb(c >> 16 & 0xff, c >> 8 & 0xff, c & 0xff));
    }

    private Color web(String colour) {
        return named.computeIfAbsent(colour, Color::web);
    }

    private static String shown(String text) {
        return text.indexOf('\t') < 0 ? text : text.replace("\t", "    ");
    }
}
