package io.pilothouse.core.host;

import java.time.Duration;
import java.util.Objects;

/**
 * How to connect: who answers questions, how long to wait for the connection and for each
 * response. Every Docker call made through a session has the response timeout; streams set their own.
 */
public record ConnectOptions(CredentialPrompt prompt, Duration connectTimeout, Duration responseTimeout) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(30);

    public ConnectOptions {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(responseTimeout, "responseTimeout");
    }

    public static ConnectOptions defaults(CredentialPrompt prompt) {
        return new ConnectOptions(prompt, DEFAULT_CONNECT_TIMEOUT, DEFAULT_RESPONSE_TIMEOUT);
    }

    public ConnectOptions withConnectTimeout(Duration timeout) {
        return new ConnectOptions(prompt, timeout, responseTimeout);
    }
}
