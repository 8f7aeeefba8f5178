package io.pilothouse.desktop.ui.infra;

import io.pilothouse.core.host.HostKey;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class FxCredentialPromptUiTest {

    FxCredentialPrompt prompt;

    @Start
    void start(Stage stage) {
        Theme.apply(false);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
        prompt = new FxCredentialPrompt(() -> stage);
    }

    @Test
    void onTheFxThreadItRefusesInsteadOfBlocking(FxRobot robot) {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        robot.interact(() -> {
            try {
                prompt.passphrase("/home/pilot/.ssh/id_rsa", false);
            } catch (IllegalStateException e) {
                thrown.set(e);
            }
        });
        assertThat(thrown.get()).hasMessageContaining("connections must run in the background");
    }

    @Test
    void aBackgroundThreadGetsThePassphraseTypedInTheDialog(FxRobot robot) throws Exception {
        CompletableFuture<Optional<char[]>> answer = CompletableFuture.supplyAsync(
                () -> prompt.passphrase("/home/pilot/.ssh/id_rsa", true));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#passphraseField").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane .content").queryAll()).isNotEmpty();
        robot.clickOn("#passphraseField").write("s3cret pass");
        robot.clickOn("OK");
        assertThat(answer.get(5, TimeUnit.SECONDS)).get().satisfies(chars -> assertThat(new String(chars)).isEqualTo("s3cret pass"));
    }

    @Test
    void anUnknownHostKeyShowsItsFingerprintAndRejectIsNo(FxRobot robot) throws Exception {
        HostKey key = new HostKey("[127.0.0.1]:22220", "ssh-ed25519", "SHA256:qK3mT5v1d0pUcm5nCk8QWm0y1a2b3c4d5e6f7g8h9i0", "AAAA");
        CompletableFuture<Boolean> answer = CompletableFuture.supplyAsync(() -> prompt.acceptNewHostKey(key));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#fingerprintLabel").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#fingerprintLabel").queryAs(Label.class).getText()).isEqualTo(key.sha256Fingerprint());
        robot.clickOn("Reject");
        assertThat(answer.get(5, TimeUnit.SECONDS)).isFalse();

        CompletableFuture<Boolean> again = CompletableFuture.supplyAsync(() -> prompt.acceptNewHostKey(key));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#fingerprintLabel").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Accept and remember");
        assertThat(again.get(5, TimeUnit.SECONDS)).isTrue();
    }
}
