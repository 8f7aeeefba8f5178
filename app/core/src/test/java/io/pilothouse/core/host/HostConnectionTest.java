package io.pilothouse.core.host;

import io.pilothouse.core.host.ConnectionFailure.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HostConnectionTest {

    @Test
    void backoffDoublesFromOneSecondUpToThirty() {
        List<Long> waits = new ArrayList<>();
        Duration d = HostConnection.FIRST_BACKOFF;
        for (int i = 0; i < 8; i++) {
            waits.add(d.toSeconds());
            d = HostConnection.nextBackoff(d);
        }
        assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"TLS_UNTRUSTED_CA", "TLS_CLIENT_CERT_MISSING", "TLS_CLIENT_CERT_REJECTED",
            "TLS_HOSTNAME_MISMATCH", "TLS_FILES_INVALID", "TLS_NOT_TLS", "SSH_AUTH_FAILED", "SSH_PASSPHRASE_REQUIRED",
            "SSH_WRONG_PASSPHRASE", "SSH_KEY_INVALID", "SSH_UNKNOWN_HOST_KEY", "SSH_HOST_KEY_CHANGED", "API_TOO_OLD",
            "NOT_DOCKER"})
    void failuresThatNeedThePersonAreNotRetried(Kind kind) {
        assertThat(HostConnection.needsUser(new ConnectionFailure(kind, "x"))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"NAME_UNRESOLVED", "CONNECTION_REFUSED", "TIMEOUT", "SOCKET_MISSING",
            "REMOTE_SOCKET_MISSING", "DISCONNECTED", "OTHER"})
    void failuresThatMayPassAreRetried(Kind kind) {
        assertThat(HostConnection.needsUser(new ConnectionFailure(kind, "x"))).isFalse();
    }
}
