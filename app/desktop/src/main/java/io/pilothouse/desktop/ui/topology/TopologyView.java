package io.pilothouse.desktop.ui.topology;

import io.pilothouse.desktop.ui.workspace.Target;
import io.pilothouse.desktop.ui.workspace.TargetKind;
import io.pilothouse.desktop.ui.workspace.TargetTool;
import io.pilothouse.desktop.ui.workspace.ToolMenuItems;
import javafx.fxml.FXML;
import javafx.scene.control.ContextMenu;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;

/** The topology screen: toolbar, the canvas with the graph, the legend. */
public final class TopologyView {

    @FXML private BorderPane root;
    @FXML private Button fitButton;
    @FXML private Button zoomInButton;
    @FXML private Button zoomOutButton;
    @FXML private Label zoomLabel;
    @FXML private Label selectionLabel;
    @FXML private Label statusLabel;
    @FXML private StackPane canvasHost;
    @FXML private FlowPane legend;
    private final TopologyCanvas canvas = new TopologyCanvas();
    private TopologyViewModel vm;

    @FXML
    private void initialize() {
        canvas.setId("topologyCanvas");
        canvasHost.getChildren().add(canvas);
        Legend.fill(legend);
    }

    public void bind(TopologyViewModel viewModel) {
        this.vm = viewModel;
        canvas.setOnSelect(vm::select);
        canvas.setOnOpen(vm::openDetails);
        vm.pictureProperty().addListener((o, was, now) -> canvas.show(now));
        canvas.show(vm.pictureProperty().get());
        vm.selectedProperty().addListener((o, was, now) -> showSelection(now));
        statusLabel.textProperty().bind(vm.statusProperty());
        canvas.scaleProperty().addListener((o, was, now) -> showZoom());
        showZoom();
    }

    /** A context menu with the host's tools (logs, shells) for the selected container, service, stack or volume. */
    public void setTools(List<TargetTool> tools) {
        if (tools.isEmpty()) {
            return;
        }
        ContextMenu menu = new ContextMenu();
        ToolMenuItems.append(menu, tools, this::selectedTargets);
        canvas.setOnContextMenuRequested(e -> {
            if (!selectedTargets().isEmpty()) {
                menu.show(canvas, e.getScreenX(), e.getScreenY());
            }
        });
    }

    private List<Target> selectedTargets() {
        return targets(vm == null ? null : vm.selectedProperty().get());
    }

    /** What the host's tools act on for a node: a container, a service or a volume; nothing for the rest. */
    static List<Target> targets(GraphNode node) {
        if (node == null || node.targetId().isEmpty()) {
            return List.of();
        }
        return switch (node.kind()) {
            case CONTAINER -> List.of(new Target(node.targetId(), node.label(), TargetKind.CONTAINER));
            case SERVICE -> List.of(new Target(node.targetId(), node.label(), TargetKind.SERVICE));
            // a volume node's target is the volume's name; bind mounts and tmpfs ("bind:…", "tmpfs:…") are no volumes
            case VOLUME -> node.targetId().startsWith("bind:") || node.targetId().startsWith("tmpfs:") ? List.of()
                    : List.of(new Target(node.targetId(), node.targetId(), TargetKind.VOLUME));
            default -> List.of();
        };
    }

    public TopologyCanvas canvas() {
        return canvas;
    }

    private void showSelection(GraphNode node) {
        canvas.select(node == null ? null : node.id());
        selectionLabel.setText(node == null ? "" : node.label() + " — " + node.state().word());
    }

    private void showZoom() {
        zoomLabel.setText(Math.round(canvas.scale() * 100) + " %");
    }

    @FXML private void onFit() { canvas.fit(); }

    @FXML private void onZoomIn() { canvas.zoomAt(1.25, canvas.getWidth() / 2, canvas.getHeight() / 2); }

    @FXML private void onZoomOut() { canvas.zoomAt(0.8, canvas.getWidth() / 2, canvas.getHeight() / 2); }
}
