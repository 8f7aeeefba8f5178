package io.pilothouse.desktop.ui.details;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/** The details pane: configuration table, inspect JSON, reveal toggle, and the live charts. */
public final class DetailsView {

    @FXML private Label titleLabel;
    @FXML private Label statusLabel;
    @FXML private ToggleButton revealToggle;
    @FXML private javafx.scene.layout.HBox toolBox;
    @FXML private SplitPane split;
    @FXML private TabPane tabs;
    @FXML private TableView<ConfigLine> configTable;
    @FXML private TextArea jsonArea;
    @FXML private VBox charts;
    @FXML private LineChart<Number, Number> cpuChart;
    @FXML private LineChart<Number, Number> memoryChart;
    @FXML private LineChart<Number, Number> networkChart;

    private final XYChart.Series<Number, Number> cpu = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> memory = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> rx = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> tx = new XYChart.Series<>();

    public void bind(DetailsViewModel vm) {
        titleLabel.textProperty().bind(vm.titleProperty());
        statusLabel.textProperty().bind(vm.statusProperty());
        revealToggle.selectedProperty().bindBidirectional(vm.revealSecretsProperty());
        revealToggle.textProperty().bind(Bindings.when(vm.revealSecretsProperty()).then("Hide secrets").otherwise("Reveal secrets"));
        jsonArea.textProperty().bind(vm.rawJsonProperty());
        configTable.setItems(vm.lines());
        configTable.getColumns().setAll(List.of(column("Section", 140, ConfigLine::section),
                column("Key", 240, ConfigLine::key), column("Value", 420, ConfigLine::value)));
        configTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        configTable.setPlaceholder(new Label("Nothing inspected yet"));
        rx.setName("rx");
        tx.setName("tx");
        cpuChart.getData().add(cpu);
        memoryChart.getData().add(memory);
        networkChart.getData().addAll(List.of(rx, tx));
        vm.hasStatsProperty().addListener((o, was, now) -> showCharts(now));
        showCharts(vm.hasStatsProperty().get());
        vm.samples().addListener((ListChangeListener<StatsSample>) c -> plot(vm.samples()));
    }

    private void showCharts(boolean on) {
        if (on && !split.getItems().contains(charts)) {
            split.getItems().add(charts);
            split.setDividerPositions(0.55);
        } else if (!on) {
            split.getItems().remove(charts);
        }
    }

    private void plot(List<StatsSample> samples) {
        if (samples.isEmpty()) {
            List.of(cpu, memory, rx, tx).forEach(s -> s.getData().clear());
            return;
        }
        long last = samples.get(samples.size() - 1).time().toEpochMilli();
        cpu.getData().setAll(points(samples, last, StatsSample::cpuPercent));
        memory.getData().setAll(points(samples, last, s -> s.memoryBytes() / 1048576.0));
        rx.getData().setAll(points(samples, last, s -> s.rxBytesPerSecond() / 1024.0));
        tx.getData().setAll(points(samples, last, s -> s.txBytesPerSecond() / 1024.0));
    }

    private static List<XYChart.Data<Number, Number>> points(List<StatsSample> samples, long last, ToDoubleFunction<StatsSample> y) {
        return samples.stream().map(s -> new XYChart.Data<Number, Number>(
                (s.time().toEpochMilli() - last) / 1000.0, y.applyAsDouble(s))).toList();
    }

    private static TableColumn<ConfigLine, String> column(String title, double width, java.util.function.Function<ConfigLine, String> value) {
        TableColumn<ConfigLine, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(f -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().removeAll("config-section", "config-masked");
                ConfigLine line = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (line == null) {
                    return;
                }
                if (title.equals("Section")) {
                    int i = getIndex();
                    boolean first = i == 0 || !Objects.equals(getTableView().getItems().get(i - 1).section(), line.section());
                    setText(first ? item : "");
                    getStyleClass().add("config-section");
                } else if (title.equals("Value") && line.masked()) {
                    getStyleClass().add("config-masked");
                }
            }
        });
        return c;
    }

    public TableView<ConfigLine> configTable() {
        return configTable;
    }

    public TabPane tabs() {
        return tabs;
    }

    /** One button per tool that takes what is shown (logs, shell). */
    public void setTools(java.util.List<io.pilothouse.desktop.ui.workspace.TargetTool> tools, DetailsViewModel vm) {
        toolBox.getChildren().clear();
        for (var tool : tools) {
            javafx.scene.control.Button button = new javafx.scene.control.Button(tool.label(),
                    tool.icon() == null ? null : new org.kordamp.ikonli.javafx.FontIcon(tool.icon()));
            button.setId("details-tool-" + tool.id());
            Runnable refresh = () -> {
                var target = vm.shownProperty().get();
                button.setDisable(target == null || !tool.accepts(java.util.List.of(target)));
            };
            vm.shownProperty().addListener((o, was, now) -> refresh.run());
            refresh.run();
            button.setOnAction(e -> {
                var target = vm.shownProperty().get();
                if (target != null && tool.accepts(java.util.List.of(target))) {
                    tool.open().accept(java.util.List.of(target));
                }
            });
            toolBox.getChildren().add(button);
        }
    }
}
