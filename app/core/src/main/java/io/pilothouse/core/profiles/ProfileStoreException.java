package io.pilothouse.core.profiles;

/** The host list could not be saved; the message is the sentence to show. */
public class ProfileStoreException extends RuntimeException {

    public ProfileStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
