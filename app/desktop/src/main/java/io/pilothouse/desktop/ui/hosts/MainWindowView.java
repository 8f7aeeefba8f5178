package io.pilothouse.desktop.ui.hosts;

import io.pilothouse.desktop.ui.infra.Dialogs;
import io.pilothouse.desktop.ui.infra.HoverTooltip;
import io.pilothouse.desktop.ui.infra.Theme;
import io.pilothouse.desktop.ui.workspace.HostWorkspaces;
import io.pilothouse.desktop.ui.workspace.WorkspaceTabs;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.SeparatorMenuItem;
import io.pilothouse.desktop.ui.workspace.HostToolItem;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window: host list, commands, the selected host's engine, the production banner, the status bar. */
public final class MainWindowView {

    @FXML private BorderPane root;
    @FXML private HBox banner;
    @FXML private Label bannerLabel;
    @FXML private MenuItem addItem, editItem, duplicateItem, removeItem, connectItem, disconnectItem, hostShellItem,
            checkUpdatesItem;
    @FXML private CheckMenuItem darkItem;
    @FXML private MenuItem backupsItem, planRunsItem;
    private java.util.function.Consumer<Boolean> history;
    @FXML private Button addButton, editButton, duplicateButton, removeButton, connectButton, disconnectButton;
    @FXML private ToggleButton themeToggle;
    @FXML private TreeView<Object> hostTree;
    @FXML private VBox noticeArea;
    @FXML private VBox placeholder;
    @FXML private Label placeholderTitle;
    @FXML private Label placeholderDetail;
    @FXML private GridPane factsGrid;
    @FXML private StatusBar statusBar;
    @FXML private TabPane workspaceTabs;
    @FXML private Tab topologyTab, inventoryTab, detailsTab;
    private WorkspaceTabs workspace;
    private final Label environmentChip = new Label();
    private MainWindowViewModel vm;
    private Dialogs dialogs;

    public void bind(MainWindowViewModel viewModel, Dialogs dialogBox, HostWorkspaces workspaces) {
        this.vm = viewModel;
        this.dialogs = dialogBox;
        workspace = new WorkspaceTabs(workspaceTabs, topologyTab, inventoryTab, detailsTab, workspaces,
                vm.selectedProperty());
        new HostTree(hostTree, vm);
        // the menu is a popup window of its own: made when it is first asked for, not with the window
        hostTree.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (hostTree.getContextMenu() == null) {
                hostTree.setContextMenu(hostMenu());
            }
        });
        for (Control control : new Control[] {addButton, editButton, duplicateButton, removeButton, themeToggle}) {
            HoverTooltip.ofHelp(control);
        }
        hostShellItem.setDisable(true);
        checkUpdatesItem.setDisable(true);
        banner.visibleProperty().bind(vm.bannerVisibleProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        bannerLabel.textProperty().bind(vm.bannerTextProperty());
        vm.environmentColourProperty().addListener((o, was, now) -> showEnvironmentColour(now));
        showEnvironmentColour(vm.environmentColourProperty().get());
        placeholderTitle.textProperty().bind(vm.placeholderTitleProperty());
        placeholderDetail.textProperty().bind(vm.placeholderDetailProperty());
        vm.facts().addListener((ListChangeListener<InfoRow>) c -> showFacts());
        statusBar.textProperty().bind(vm.statusTextProperty());
        environmentChip.textProperty().bind(vm.environmentProperty());
        environmentChip.getStyleClass().add("environment-chip");
        environmentChip.visibleProperty().bind(vm.hasSelectionProperty());
        statusBar.getRightItems().add(environmentChip);
        for (Node node : new Node[] {editButton, duplicateButton, removeButton}) {
            node.disableProperty().bind(vm.hasSelectionProperty().not());
        }
        for (MenuItem item : new MenuItem[] {editItem, duplicateItem, removeItem}) {
            item.disableProperty().bind(vm.hasSelectionProperty().not());
        }
        connectButton.disableProperty().bind(vm.canConnectProperty().not());
        connectItem.disableProperty().bind(vm.canConnectProperty().not());
        disconnectButton.disableProperty().bind(vm.canDisconnectProperty().not());
        disconnectItem.disableProperty().bind(vm.canDisconnectProperty().not());
        darkItem.selectedProperty().bindBidirectional(vm.darkThemeProperty());
        themeToggle.selectedProperty().bindBidirectional(vm.darkThemeProperty());
        vm.darkThemeProperty().addListener((o, was, dark) -> {
            Theme.apply(dark);
            themeToggle.setGraphic(new FontIcon(dark ? "fth-sun" : "fth-moon"));
        });
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                // a filter, not an accelerator: the tree view takes F2 for itself
                scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (e.getCode() == KeyCode.F2 && !e.isShortcutDown() && !e.isAltDown()) {
                        e.consume();
                        onEdit();
                    }
                });
            }
        });
        vm.setNoticeSink(new NoticeArea(noticeArea, dialogs)::show);
        Platform.runLater(hostTree::requestFocus);
    }

    /** Where log views and terminals open. */
    public io.pilothouse.desktop.ui.workspace.ToolTabs toolTabs() {
        return workspace;
    }

    /** Brings the details tab forward (a double click in the topology or the inventory opened something). */
    /**
     * Enables the History menu: {@code open} shows the backups and plan runs window, with the plan
     * runs in front when given true.
     */
    public void setHistory(java.util.function.Consumer<Boolean> open) {
        history = open;
        backupsItem.setDisable(open == null);
        planRunsItem.setDisable(open == null);
    }

    @FXML private void onBackups() {
        if (history != null) {
            history.accept(false);
        }
    }

    @FXML private void onPlanRuns() {
        if (history != null) {
            history.accept(true);
        }
    }

    public void showDetails() {
        workspace.showDetails();
    }

    private void showEnvironmentColour(String colour) {
        banner.setStyle("-fx-background-color: " + colour + ";");
        environmentChip.setStyle("-fx-background-color: " + colour + ";");
    }

    private void showFacts() {
        factsGrid.getChildren().clear();
        int row = 0;
        for (InfoRow fact : vm.facts()) {
            Label label = new Label(fact.label());
            label.getStyleClass().add("fact-label");
            Label value = new Label(fact.value());
            value.getStyleClass().add("fact-value");
            factsGrid.addRow(row++, label, value);
        }
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void edit(HostEditorViewModel editor) {
        new HostEditorDialog(window(), editor).ask().ifPresent(profile -> vm.save(editor, profile));
    }

    @FXML private void onAdd() { edit(vm.newHostEditor()); }

    @FXML private void onEdit() {
        if (vm.selected() != null) {
            edit(vm.editorFor(vm.selected()));
        }
    }

    @FXML private void onDuplicate() {
        if (vm.selected() != null) {
            edit(vm.duplicateEditorFor(vm.selected()));
        }
    }

    @FXML private void onRemove() {
        HostItem item = vm.selected();
        if (item != null && dialogs.confirm(item.profile(), "remove",
                "Remove the host " + item.name() + " from Pilothouse? The engine itself is not touched.")) {
            vm.remove(item);
        }
    }

    @FXML private void onConnect() {
        if (vm.selected() != null) {
            vm.connect(vm.selected());
        }
    }

    @FXML private void onDisconnect() {
        if (vm.selected() != null) {
            vm.disconnect(vm.selected());
        }
    }

    /** The host list's menu: connect, disconnect, and the tools on the host itself (a shell on an SSH host). */
    private ContextMenu hostMenu() {
        // a context menu without items is never shown: it starts with its fixed items, filled in as it shows
        ContextMenu menu = new ContextMenu(new MenuItem("Connect"), new MenuItem("Disconnect"));
        menu.setOnShowing(e -> {
            MenuItem connect = new MenuItem("Connect");
            connect.setDisable(!vm.canConnectProperty().get());
            connect.setOnAction(a -> onConnect());
            MenuItem disconnect = new MenuItem("Disconnect");
            disconnect.setDisable(!vm.canDisconnectProperty().get());
            disconnect.setOnAction(a -> onDisconnect());
            menu.getItems().setAll(connect, disconnect);
            List<HostToolItem> tools = workspace.hostTools();
            if (!tools.isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            for (HostToolItem tool : tools) {
                MenuItem item = new MenuItem(tool.tool().label(), new FontIcon(tool.tool().icon()));
                item.setId("host-tool-" + tool.tool().id());
                item.setOnAction(a -> tool.open());
                menu.getItems().add(item);
            }
        });
        return menu;
    }

    private Optional<HostToolItem> hostShell() {
        return hostTool("host-shell");
    }

    private Optional<HostToolItem> hostTool(String id) {
        return workspace.hostTools().stream().filter(t -> t.tool().id().equals(id)).findFirst();
    }

    @FXML private void onHostMenuShowing() {
        hostShellItem.setDisable(hostShell().isEmpty());
        checkUpdatesItem.setDisable(hostTool("check-updates").isEmpty());
    }

    @FXML private void onCheckUpdates() {
        hostTool("check-updates").ifPresent(HostToolItem::open);
    }

    @FXML private void onHostShell() {
        hostShell().ifPresent(HostToolItem::open);
    }

    @FXML private void onImportContexts() { vm.importContexts(); }

    @FXML private void onQuit() {
        Platform.exit();
    }
}
