/**
 * Docker hosts: profiles, how they are reached, and connections to them.
 *
 * <p>Behaviour worth knowing when using it:
 * <ul>
 * <li>{@link io.pilothouse.core.host.ConnectionFactory#connect} opens a
 * {@link io.pilothouse.core.host.HostSession} over a unix socket, TCP with TLS, or SSH. It pings the
 * engine, refuses what is not a Docker engine ({@code NOT_DOCKER}) and engines older than API 1.40
 * ({@code API_TOO_OLD}), speaks the lower of the engine's API and 1.43, and reports
 * {@link io.pilothouse.core.host.EngineInfo} (latency = median of three pings).</li>
 * <li>TLS: the CA, client certificate and key are read from PEM files (PKCS#8 or PKCS#1/EC keys)
 * before anything connects; a missing file is named. The server's certificate must chain to the
 * profile's CA and be valid for the profile's host name: both are checked by our own trust manager,
 * whatever the HTTP client does on top.</li>
 * <li>Timeouts: the connect timeout bounds the TCP connect and the TLS handshake; the response
 * timeout bounds the wait for each response's head only, so log, event and attach streams may stay
 * silent as long as their reader wants (close them to end them). The same holds over SSH.</li>
 * <li>Every failure is a {@link io.pilothouse.core.host.ConnectionFailure} whose message names the
 * host and what to check; {@link io.pilothouse.core.host.ConnectionFailureTranslator} is the one
 * place that classifies exceptions.</li>
 * <li>{@link io.pilothouse.core.host.HostConnection} keeps a host connected on its own thread: a ping
 * every 5 s (a full probe every 30 s refreshes the status' info), DISCONNECTED with a next attempt
 * 1 s, 2 s, 4 s … 30 s away when the engine goes away, FAILED without retrying for failures only a
 * person can fix (certificates, keys, host keys, permissions, an old or non-Docker engine).</li>
 * </ul>
 */
package io.pilothouse.core.host;
