package io.pilothouse.core.testenv;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test engine the integration tests are given (TESTENV_* variables or
 * $TESTENV_DIR/testenv.properties) answers on all three transports, and it is the engine of
 * that state dir: a second instance with other ports is the one used when its variables are set.
 */
class EngineTransportsIT {

    private final TestEnv env = TestEnv.get();

    /** dockerd's data root lies in the state dir, so it names the instance. */
    private String expectedRootDir() {
        return env.dir().resolve("data/docker").toString();
    }

    @Test
    void unixSocketReachesTheEngineOfTheStateDir() {
        assertThat(env.docker("info", "--format", "{{.DockerRootDir}}")).isEqualTo(expectedRootDir());
        assertThat(env.docker("image", "inspect", "--format", "{{.Id}}", env.image())).startsWith("sha256:");
    }

    @Test
    void tlsWithTheClientCertificateReachesTheSameEngine() throws Exception {
        DefaultDockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost("tcp://" + env.tlsHost() + ":" + env.tlsPort())
                .withDockerTlsVerify(true)
                .withDockerCertPath(env.certPath().toString())
                .build();
        ApacheDockerHttpClient http = new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig())
                .connectionTimeout(Duration.ofSeconds(10))
                .responseTimeout(Duration.ofSeconds(30))
                .build();
        try (DockerClient client = DockerClientImpl.getInstance(config, http)) {
            client.pingCmd().exec();
            assertThat(client.infoCmd().exec().getDockerRootDir()).isEqualTo(expectedRootDir());
        }
    }

    @Test
    void sshWithTheKeyAndKnownHostsReachesTheSameEngine() throws Exception {
        JSch jsch = new JSch();
        jsch.setKnownHosts(env.sshKnownHosts().toString());
        jsch.addIdentity(env.sshKey().toString());
        Session session = jsch.getSession(env.sshUser(), env.sshHost(), env.sshPort());
        session.setConfig("StrictHostKeyChecking", "yes");
        session.connect(10_000);
        try {
            ChannelExec exec = (ChannelExec) session.openChannel("exec");
            exec.setCommand("docker -H unix://" + env.sshRemoteDockerSock() + " info --format '{{.DockerRootDir}}'");
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            exec.setErrStream(err);
            InputStream out = exec.getInputStream();
            exec.connect(10_000);
            byte[] stdout = out.readAllBytes();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!exec.isClosed() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(exec.getExitStatus()).as("remote docker info: %s", err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(new String(stdout, StandardCharsets.UTF_8).trim()).isEqualTo(expectedRootDir());
            exec.disconnect();
        } finally {
            session.disconnect();
        }
    }
}
