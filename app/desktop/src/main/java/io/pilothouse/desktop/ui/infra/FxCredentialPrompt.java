package io.pilothouse.desktop.ui.infra;

import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.host.HostKey;
import javafx.application.Platform;
import javafx.stage.Window;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Answers the connection's questions with dialogs. It is called from connection threads: it shows
 * the dialog on the JavaFX thread and waits for the answer. Called on the JavaFX thread, it refuses.
 */
public final class FxCredentialPrompt implements CredentialPrompt {

    private final Supplier<Window> owner;

    public FxCredentialPrompt(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<char[]> passphrase(String keyFile, boolean retry) {
        return onFxThread(() -> PassphraseDialog.ask(owner.get(), keyFile, retry), Optional.empty());
    }

    @Override
    public boolean acceptNewHostKey(HostKey key) {
        return onFxThread(() -> HostKeyDialog.ask(owner.get(), key), false);
    }

    private static <T> T onFxThread(Supplier<T> question, T whenInterrupted) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("A connection asked for credentials on the JavaFX thread: "
                    + "connections must run in the background");
        }
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(question.get());
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return whenInterrupted;
        } catch (ExecutionException e) {
            throw new IllegalStateException("The credential dialog failed: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
