package io.pilothouse.core.profiles;

import io.pilothouse.core.host.SshTransport;
import io.pilothouse.core.host.TlsTransport;
import io.pilothouse.core.host.UnixSocketTransport;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransportParserTest {

    private final TransportParser parser = new TransportParser();

    @Test
    void unixSocket() {
        assertThat(parser.parse("unix:///var/run/docker.sock", null))
                .isEqualTo(new UnixSocketTransport("/var/run/docker.sock"));
    }

    @Test
    void tcpWithTlsFolderAndDefaultPort() {
        assertThat(parser.parse("tcp://127.0.0.1:23760", TransportOptions.tls("/certs")))
                .isEqualTo(TlsTransport.withCertDir("127.0.0.1", 23760, "/certs"));
        assertThat(parser.parse("TCP://docker.example.invalid", TransportOptions.tls("/certs")))
                .isEqualTo(TlsTransport.withCertDir("docker.example.invalid", 2376, "/certs"));
        assertThat(parser.parse("tcp://[::1]:2377/", TransportOptions.tls("/certs")))
                .isEqualTo(TlsTransport.withCertDir("::1", 2377, "/certs"));
    }

    @Test
    void relativeFilesBecomeAbsolute() {
        TlsTransport t = (TlsTransport) parser.parse("tcp://h.invalid:2376", TransportOptions.tls("certs"));
        assertThat(t.certDir()).isEqualTo(Path.of("certs").toAbsolutePath().toString());
    }

    @Test
    void sshWithOptions() {
        assertThat(parser.parse("ssh://pilot@127.0.0.1:22220",
                new TransportOptions(null, "/k/id_ed25519", "/k/known_hosts", "/run/docker.sock")))
                .isEqualTo(new SshTransport("pilot", "127.0.0.1", 22220, "/k/id_ed25519", "/k/known_hosts",
                        "/run/docker.sock"));
        assertThat(parser.parse("ssh://builder", null))
                .isEqualTo(new SshTransport(null, "builder", null, null, null, null));
    }

    @Test
    void tcpWithoutTlsIsRefused() {
        assertThatThrownBy(() -> parser.parse("tcp://127.0.0.1:2375", null))
                .hasMessageContaining("no TLS material").hasMessageContaining("--tls-dir");
    }

    @Test
    void badInputGetsItsOwnSentence() {
        assertMessage("", "Give the engine's address");
        assertMessage("http://127.0.0.1:2375", "is an http address");
        assertMessage("https://h.invalid", "not over https://");
        assertMessage("ftp://h.invalid", "Unknown address scheme 'ftp'");
        assertMessage("npipe:////./pipe/docker_engine", "Windows named pipe");
        assertMessage("pilot@h.invalid", "write ssh://pilot@h.invalid");
        assertMessage("/var/run/docker.sock", "write unix:///var/run/docker.sock");
        assertMessage("h.invalid:2376", "write tcp://h.invalid:2376");
        assertMessage("hello", "is not an engine address");
        assertMessage("unix://var/run/docker.sock", "three slashes");
        assertMessage("unix://", "no socket path");
        assertMessage("ssh://pilot:secret@h.invalid", "passwords are never taken");
        assertMessage("ssh://@h.invalid", "empty user name");
        assertMessage("ssh://h.invalid:abc", "The port 'abc'");
        assertMessage("ssh://h.invalid:70000", "not between 1 and 65535");
        assertMessage("ssh://h.invalid:", "gives no port");
        assertMessage("ssh://", "no host name");
        assertMessage("ssh://h.invalid/path", "path or query");
        assertMessage("ssh://::1", "brackets");
        assertMessage("ssh://[::1", "never closes");
    }

    @Test
    void optionsThatDoNotFitTheSchemeAreRefused() {
        assertThatThrownBy(() -> parser.parse("unix:///var/run/docker.sock", TransportOptions.tls("/c")))
                .hasMessageContaining("--tls-dir applies only to tcp://");
        assertThatThrownBy(() -> parser.parse("ssh://h.invalid", TransportOptions.tls("/c")))
                .hasMessageContaining("--tls-dir applies only to tcp://");
        assertThatThrownBy(() -> parser.parse("tcp://h.invalid", new TransportOptions("/c", "/id", null, null)))
                .hasMessageContaining("--identity applies only to ssh://");
        assertThatThrownBy(() -> parser.parse("tcp://u@h.invalid", TransportOptions.tls("/c")))
                .hasMessageContaining("user name");
    }

    private void assertMessage(String url, String expected) {
        assertThatThrownBy(() -> parser.parse(url, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(expected);
    }
}
