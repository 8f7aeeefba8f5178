package io.pilothouse.core.host;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Event;
import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectionFailure.Kind;
import io.pilothouse.core.testenv.TestEnv;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The response timeout bounds the wait for a response head, on the unix socket and over TLS, and nothing else. */
class ResponseTimeoutIT {

    private static final TestEnv ENV = TestEnv.get();
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(1);

    @TempDir
    Path home;

    private HostSession open(String transport) {
        TransportConfig config = "unix".equals(transport) ? new UnixSocketTransport(ENV.dockerSock())
                : TlsTransport.withCertDir(ENV.tlsHost(), ENV.tlsPort(), ENV.certPath().toString());
        ConnectOptions options = new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(5), RESPONSE_TIMEOUT);
        return new ConnectionFactory(AppDirectories.from(Map.of(), home))
                .connect(HostProfile.create(transport, config, null), options);
    }

    @ParameterizedTest
    @ValueSource(strings = {"unix", "tls"})
    void aSilentEventStreamOutlivesTheResponseTimeout(String transport) throws Exception {
        AtomicReference<Throwable> error = new AtomicReference<>();
        try (HostSession session = open(transport)) {
            ResultCallback.Adapter<Event> events = new ResultCallback.Adapter<>() {
                @Override
                public void onError(Throwable t) {
                    error.set(t);
                    super.onError(t);
                }
            };
            // a filter no event matches: the stream stays silent
            session.docker().eventsCmd().withLabelFilter("io.pilothouse.test.silent=" + System.nanoTime()).exec(events);
            Thread.sleep(RESPONSE_TIMEOUT.multipliedBy(3).toMillis());
            assertThat(error.get()).as("the stream is still open after 3x the response timeout").isNull();
            events.close();
            // and the session still answers at once
            assertThat(session.docker().pingCmd().exec()).isNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"unix", "tls"})
    void aResponseHeadThatTakesLongerTimesOut(String transport) throws Exception {
        // the engine answers a stop only once the container is gone: this one ignores SIGTERM, so it takes the 5 s grace
        String id = ENV.docker("run", "-d", "--label", "io.pilothouse.test=true", ENV.image(),
                "sh", "-c", "trap '' TERM; sleep 60");
        try (HostSession session = open(transport)) {
            long start = System.nanoTime();
            Throwable error = catchThrowable(() -> session.docker().stopContainerCmd(id).withTimeout(5).exec());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(error).isNotNull();
            ConnectionFailure f = ConnectionFailureTranslator.translate(session.profile(), error, RESPONSE_TIMEOUT);
            assertThat(f.kind()).isEqualTo(Kind.TIMEOUT);
            assertThat(took).isLessThan(Duration.ofSeconds(4));
            // the session itself is fine afterwards
            assertThat(session.docker().pingCmd().exec()).isNull();
        } finally {
            ENV.docker("rm", "-f", id);
        }
    }
}
