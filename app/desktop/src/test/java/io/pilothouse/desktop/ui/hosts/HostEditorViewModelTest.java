package io.pilothouse.desktop.ui.hosts;

import io.pilothouse.core.host.ConnectionFailure;
import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.SshTransport;
import io.pilothouse.core.host.TlsTransport;
import io.pilothouse.core.host.UnixSocketTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

class HostEditorViewModelTest {

    @TempDir Path dir;
    final ScriptedConnector connector = new ScriptedConnector();

    HostEditorViewModel editor(HostEditorViewModel.Mode mode, HostProfile initial) {
        return new HostEditorViewModel(mode, initial, (name, exceptId) -> name.equalsIgnoreCase("prod")
                && !"prod-id".equals(exceptId), connector, Runnable::run, Runnable::run);
    }

    HostEditorViewModel add() {
        return editor(HostEditorViewModel.Mode.ADD, null);
    }

    Path socket() throws IOException {
        return Files.createFile(dir.resolve("docker.sock"));
    }

    @Test
    void aNewHostNeedsANameFirst() {
        HostEditorViewModel vm = add();
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.problemProperty().get()).isEqualTo("Enter a name for the host");
        assertThat(vm.error(EditorField.NAME)).contains("Enter a name for the host");
        assertThat(vm.profile()).isEmpty();
    }

    @Test
    void anInvalidNameShowsTheProfileSentence() {
        HostEditorViewModel vm = add();
        vm.nameProperty().set("bad name!");
        assertThat(vm.problemProperty().get()).startsWith("The host name 'bad name!' must start with a letter or digit");
        assertThat(vm.validProperty().get()).isFalse();
    }

    @Test
    void aTakenNameIsRefusedExceptTheHostsOwn() {
        HostEditorViewModel vm = add();
        vm.nameProperty().set("PROD");
        assertThat(vm.problemProperty().get()).isEqualTo("A host named 'PROD' already exists");

        HostProfile prod = new HostProfile("prod-id", "prod", new UnixSocketTransport("/run/x.sock"), Environment.PRODUCTION);
        HostEditorViewModel edit = editor(HostEditorViewModel.Mode.EDIT, prod);
        assertThat(edit.error(EditorField.NAME)).isEmpty();
        assertThat(edit.validProperty().get()).isTrue();
    }

    @Test
    void aLocalSocketMustBeAbsoluteAndAMissingOneIsOnlyAWarning() throws IOException {
        HostEditorViewModel vm = add();
        vm.nameProperty().set("local");
        vm.socketPathProperty().set("run/docker.sock");
        assertThat(vm.problemProperty().get()).isEqualTo("The socket path 'run/docker.sock' must be an absolute path");

        vm.socketPathProperty().set(dir.resolve("missing.sock").toString());
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.warning(EditorField.SOCKET_PATH)).get().asString().contains("There is no socket at");

        vm.socketPathProperty().set(socket().toString());
        assertThat(vm.warning(EditorField.SOCKET_PATH)).isEmpty();
        assertThat(vm.profile()).get().extracting(HostProfile::transport)
                .isEqualTo(new UnixSocketTransport(dir.resolve("docker.sock").toString()));
    }

    @Test
    void tlsChecksThePortAndTheCertificateFolder() throws IOException {
        HostEditorViewModel vm = add();
        vm.nameProperty().set("tls-1");
        vm.kindProperty().set(TransportKind.TLS);
        assertThat(vm.problemProperty().get()).isEqualTo("Enter the TLS host name or address");
        vm.tlsHostProperty().set("127.0.0.1");
        vm.tlsPortProperty().set("70000");
        assertThat(vm.problemProperty().get()).isEqualTo("The port 70000 is not between 1 and 65535");
        vm.tlsPortProperty().set("two");
        assertThat(vm.problemProperty().get()).isEqualTo("The port 'two' is not a number between 1 and 65535");
        vm.tlsPortProperty().set("23760");
        assertThat(vm.problemProperty().get()).startsWith("Choose the certificate folder");

        Path certs = Files.createDirectory(dir.resolve("certs"));
        Files.writeString(certs.resolve("ca.pem"), "x");
        Files.writeString(certs.resolve("cert.pem"), "x");
        vm.certDirProperty().set(certs.toString());
        assertThat(vm.problemProperty().get()).isEqualTo("The certificate folder " + certs + " has no key.pem");
        Files.writeString(certs.resolve("key.pem"), "x");
        vm.certDirProperty().set(certs + "/");
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.profile()).get().extracting(HostProfile::transport)
                .isEqualTo(TlsTransport.withCertDir("127.0.0.1", 23760, certs.toString()));
    }

    @Test
    void tlsWithThreeFilesNeedsEachOneToExist() throws IOException {
        HostEditorViewModel vm = add();
        vm.nameProperty().set("tls-2");
        vm.kindProperty().set(TransportKind.TLS);
        vm.tlsHostProperty().set("localhost");
        vm.useCertDirProperty().set(false);
        assertThat(vm.problemProperty().get()).isEqualTo("Choose the CA certificate");
        Path ca = Files.writeString(dir.resolve("ca.pem"), "x");
        Path cert = Files.writeString(dir.resolve("cert.pem"), "x");
        vm.caFileProperty().set(ca.toString());
        vm.certFileProperty().set(cert.toString());
        vm.keyFileProperty().set(dir.resolve("nope.pem").toString());
        assertThat(vm.problemProperty().get()).isEqualTo("The client key " + dir.resolve("nope.pem") + " does not exist");
        vm.keyFileProperty().set(Files.writeString(dir.resolve("key.pem"), "x").toString());
        assertThat(vm.profile()).get().extracting(HostProfile::transport).isEqualTo(new TlsTransport("localhost",
                2376, null, ca.toString(), cert.toString(), dir.resolve("key.pem").toString()));
    }

    @Test
    void sshNeedsAHostAndExistingFilesWhenGiven() throws IOException {
        HostEditorViewModel vm = add();
        vm.nameProperty().set("ssh-1");
        vm.kindProperty().set(TransportKind.SSH);
        assertThat(vm.problemProperty().get()).startsWith("Enter the SSH host name");
        vm.sshHostProperty().set("127.0.0.1");
        assertThat(vm.problemProperty().get()).as("user, port and files are optional").isNull();
        vm.sshPortProperty().set("0");
        assertThat(vm.problemProperty().get()).isEqualTo("The port 0 is not between 1 and 65535");
        vm.sshPortProperty().set("22220");
        vm.identityFileProperty().set(dir.resolve("id_ed25519").toString());
        assertThat(vm.problemProperty().get()).isEqualTo("The identity file " + dir.resolve("id_ed25519") + " does not exist");
        Path key = Files.writeString(dir.resolve("id_ed25519"), "x");
        vm.remoteSocketProperty().set("var/run/docker.sock");
        assertThat(vm.problemProperty().get()).isEqualTo("The remote socket path 'var/run/docker.sock' must be an absolute path");
        vm.remoteSocketProperty().set("");
        vm.sshUserProperty().set("pilot");
        assertThat(vm.profile()).get().extracting(HostProfile::transport)
                .isEqualTo(new SshTransport("pilot", "127.0.0.1", 22220, key.toString(), null, null));
    }

    @Test
    void theEnvironmentSetsItsColourAndCustomNamesAreChecked() {
        HostEditorViewModel vm = add();
        vm.nameProperty().set("h");
        vm.socketPathProperty().set("/run/x.sock");
        vm.environmentProperty().set("production");
        assertThat(vm.colourProperty().get()).isEqualTo("#c62828");
        vm.environmentProperty().set("qa lab");
        assertThat(vm.colourProperty().get()).isEqualTo(Environment.CUSTOM_COLOUR);
        vm.colourProperty().set("#123456");
        assertThat(vm.profile()).get().extracting(HostProfile::environment).isEqualTo(new Environment("qa lab", "#123456"));
        vm.environmentProperty().set("!!");
        assertThat(vm.problemProperty().get()).startsWith("Environment name '!!' must be");
    }

    @Test
    void editingFillsTheInputsAndKeepsTheId() {
        HostProfile p = HostProfile.create("ssh-2", new SshTransport(null, "alias", null, null, null, "/run/d.sock"),
                new Environment("staging", "#abcdef"));
        HostEditorViewModel vm = editor(HostEditorViewModel.Mode.EDIT, p);
        assertThat(vm.kindProperty().get()).isEqualTo(TransportKind.SSH);
        assertThat(vm.sshHostProperty().get()).isEqualTo("alias");
        assertThat(vm.remoteSocketProperty().get()).isEqualTo("/run/d.sock");
        assertThat(vm.colourProperty().get()).isEqualTo("#abcdef");
        assertThat(vm.profile()).contains(p);
        assertThat(vm.title()).isEqualTo("Edit host ssh-2");
    }

    @Test
    void theTestShowsWhatTheEngineReportsOrTheFailureSentence() {
        HostEditorViewModel vm = add();
        vm.nameProperty().set("h");
        vm.socketPathProperty().set("/run/x.sock");
        vm.test();
        assertThat(vm.testRunningProperty().get()).isFalse();
        assertThat(vm.testFailedProperty().get()).isFalse();
        assertThat(vm.testResultProperty().get()).isEqualTo("Connected: Docker 24.0.7 on engine-1 (API 1.43) on "
                + "linux/amd64, swarm inactive, 3 containers (1 running), 3 ms");

        connector.onProbe = p -> {
            throw new ConnectionFailure(ConnectionFailure.Kind.SOCKET_MISSING, "There is no Docker socket at /run/x.sock.");
        };
        vm.test();
        assertThat(vm.testFailedProperty().get()).isTrue();
        assertThat(vm.testResultProperty().get()).isEqualTo("There is no Docker socket at /run/x.sock.");
    }

    @Test
    void aCancelledTestDropsItsLateResult() {
        Queue<Runnable> pending = new ArrayDeque<>();
        Executor later = pending::add;
        HostEditorViewModel vm = new HostEditorViewModel(HostEditorViewModel.Mode.ADD, null, (n, id) -> false,
                connector, later, Runnable::run);
        vm.nameProperty().set("h");
        vm.socketPathProperty().set("/run/x.sock");
        vm.test();
        assertThat(vm.testRunningProperty().get()).isTrue();
        assertThat(vm.testResultProperty().get()).isEqualTo("Connecting to unix:///run/x.sock…");
        vm.cancelTest();
        pending.remove().run();
        assertThat(vm.testRunningProperty().get()).isFalse();
        assertThat(vm.testResultProperty().get()).doesNotContain("Docker 24.0.7");
    }
}
