/**
 * Docker over SSH without opening any port: {@link io.pilothouse.core.host.ssh.SshConnector} logs in
 * with JSch and every HTTP connection of the resulting
 * {@link io.pilothouse.core.host.ssh.SshDockerConnection#httpClient()} is a
 * {@code direct-streamlocal@openssh.com} channel to the remote Docker socket, over that one session.
 *
 * <p>Behaviour worth knowing when using it:
 * <ul>
 * <li>Keys: the profile's key file, else the IdentityFile of a matching ~/.ssh/config block, else the
 * keys of ssh-agent (SSH_AUTH_SOCK), else ~/.ssh/id_ed25519, id_ecdsa, id_rsa. Keys are loaded only
 * after the host key was accepted. Passphrases are asked through the
 * {@link io.pilothouse.core.host.CredentialPrompt}, at most three times, and kept in memory by the
 * connector until it is closed.</li>
 * <li>Host keys: checked against the profile's known_hosts file or ~/.ssh/known_hosts. An unknown key is
 * shown through the prompt and appended once accepted; a changed key is always refused.</li>
 * <li>Timeouts: the connect timeout bounds the TCP connect, the SSH handshake and each channel
 * opening; the response timeout bounds the wait for a response's head only, so log, event and
 * attach streams may stay silent as long as their reader wants (cancel them by closing them).</li>
 * <li>A dead link is noticed by SSH keepalives (every 10 s, 3 missed); then
 * {@code isConnected()} turns false, open streams fail, and every later call fails at once with
 * {@link io.pilothouse.core.host.ConnectionFailure.Kind#DISCONNECTED}.</li>
 * <li>exec/attach with stdin: when the given input stream ends, the channel is half-closed (as the
 * docker CLI does), so the process in the container sees the end of its stdin.</li>
 * <li>Closing the docker-java client (or the HTTP client) closes the SSH session too.</li>
 * </ul>
 */
package io.pilothouse.core.host.ssh;
