package io.pilothouse.cli;

import io.pilothouse.core.profiles.TransportOptions;
import picocli.CommandLine.Option;

/** The options that go with an engine address. */
final class TransportOptionsMixin {

    @Option(names = "--tls-dir", paramLabel = "DIR",
            description = "For tcp://: the folder with ca.pem, cert.pem and key.pem (as DOCKER_CERT_PATH). TLS is always verified.")
    String tlsDir;

    @Option(names = "--identity", paramLabel = "FILE", description = "For ssh://: the private key file.")
    String identityFile;

    @Option(names = "--known-hosts", paramLabel = "FILE",
            description = "For ssh://: the known_hosts file to check the server's key against.")
    String knownHostsFile;

    @Option(names = "--remote-socket", paramLabel = "PATH",
            description = "For ssh://: the engine's socket on the remote host (default /var/run/docker.sock).")
    String remoteSocket;

    TransportOptions toOptions() {
        return new TransportOptions(tlsDir, identityFile, knownHostsFile, remoteSocket);
    }

    boolean isEmpty() {
        return tlsDir == null && identityFile == null && knownHostsFile == null && remoteSocket == null;
    }
}
