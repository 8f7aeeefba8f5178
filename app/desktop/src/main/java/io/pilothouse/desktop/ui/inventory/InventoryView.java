package io.pilothouse.desktop.ui.inventory;

import javafx.collections.ListChangeListener;
import io.pilothouse.desktop.ui.workspace.Target;
import io.pilothouse.desktop.ui.workspace.TargetKind;
import io.pilothouse.desktop.ui.workspace.TargetTool;
import io.pilothouse.desktop.ui.workspace.ToolMenuItems;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

import java.util.List;
import java.util.function.Consumer;

/** The inventory tabs: tables bound to the view model, the filter box, the action toolbar, menus and keys. */
public final class InventoryView {

    @FXML private TextField filterField;
    @FXML private Button startButton, stopButton, restartButton, pauseButton, unpauseButton, killButton, detailsButton;
    @FXML private MenuButton removeButton;
    @FXML private MenuItem removeItem, removeWithVolumesItem;
    @FXML private TabPane tabs;
    @FXML private Tab containersTab, servicesTab, volumesTab, networksTab, imagesTab;
    @FXML private TableView<RowEntry<ContainerRow>> containersTable;
    @FXML private TableView<RowEntry<ServiceRow>> servicesTable;
    @FXML private TableView<RowEntry<VolumeRow>> volumesTable;
    @FXML private TableView<RowEntry<NetworkRow>> networksTable;
    @FXML private TableView<RowEntry<ImageRow>> imagesTable;
    @FXML private Label problemLabel;

    private InventoryViewModel vm;

    public void bind(InventoryViewModel vm, Consumer<InventoryRow> openDetails) {
        this.vm = vm;
        filterField.textProperty().bindBidirectional(vm.filterTextProperty());
        table(containersTab, containersTable, vm.containers());
        table(servicesTab, servicesTable, vm.services());
        table(volumesTab, volumesTable, vm.volumes());
        table(networksTab, networksTable, vm.networks());
        table(imagesTab, imagesTable, vm.images());
        InventoryColumns.containers(containersTable, openDetails::accept, vm.updatesProperty(), vm.updateStatusProperty());
        InventoryColumns.services(servicesTable, openDetails::accept, vm.updatesProperty(), vm.updateStatusProperty());
        InventoryColumns.volumes(volumesTable);
        InventoryColumns.networks(networksTable);
        InventoryColumns.images(imagesTable);
        containersTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        containersTable.getSelectionModel().getSelectedItems().addListener((ListChangeListener<RowEntry<ContainerRow>>) c ->
                vm.selectedContainers().setAll(containersTable.getSelectionModel().getSelectedItems().stream()
                        .filter(java.util.Objects::nonNull).map(RowEntry::row).toList()));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showSelection());
        bindActions(openDetails);
        problemLabel.textProperty().bind(vm.problemProperty());
        problemLabel.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        vm.actions().reportProperty().addListener((o, was, report) -> {
            if (report != null) {
                notify(report);
            }
        });
    }

    private <R extends InventoryRow> void table(Tab tab, TableView<RowEntry<R>> table, RowTable<R> rows) {
        tab.textProperty().bind(rows.tabTitleProperty());
        table.setItems(rows.shown());
        rows.shown().comparatorProperty().bind(table.comparatorProperty());
        table.setPlaceholder(new Label("Nothing here" + (rows.title().isEmpty() ? "" : " yet")));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showSelection());
    }

    private void showSelection() {
        TableView<?> table = (TableView<?>) tabs.getSelectionModel().getSelectedItem().getContent();
        Object item = table.getSelectionModel().getSelectedItem();
        vm.selectedProperty().set(item instanceof RowEntry<?> e ? e.row() : null);
    }

    private void bindActions(Consumer<InventoryRow> openDetails) {
        var none = javafx.beans.binding.Bindings.isEmpty(vm.selectedContainers()).or(vm.actions().busyProperty());
        for (Button b : List.of(startButton, stopButton, restartButton, pauseButton, unpauseButton, killButton)) {
            b.disableProperty().bind(none);
        }
        removeButton.disableProperty().bind(none);
        detailsButton.disableProperty().bind(vm.selectedProperty().isNull());
        startButton.setOnAction(e -> vm.run(ContainerAction.START));
        stopButton.setOnAction(e -> vm.run(ContainerAction.STOP));
        restartButton.setOnAction(e -> vm.run(ContainerAction.RESTART));
        pauseButton.setOnAction(e -> vm.run(ContainerAction.PAUSE));
        unpauseButton.setOnAction(e -> vm.run(ContainerAction.UNPAUSE));
        killButton.setOnAction(e -> vm.run(ContainerAction.KILL));
        removeItem.setOnAction(e -> vm.run(ContainerAction.REMOVE));
        removeWithVolumesItem.setOnAction(e -> vm.run(ContainerAction.REMOVE_WITH_VOLUMES));
        detailsButton.setOnAction(e -> open(openDetails));
        containersTable.setContextMenu(ContainerMenus.containers(vm, () -> open(openDetails)));
        volumesTable.setContextMenu(ContainerMenus.volumes(vm));
        containersTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open(openDetails);
                e.consume();
            }
        });
        servicesTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open(openDetails);
            }
        });
    }

    /** Adds the host's tools (logs, shells, backup) to the containers', services' and volumes' context menus. */
    public void setTools(List<TargetTool> tools) {
        ToolMenuItems.append(containersTable.getContextMenu(), tools, () -> vm.selectedContainers().stream()
                .map(c -> new Target(c.id(), c.name(), TargetKind.CONTAINER)).toList());
        if (servicesTable.getContextMenu() == null) {
            servicesTable.setContextMenu(new ContextMenu());
        }
        ToolMenuItems.append(servicesTable.getContextMenu(), tools, () -> servicesTable.getSelectionModel()
                .getSelectedItems().stream().filter(java.util.Objects::nonNull).map(RowEntry::row)
                .map(s -> new Target(s.id(), s.name(), TargetKind.SERVICE)).toList());
        List<TargetTool> volumeTools = tools.stream().filter(t -> t.kinds().contains(TargetKind.VOLUME)).toList();
        ToolMenuItems.append(volumesTable.getContextMenu(), volumeTools, () -> vm.selectedProperty().get() instanceof VolumeRow v
                && v.engineVolume() ? List.of(new Target(v.key(), v.name(), TargetKind.VOLUME)) : List.of());
        tools.stream().filter(t -> t.id().equals("upgrade")).findFirst().ifPresent(this::offerUpgrade);
        List<TargetTool> stackTools = tools.stream().filter(t -> t.kinds().contains(TargetKind.STACK)).toList();
        for (TargetTool tool : stackTools) {
            MenuItem item = new MenuItem(tool.label() + " of the whole stack");
            item.setId("tool-" + tool.id() + "-stack");
            item.setOnAction(e -> stackOfSelection().ifPresent(stack -> tool.open().accept(List.of(stack))));
            containersTable.getContextMenu().getItems().add(item);
        }
    }

    /** First in the menu of a container or service with a newer image: the upgrade tool on it. */
    private void offerUpgrade(TargetTool upgrade) {
        ContainerMenus.offerUpgrade(containersTable.getContextMenu(), upgrade, () -> vm.selectedContainers().size() == 1
                && vm.hasUpdate(vm.selectedContainers().get(0))
                ? List.of(new Target(vm.selectedContainers().get(0).id(), vm.selectedContainers().get(0).name(), TargetKind.CONTAINER))
                : List.of());
        ContainerMenus.offerUpgrade(servicesTable.getContextMenu(), upgrade, () -> {
            ServiceRow s = servicesTable.getSelectionModel().getSelectedItem() == null ? null
                    : servicesTable.getSelectionModel().getSelectedItem().row();
            return s != null && vm.hasUpdate(s) ? List.of(new Target(s.id(), s.name(), TargetKind.SERVICE)) : List.<Target>of();
        });
    }

    private java.util.Optional<Target> stackOfSelection() {
        List<String> stacks = vm.selectedContainers().stream().map(ContainerRow::stack).distinct().toList();
        return stacks.size() == 1 && stacks.get(0) != null && !stacks.get(0).isBlank()
                ? java.util.Optional.of(new Target(stacks.get(0), stacks.get(0), TargetKind.STACK))
                : java.util.Optional.empty();
    }

    private void open(Consumer<InventoryRow> openDetails) {
        if (vm.selectedProperty().get() != null) {
            openDetails.accept(vm.selectedProperty().get());
        }
    }

    private void notify(ActionReport report) {
        Notifications n = Notifications.create().owner(tabs).title(report.title()).text(report.text())
                .position(Pos.BOTTOM_RIGHT).hideAfter(Duration.seconds(report.failed() ? 15 : 5));
        if (report.failed()) {
            n.showError();
        } else {
            n.showInformation();
        }
    }

    public TabPane tabs() {
        return tabs;
    }

    public TableView<RowEntry<ContainerRow>> containersTable() {
        return containersTable;
    }
}
