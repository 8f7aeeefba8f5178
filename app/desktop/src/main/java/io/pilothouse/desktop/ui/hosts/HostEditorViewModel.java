package io.pilothouse.desktop.ui.hosts;

import io.pilothouse.core.host.ConnectionFailure;
import io.pilothouse.core.host.EngineInfo;
import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.SshTransport;
import io.pilothouse.core.host.TlsTransport;
import io.pilothouse.core.host.TransportConfig;
import io.pilothouse.core.host.UnixSocketTransport;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Files;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.BiPredicate;

import static io.pilothouse.desktop.ui.hosts.HostEditorChecks.expand;

/**
 * The host editor (add, edit, duplicate): the inputs, their checks in sentences, the profile they
 * build, and a connection test that runs on the background executor.
 */
public final class HostEditorViewModel {

    public enum Mode { ADD, EDIT, DUPLICATE }

    private final Mode mode;
    private final String id;
    private final BiPredicate<String, String> nameTaken;
    private final HostConnector connector;
    private final Executor background;
    private final Executor ui;

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<TransportKind> kind = new SimpleObjectProperty<>(this, "kind", TransportKind.LOCAL_SOCKET);
    private final StringProperty socketPath = new SimpleStringProperty(this, "socketPath", UnixSocketTransport.DEFAULT_SOCKET);
    private final StringProperty tlsHost = new SimpleStringProperty(this, "tlsHost", "");
    private final StringProperty tlsPort = new SimpleStringProperty(this, "tlsPort", String.valueOf(TlsTransport.DEFAULT_PORT));
    private final BooleanProperty useCertDir = new SimpleBooleanProperty(this, "useCertDir", true);
    private final StringProperty certDir = new SimpleStringProperty(this, "certDir", "");
    private final StringProperty caFile = new SimpleStringProperty(this, "caFile", "");
    private final StringProperty certFile = new SimpleStringProperty(this, "certFile", "");
    private final StringProperty keyFile = new SimpleStringProperty(this, "keyFile", "");
    private final StringProperty sshUser = new SimpleStringProperty(this, "sshUser", "");
    private final StringProperty sshHost = new SimpleStringProperty(this, "sshHost", "");
    private final StringProperty sshPort = new SimpleStringProperty(this, "sshPort", "");
    private final StringProperty identityFile = new SimpleStringProperty(this, "identityFile", "");
    private final StringProperty knownHostsFile = new SimpleStringProperty(this, "knownHostsFile", "");
    private final StringProperty remoteSocket = new SimpleStringProperty(this, "remoteSocket", "");
    private final StringProperty environment = new SimpleStringProperty(this, "environment", Environment.DEVELOPMENT.name());
    private final StringProperty colour = new SimpleStringProperty(this, "colour", Environment.DEVELOPMENT.colour());

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyBooleanWrapper testRunning = new ReadOnlyBooleanWrapper(this, "testRunning");
    private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper(this, "testResult", "");
    private final ReadOnlyBooleanWrapper testFailed = new ReadOnlyBooleanWrapper(this, "testFailed");
    private HostProfile built;
    private int testRun;

    public HostEditorViewModel(Mode mode, HostProfile initial, BiPredicate<String, String> nameTaken,
                               HostConnector connector, Executor background, Executor ui) {
        this.mode = mode;
        this.id = initial != null ? initial.id() : UUID.randomUUID().toString();
        this.nameTaken = nameTaken;
        this.connector = connector;
        this.background = background;
        this.ui = ui;
        if (initial != null) {
            fill(initial);
        }
        environment.addListener((o, was, now) -> {
            if (HostEditorChecks.environment(now).isEmpty()) {
                colour.set(Environment.of(now).colour());
            }
        });
        Observable[] inputs = {name, kind, socketPath, tlsHost, tlsPort, useCertDir, certDir, caFile, certFile,
                keyFile, sshUser, sshHost, sshPort, identityFile, knownHostsFile, remoteSocket, environment, colour};
        for (Observable input : inputs) {
            input.addListener(o -> check());
        }
        check();
    }

    private void fill(HostProfile p) {
        name.set(p.name());
        environment.set(p.environment().name());
        colour.set(p.environment().colour());
        TransportConfig t = p.transport();
        if (t instanceof UnixSocketTransport u) {
            kind.set(TransportKind.LOCAL_SOCKET);
            socketPath.set(u.socketPath());
        } else if (t instanceof TlsTransport tls) {
            kind.set(TransportKind.TLS);
            tlsHost.set(tls.host());
            tlsPort.set(String.valueOf(tls.port()));
            useCertDir.set(tls.certDir() != null);
            certDir.set(orEmpty(tls.certDir()));
            caFile.set(orEmpty(tls.caFile()));
            certFile.set(orEmpty(tls.certFile()));
            keyFile.set(orEmpty(tls.keyFile()));
        } else if (t instanceof SshTransport ssh) {
            kind.set(TransportKind.SSH);
            sshUser.set(orEmpty(ssh.user()));
            sshHost.set(ssh.host());
            sshPort.set(ssh.port() == null ? "" : String.valueOf(ssh.port()));
            identityFile.set(orEmpty(ssh.identityFile()));
            knownHostsFile.set(orEmpty(ssh.knownHostsFile()));
            remoteSocket.set(orEmpty(ssh.remoteSocket()));
        }
    }

    /** The sentence saying what is wrong with one input, if anything; inputs of other transports are fine. */
    public Optional<String> error(EditorField field) {
        TransportKind k = kind.get();
        boolean tls = k == TransportKind.TLS;
        boolean ssh = k == TransportKind.SSH;
        return switch (field) {
            case NAME -> HostEditorChecks.name(name.get(), nameTaken.test(name.get(), id));
            case ENVIRONMENT -> HostEditorChecks.environment(environment.get());
            case SOCKET_PATH -> k != TransportKind.LOCAL_SOCKET ? Optional.empty()
                    : HostEditorChecks.required(socketPath.get(), "Enter the path of the engine's socket")
                    .or(() -> HostEditorChecks.absolute(socketPath.get(), "socket path"));
            case TLS_HOST -> !tls ? Optional.empty() : HostEditorChecks.required(tlsHost.get(), "Enter the TLS host name or address");
            case TLS_PORT -> !tls ? Optional.empty() : HostEditorChecks.port(tlsPort.get(), false);
            case CERT_DIR -> !tls || !useCertDir.get() ? Optional.empty() : HostEditorChecks.certFolder(certDir.get());
            case CA_FILE -> !tls || useCertDir.get() ? Optional.empty() : HostEditorChecks.file(caFile.get(), "CA certificate", false);
            case CERT_FILE -> !tls || useCertDir.get() ? Optional.empty() : HostEditorChecks.file(certFile.get(), "client certificate", false);
            case KEY_FILE -> !tls || useCertDir.get() ? Optional.empty() : HostEditorChecks.file(keyFile.get(), "client key", false);
            case SSH_HOST -> !ssh ? Optional.empty() : HostEditorChecks.required(sshHost.get(), "Enter the SSH host name, address or ~/.ssh/config alias");
            case SSH_PORT -> !ssh ? Optional.empty() : HostEditorChecks.port(sshPort.get(), true);
            case IDENTITY_FILE -> !ssh ? Optional.empty() : HostEditorChecks.file(identityFile.get(), "identity file", true);
            case KNOWN_HOSTS_FILE -> !ssh ? Optional.empty() : HostEditorChecks.file(knownHostsFile.get(), "known_hosts file", true);
            case REMOTE_SOCKET -> !ssh ? Optional.empty() : HostEditorChecks.absolute(remoteSocket.get(), "remote socket path");
        };
    }

    /** A remark that does not block saving: the local socket is not there (the engine may be stopped). */
    public Optional<String> warning(EditorField field) {
        if (field == EditorField.SOCKET_PATH && kind.get() == TransportKind.LOCAL_SOCKET && error(field).isEmpty()
                && !Files.exists(expand(socketPath.get()))) {
            return Optional.of("There is no socket at " + socketPath.get().trim() + " now: is the engine running?");
        }
        return Optional.empty();
    }

    private void check() {
        built = null;
        String first = null;
        for (EditorField f : EditorField.values()) {
            Optional<String> e = error(f);
            if (e.isPresent()) {
                first = e.get();
                break;
            }
        }
        if (first == null) {
            try {
                built = new HostProfile(id, name.get().trim(), transport(), Environment.of(environment.get()).withColour(colour.get()));
            } catch (IllegalArgumentException e) {
                first = e.getMessage();
            }
        }
        problem.set(first);
        valid.set(first == null);
    }

    private TransportConfig transport() {
        return switch (kind.get()) {
            case LOCAL_SOCKET -> new UnixSocketTransport(socketPath.get().trim());
            case TLS -> useCertDir.get()
                    ? TlsTransport.withCertDir(tlsHost.get().trim(), Integer.parseInt(tlsPort.get().trim()), path(certDir.get()))
                    : new TlsTransport(tlsHost.get().trim(), Integer.parseInt(tlsPort.get().trim()), null,
                    path(caFile.get()), path(certFile.get()), path(keyFile.get()));
            case SSH -> new SshTransport(sshUser.get().trim(), sshHost.get().trim(),
                    sshPort.get().isBlank() ? null : Integer.parseInt(sshPort.get().trim()),
                    path(identityFile.get()), path(knownHostsFile.get()),
                    remoteSocket.get().isBlank() ? null : remoteSocket.get().trim());
        };
    }

    private static String path(String value) {
        return value.isBlank() ? null : expand(value).toString();
    }

    /** The profile the inputs describe, when they are all valid. */
    public Optional<HostProfile> profile() {
        return Optional.ofNullable(built);
    }

    /** Connects once with the current inputs, off the UI thread; the result replaces the previous one. */
    public void test() {
        HostProfile profile = built;
        if (profile == null || testRunning.get()) {
            return;
        }
        int run = ++testRun;
        testRunning.set(true);
        testFailed.set(false);
        testResult.set("Connecting to " + profile.transport().url() + "…");
        background.execute(() -> {
            String result;
            boolean failed;
            try {
                EngineInfo info = connector.probe(profile);
                result = EngineInfoText.summary(info);
                failed = false;
            } catch (ConnectionFailure f) {
                result = f.getMessage();
                failed = true;
            } catch (RuntimeException e) {
                result = "The test could not connect to " + profile.name() + ": " + e.getMessage();
                failed = true;
            }
            String text = result;
            boolean isFailure = failed;
            ui.execute(() -> {
                if (run == testRun) {
                    testRunning.set(false);
                    testResult.set(text);
                    testFailed.set(isFailure);
                }
            });
        });
    }

    /** Forgets a running test (the dialog closed); its result, when it comes, is dropped. */
    public void cancelTest() {
        testRun++;
        testRunning.set(false);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public Mode mode() { return mode; }
    public StringProperty nameProperty() { return name; }
    public ObjectProperty<TransportKind> kindProperty() { return kind; }
    public StringProperty socketPathProperty() { return socketPath; }
    public StringProperty tlsHostProperty() { return tlsHost; }
    public StringProperty tlsPortProperty() { return tlsPort; }
    public BooleanProperty useCertDirProperty() { return useCertDir; }
    public StringProperty certDirProperty() { return certDir; }
    public StringProperty caFileProperty() { return caFile; }
    public StringProperty certFileProperty() { return certFile; }
    public StringProperty keyFileProperty() { return keyFile; }
    public StringProperty sshUserProperty() { return sshUser; }
    public StringProperty sshHostProperty() { return sshHost; }
    public StringProperty sshPortProperty() { return sshPort; }
    public StringProperty identityFileProperty() { return identityFile; }
    public StringProperty knownHostsFileProperty() { return knownHostsFile; }
    public StringProperty remoteSocketProperty() { return remoteSocket; }
    public StringProperty environmentProperty() { return environment; }
    public StringProperty colourProperty() { return colour; }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty testRunningProperty() { return testRunning.getReadOnlyProperty(); }
    public ReadOnlyStringProperty testResultProperty() { return testResult.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty testFailedProperty() { return testFailed.getReadOnlyProperty(); }

    public String title() {
        return switch (mode) {
            case ADD -> "Add host";
            case EDIT -> "Edit host " + name.get();
            case DUPLICATE -> "Duplicate host";
        };
    }
}
