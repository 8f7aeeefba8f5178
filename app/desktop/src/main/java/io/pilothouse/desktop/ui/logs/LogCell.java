package io.pilothouse.desktop.ui.logs;

import io.pilothouse.core.logs.AnsiText;
import io.pilothouse.core.logs.EngineTimestamp;
import io.pilothouse.core.logs.LineMatcher;
import io.pilothouse.core.logs.LogLine;
import io.pilothouse.core.logs.LogStream;
import io.pilothouse.core.logs.StyleSpan;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One log line on screen: timestamp, source tag in its colour, a red mark for stderr, and the text
 * with its ANSI colours and the search matches highlighted. Styles are worked out here, for the
 * few lines on screen, never for the lines in the buffer.
 */
final class LogCell extends ListCell<LogLine> {

    private final LogViewModel vm;
    private final TextFlow flow = new TextFlow();

    LogCell(LogViewModel vm) {
        this.vm = vm;
        getStyleClass().add("log-cell");
        setText(null);
    }

    @Override
    protected void updateItem(LogLine line, boolean empty) {
        super.updateItem(line, empty);
        if (empty || line == null) {
            setGraphic(null);
            getStyleClass().remove("log-stderr");
            return;
        }
        List<Node> nodes = new ArrayList<>();
        if (vm.timestampsProperty().get()) {
            nodes.add(styled(EngineTimestamp.format(line.epochNanos()) + " ", "log-time"));
        }
        if (vm.merged()) {
            Text tag = styled(line.source().name() + " ", "log-tag");
            tag.setFill(Color.web(vm.colourOf(line.source())));
            nodes.add(tag);
        }
        if (line.stream() == LogStream.STDERR) {
            nodes.add(styled("▌", "log-stderr-mark"));
        }
        if (line.stream() == LogStream.MARKER) {
            nodes.add(styled(line.text(), "log-marker"));
        } else {
            addText(nodes, AnsiText.parse(line.text()), vm.highlightProperty().get());
        }
        flow.getChildren().setAll(nodes);
        boolean wrap = vm.wrapProperty().get();
        flow.setPrefWidth(wrap && getListView() != null ? getListView().getWidth() - 30 : javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        flow.setMaxWidth(wrap && getListView() != null ? getListView().getWidth() - 30 : Double.MAX_VALUE);
        setGraphic(flow);
        if (line.stream() == LogStream.STDERR) {
            if (!getStyleClass().contains("log-stderr")) {
                getStyleClass().add("log-stderr");
            }
        } else {
            getStyleClass().remove("log-stderr");
        }
    }

    private static void addText(List<Node> nodes, AnsiText text, LineMatcher matcher) {
        String plain = text.plain();
        List<int[]> hits = matcher == null ? List.of() : matcher.ranges(plain);
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, plain.length()));
        for (StyleSpan s : text.spans()) {
            cuts.add(s.start());
            cuts.add(s.end());
        }
        for (int[] h : hits) {
            cuts.add(h[0]);
            cuts.add(h[1]);
        }
        Integer from = null;
        for (int to : cuts) {
            if (from != null && to > from) {
                nodes.add(segment(plain.substring(from, to), spanAt(text.spans(), from), inHit(hits, from)));
            }
            from = to;
        }
    }

    private static Node segment(String s, StyleSpan style, boolean hit) {
        Text t = new Text(s);
        t.getStyleClass().add("log-text");
        if (style != null) {
            if (style.foreground() >= 0) {
                t.setFill(rgb(style.foreground()));
            }
            if (style.bold() || style.italic()) {
                Font f = Font.font("Monospaced", style.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                        style.italic() ? FontPosture.ITALIC : FontPosture.REGULAR, 12);
                t.setFont(f);
            }
            t.setUnderline(style.underline());
        }
        if (!hit) {
            return t;
        }
        Label l = new Label(s);
        l.getStyleClass().add("log-match");
        l.setStyle("-fx-background-color: #ffd84d; -fx-text-fill: black; -fx-padding: 0;");
        return l;
    }

    private static StyleSpan spanAt(List<StyleSpan> spans, int at) {
        for (StyleSpan s : spans) {
            if (s.start() <= at && at < s.end()) {
                return s;
            }
        }
        return null;
    }

    private static boolean inHit(List<int[]> hits, int at) {
        for (int[] h : hits) {
            if (h[0] <= at && at < h[1]) {
                return true;
            }
        }
        return false;
    }

    private static Color rgb(int v) {
        return Color.rgb(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff);
    }

    private static Text styled(String s, String styleClass) {
        Text t = new Text(s);
        t.getStyleClass().add(styleClass);
        return t;
    }
}
