package io.pilothouse.core.host.ssh;

import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.host.HostKey;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A prompt answering from a script and recording what it was asked. */
final class RecordingPrompt implements CredentialPrompt {

    record PassphraseQuestion(String keyFile, boolean retry) {
    }

    private final Deque<String> passphrases = new ArrayDeque<>();
    private boolean acceptHostKeys;
    final List<PassphraseQuestion> passphraseQuestions = new ArrayList<>();
    final List<HostKey> hostKeyQuestions = new ArrayList<>();
    final List<char[]> handedOut = new ArrayList<>();

    static RecordingPrompt answering(String... passphrases) {
        RecordingPrompt prompt = new RecordingPrompt();
        prompt.passphrases.addAll(List.of(passphrases));
        return prompt;
    }

    RecordingPrompt acceptingHostKeys(boolean accept) {
        this.acceptHostKeys = accept;
        return this;
    }

    @Override
    public synchronized Optional<char[]> passphrase(String keyFile, boolean retry) {
        passphraseQuestions.add(new PassphraseQuestion(keyFile, retry));
        String next = passphrases.pollFirst();
        if (next == null) {
            return Optional.empty();
        }
        char[] chars = next.toCharArray();
        handedOut.add(chars);
        return Optional.of(chars);
    }

    @Override
    public synchronized boolean acceptNewHostKey(HostKey key) {
        hostKeyQuestions.add(key);
        return acceptHostKeys;
    }
}
