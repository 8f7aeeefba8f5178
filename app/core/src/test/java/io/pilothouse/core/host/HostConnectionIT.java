package io.pilothouse.core.host;

import io.pilothouse.core.testenv.TcpRelay;
import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectionFailure.Kind;
import io.pilothouse.core.host.HostStatus.State;
import io.pilothouse.core.testenv.TestEnv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A host connection through a loopback relay to the engine's TLS port: cutting the relay makes the
 * engine go away for this connection only (the shared engine keeps running).
 */
class HostConnectionIT {

    private static final TestEnv ENV = TestEnv.get();

    @TempDir
    Path home;

    /** A status and when the listener heard it. */
    record Seen(Instant at, HostStatus status) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    private HostConnection connection(HostProfile profile) {
        ConnectOptions options = new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(2), Duration.ofSeconds(3));
        HostConnection c = new HostConnection(profile, new ConnectionFactory(AppDirectories.from(Map.of(), home)),
                options, Duration.ofMillis(300), Clock.systemUTC());
        c.addListener(s -> seen.add(new Seen(Instant.now(), s)));
        return c;
    }

    private static HostProfile tls(String name, int port, Path certDir) {
        return HostProfile.create(name, TlsTransport.withCertDir("127.0.0.1", port, certDir.toString()), null);
    }

    private Seen awaitSeen(Predicate<HostStatus> what, int after, Duration within) {
        await().atMost(within).until(() -> seen.stream().skip(after).anyMatch(s -> what.test(s.status())));
        return seen.stream().skip(after).filter(s -> what.test(s.status())).findFirst().orElseThrow();
    }

    @Test
    void engineGoingAwayDisconnectsAndComesBackWithBackoff() throws Exception {
        try (TcpRelay relay = new TcpRelay("127.0.0.1", ENV.tlsHost(), ENV.tlsPort());
             HostConnection connection = connection(tls("relayed", relay.port(), ENV.certPath()))) {
            assertThat(connection.status().state()).isEqualTo(State.IDLE);
            long before = System.nanoTime();
            connection.connect();
            assertThat(Duration.ofNanos(System.nanoTime() - before)).as("connect() returns at once")
                    .isLessThan(Duration.ofMillis(200));

            Seen connected = awaitSeen(s -> s.state() == State.CONNECTED, 0, Duration.ofSeconds(15));
            assertThat(connected.status().info()).get().extracting(EngineInfo::apiVersion)
                    .isEqualTo(ENV.docker("version", "--format", "{{.Server.APIVersion}}"));
            assertThat(connection.session()).isPresent();
            assertThat(seen.get(0).status().state()).isEqualTo(State.CONNECTING);

            // while connected, the engine is probed again now and then: a fresh report, same engine
            int firstReport = seen.indexOf(connected);
            Seen refreshed = awaitSeen(s -> s.state() == State.CONNECTED, firstReport + 1, Duration.ofSeconds(10));
            assertThat(refreshed.status().info()).get().extracting(EngineInfo::engineVersion)
                    .isEqualTo(connected.status().info().get().engineVersion());
            assertThat(refreshed.at()).isAfter(connected.at());

            int mark = seen.size();
            relay.cut();
            Seen lost = awaitSeen(s -> s.state() == State.DISCONNECTED, mark, Duration.ofSeconds(10));
            assertThat(lost.status().failure()).get().extracting(ConnectionFailure::kind).isEqualTo(Kind.DISCONNECTED);
            assertThat(lost.status().failure().get().getMessage()).contains("relayed");
            assertThat(waitOf(lost)).isBetween(Duration.ofMillis(700), Duration.ofMillis(1300));
            assertThat(connection.session()).isEmpty();

            // the relay refuses: each try fails and waits twice as long as the one before
            Seen second = awaitSeen(s -> s.state() == State.DISCONNECTED, seen.indexOf(lost) + 1, Duration.ofSeconds(10));
            assertThat(second.status().failure()).get().extracting(ConnectionFailure::kind)
                    .isEqualTo(Kind.CONNECTION_REFUSED);
            assertThat(waitOf(second)).isBetween(Duration.ofMillis(1700), Duration.ofMillis(2300));
            Seen third = awaitSeen(s -> s.state() == State.DISCONNECTED, seen.indexOf(second) + 1, Duration.ofSeconds(10));
            assertThat(waitOf(third)).isBetween(Duration.ofMillis(3700), Duration.ofMillis(4300));

            relay.resume();
            awaitSeen(s -> s.state() == State.CONNECTED, seen.indexOf(third) + 1, Duration.ofSeconds(15));
            assertThat(connection.session()).isPresent();
            assertThat(connection.session().get().docker().pingCmd().exec()).isNull();

            // after a success the backoff starts again at 1 s
            mark = seen.size();
            relay.cut();
            Seen again = awaitSeen(s -> s.state() == State.DISCONNECTED, mark, Duration.ofSeconds(10));
            assertThat(waitOf(again)).isBetween(Duration.ofMillis(700), Duration.ofMillis(1300));

            long closing = System.nanoTime();
            connection.close();
            assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofSeconds(3));
            int afterClose = seen.size();
            relay.resume();
            Thread.sleep(1500);
            assertThat(seen).hasSize(afterClose);
            assertThat(connection.status().state()).isEqualTo(State.IDLE);
        }
    }

    @Test
    void failureThatNeedsTheUserIsNotRetriedUntilAskedAgain() throws Exception {
        TestCertificates.Ca other = TestCertificates.newCa(home, "other-ca");
        Path dir = TestCertificates.folder(home.resolve("untrusted"), other.cert(),
                ENV.certPath().resolve("cert.pem"), ENV.certPath().resolve("key.pem"));
        try (HostConnection connection = connection(tls("untrusted", ENV.tlsPort(), dir))) {
            connection.connect();
            Seen failed = awaitSeen(s -> s.state() == State.FAILED, 0, Duration.ofSeconds(10));
            assertThat(failed.status().failure()).get().extracting(ConnectionFailure::kind).isEqualTo(Kind.TLS_UNTRUSTED_CA);
            assertThat(failed.status().nextAttempt()).isEmpty();
            int count = seen.size();
            Thread.sleep(2500);
            assertThat(seen).as("no retry by itself").hasSize(count);

            connection.connect();
            awaitSeen(s -> s.state() == State.FAILED, count, Duration.ofSeconds(10));
            assertThat(seen.get(count).status().state()).isEqualTo(State.CONNECTING);
        }
    }

    @Test
    void closingFromAListenerDoesNotWaitOnItself() throws Exception {
        int port = ConnectionFailureIT.freePort();
        HostConnection connection = connection(tls("closing", port, ENV.certPath()));
        AtomicLong closeTook = new AtomicLong(-1);
        connection.addListener(s -> {
            if (s.state() == State.DISCONNECTED) {
                long start = System.nanoTime();
                connection.close();
                closeTook.set(System.nanoTime() - start);
            }
        });
        connection.connect();
        await().atMost(Duration.ofSeconds(10)).until(() -> closeTook.get() >= 0);
        assertThat(Duration.ofNanos(closeTook.get())).isLessThan(Duration.ofMillis(500));
        Thread.sleep(1500);
        assertThat(seen.stream().map(x -> x.status().state()).toList()).containsExactly(State.CONNECTING, State.DISCONNECTED);
        assertThat(connection.status().state()).isEqualTo(State.IDLE);
    }

    @Test
    void disconnectStopsReconnecting() throws Exception {
        try (TcpRelay relay = new TcpRelay("127.0.0.1", ENV.tlsHost(), ENV.tlsPort());
             HostConnection connection = connection(tls("stopped", relay.port(), ENV.certPath()))) {
            relay.cut();
            connection.connect();
            awaitSeen(s -> s.state() == State.DISCONNECTED, 0, Duration.ofSeconds(10));
            connection.disconnect();
            await().atMost(Duration.ofSeconds(3)).until(() -> connection.status().state() == State.IDLE);
            int count = seen.size();
            relay.resume();
            Thread.sleep(2500);
            assertThat(seen).hasSize(count);
            assertThat(connection.session()).isEmpty();
        }
    }

    private static Duration waitOf(Seen s) {
        return Duration.between(s.at(), s.status().nextAttempt().orElseThrow());
    }
}
