package io.pilothouse.core.workflows.upgrade;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistryCredentialsTest {

    @TempDir
    Path dir;

    @Test
    void findsPerRegistryLoginsAndDockerHubUnderItsV1Address() throws Exception {
        Path config = dir.resolve("config.json");
        Files.writeString(config, "{\"auths\":{"
                + "\"registry.example.com:5000\":{\"auth\":\"" + Base64.getEncoder().encodeToString("ci:s3cret".getBytes()) + "\"},"
                + "\"https://index.docker.io/v1/\":{\"auth\":\"" + Base64.getEncoder().encodeToString("me:hub".getBytes()) + "\"},"
                + "\"https://other.example.com\":{\"username\":\"u\",\"password\":\"p\"}}}");
        RegistryCredentials c = RegistryCredentials.from(config);
        assertThat(c.userPassword("registry.example.com:5000")).contains("ci:s3cret");
        assertThat(c.userPassword(ImageReference.DOCKER_HUB)).contains("me:hub");
        assertThat(c.userPassword("other.example.com")).contains("u:p");
        assertThat(c.userPassword("127.0.0.1:25000")).isEmpty();
        assertThat(RegistryCredentials.from(dir.resolve("missing.json")).userPassword("x")).isEmpty();
    }

    @Test
    void aBrokenConfigIsNamedInTheError() throws Exception {
        Path config = dir.resolve("config.json");
        Files.writeString(config, "{\"auths\":");
        assertThatThrownBy(() -> RegistryCredentials.from(config)).hasMessageContaining(config.toString())
                .hasMessageContaining("cannot be read as JSON");
    }

    @Test
    void loopbackRegistriesAreSpokenToOverPlainHttp() {
        assertThat(RegistryDigests.isLoopback("127.0.0.1:25000")).isTrue();
        assertThat(RegistryDigests.isLoopback("localhost:5000")).isTrue();
        assertThat(RegistryDigests.isLoopback("[::1]:5000")).isTrue();
        assertThat(RegistryDigests.isLoopback("registry.example.com")).isFalse();
    }
}
