package io.pilothouse.desktop.ui.hosts;

import io.pilothouse.core.host.Environment;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

import java.io.File;
import java.util.Locale;
import java.util.Map;

/** The host editor's form: inputs bound to the view model, file choosers, inline validation, the test. */
public final class HostEditorView {

    @FXML private TextField nameField;
    @FXML private ComboBox<TransportKind> kindBox;
    @FXML private GridPane socketSection;
    @FXML private TextField socketPathField;
    @FXML private GridPane tlsSection;
    @FXML private TextField tlsHostField;
    @FXML private TextField tlsPortField;
    @FXML private ToggleGroup certMode;
    @FXML private RadioButton certDirRadio;
    @FXML private RadioButton certFilesRadio;
    @FXML private Label certDirLabel, caLabel, certLabel, keyLabel;
    @FXML private TextField certDirField, caFileField, certFileField, keyFileField;
    @FXML private Button certDirBrowse, caBrowse, certBrowse, keyBrowse;
    @FXML private GridPane sshSection;
    @FXML private TextField sshUserField, sshHostField, sshPortField, identityField, knownHostsField, remoteSocketField;
    @FXML private ComboBox<String> environmentBox;
    @FXML private ColorPicker colourPicker;
    @FXML private Label problemLabel;
    @FXML private Button testButton;
    @FXML private ProgressIndicator testProgress;
    @FXML private Label testResultLabel;
    private HostEditorViewModel vm;

    public void bind(HostEditorViewModel viewModel) {
        this.vm = viewModel;
        kindBox.getItems().setAll(TransportKind.values());
        kindBox.valueProperty().bindBidirectional(vm.kindProperty());
        show(socketSection, TransportKind.LOCAL_SOCKET);
        show(tlsSection, TransportKind.TLS);
        show(sshSection, TransportKind.SSH);
        Map<TextField, StringProperty> texts = Map.ofEntries(Map.entry(nameField, vm.nameProperty()),
                Map.entry(socketPathField, vm.socketPathProperty()), Map.entry(tlsHostField, vm.tlsHostProperty()),
                Map.entry(tlsPortField, vm.tlsPortProperty()), Map.entry(certDirField, vm.certDirProperty()),
                Map.entry(caFileField, vm.caFileProperty()), Map.entry(certFileField, vm.certFileProperty()),
                Map.entry(keyFileField, vm.keyFileProperty()), Map.entry(sshUserField, vm.sshUserProperty()),
                Map.entry(sshHostField, vm.sshHostProperty()), Map.entry(sshPortField, vm.sshPortProperty()),
                Map.entry(identityField, vm.identityFileProperty()), Map.entry(knownHostsField, vm.knownHostsFileProperty()),
                Map.entry(remoteSocketField, vm.remoteSocketProperty()));
        texts.forEach((field, property) -> field.textProperty().bindBidirectional(property));
        certMode.selectToggle(vm.useCertDirProperty().get() ? certDirRadio : certFilesRadio);
        certMode.selectedToggleProperty().addListener((o, was, now) -> vm.useCertDirProperty().set(now == certDirRadio));
        for (Node n : new Node[] {certDirLabel, certDirField, certDirBrowse}) {
            visibleWhen(n, true);
        }
        for (Node n : new Node[] {caLabel, caFileField, caBrowse, certLabel, certFileField, certBrowse, keyLabel, keyFileField, keyBrowse}) {
            visibleWhen(n, false);
        }
        environmentBox.getItems().setAll(Environment.PRODUCTION.name(), Environment.STAGING.name(), Environment.DEVELOPMENT.name());
        environmentBox.getEditor().textProperty().bindBidirectional(vm.environmentProperty());
        environmentBox.setValue(vm.environmentProperty().get());
        environmentBox.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.environmentProperty().set(now);
            }
        });
        colourPicker.setValue(Color.web(vm.colourProperty().get()));
        vm.colourProperty().addListener((o, was, now) -> colourPicker.setValue(Color.web(now)));
        colourPicker.valueProperty().addListener((o, was, now) -> vm.colourProperty().set(hex(now)));
        problemLabel.textProperty().bind(vm.problemProperty());
        testButton.disableProperty().bind(vm.validProperty().not().or(vm.testRunningProperty()));
        testProgress.visibleProperty().bind(vm.testRunningProperty());
        testResultLabel.textProperty().bind(vm.testResultProperty());
        vm.testFailedProperty().addListener((o, was, failed) -> testResultLabel.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("failed"), failed));
        new HostEditorValidation(vm).register(Map.ofEntries(Map.entry(nameField, EditorField.NAME),
                Map.entry(socketPathField, EditorField.SOCKET_PATH), Map.entry(tlsHostField, EditorField.TLS_HOST),
                Map.entry(tlsPortField, EditorField.TLS_PORT), Map.entry(certDirField, EditorField.CERT_DIR),
                Map.entry(caFileField, EditorField.CA_FILE), Map.entry(certFileField, EditorField.CERT_FILE),
                Map.entry(keyFileField, EditorField.KEY_FILE), Map.entry(sshHostField, EditorField.SSH_HOST),
                Map.entry(sshPortField, EditorField.SSH_PORT), Map.entry(identityField, EditorField.IDENTITY_FILE),
                Map.entry(knownHostsField, EditorField.KNOWN_HOSTS_FILE),
                Map.entry(remoteSocketField, EditorField.REMOTE_SOCKET), Map.entry(environmentBox, EditorField.ENVIRONMENT)));
    }

    private void show(Node section, TransportKind kind) {
        section.visibleProperty().bind(vm.kindProperty().isEqualTo(kind));
        section.managedProperty().bind(section.visibleProperty());
    }

    private void visibleWhen(Node node, boolean certDir) {
        node.visibleProperty().bind(certDir ? vm.useCertDirProperty() : vm.useCertDirProperty().not());
        node.managedProperty().bind(node.visibleProperty());
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    public TextField nameField() {
        return nameField;
    }

    @FXML private void onTest() { vm.test(); }
    @FXML private void onBrowseSocket() { chooseFile("Engine socket", vm.socketPathProperty()); }
    @FXML private void onBrowseCa() { chooseFile("CA certificate", vm.caFileProperty()); }
    @FXML private void onBrowseCert() { chooseFile("Client certificate", vm.certFileProperty()); }
    @FXML private void onBrowseKey() { chooseFile("Client key", vm.keyFileProperty()); }
    @FXML private void onBrowseIdentity() { chooseFile("SSH identity file", vm.identityFileProperty()); }
    @FXML private void onBrowseKnownHosts() { chooseFile("known_hosts file", vm.knownHostsFileProperty()); }

    @FXML private void onBrowseCertDir() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Certificate folder");
        File dir = chooser.showDialog(nameField.getScene().getWindow());
        if (dir != null) {
            vm.certDirProperty().set(dir.getAbsolutePath());
        }
    }

    private void chooseFile(String title, StringProperty target) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        File current = new File(target.get());
        if (current.getParentFile() != null && current.getParentFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParentFile());
        }
        File file = chooser.showOpenDialog(nameField.getScene().getWindow());
        if (file != null) {
            target.set(file.getAbsolutePath());
        }
    }
}
