package io.pilothouse.core.workflows.upgrade;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks a registry (v2 API) which manifest digest a tag points to now: HEAD of the manifest with the
 * manifest and index media types, {@code Docker-Content-Digest}; Basic or Bearer-token login when the
 * registry asks for it. Loopback registries are spoken to over plain HTTP, others over HTTPS.
 */
public final class RegistryDigests {

    private static final String ACCEPT = String.join(", ",
            "application/vnd.docker.distribution.manifest.list.v2+json",
            "application/vnd.docker.distribution.manifest.v2+json",
            "application/vnd.oci.image.index.v1+json",
            "application/vnd.oci.image.manifest.v1+json");
    private static final Pattern PARAM = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final RegistryCredentials credentials;
    private final Duration timeout;

    public RegistryDigests(RegistryCredentials credentials, Duration timeout) {
        this.credentials = credentials;
        this.timeout = timeout;
    }

    /** The digest the registry has for {@code ref}'s tag; throws with a sentence when it cannot tell. */
    public String digest(ImageReference ref) throws IOException, InterruptedException {
        String host = ref.registry().equals(ImageReference.DOCKER_HUB) ? "registry-1.docker.io" : ref.registry();
        String scheme = isLoopback(host) ? "http" : "https";
        URI uri = URI.create(scheme + "://" + host + "/v2/" + ref.path() + "/manifests/"
                + (ref.digest() != null ? ref.digest() : ref.tag()));
        HttpResponse<byte[]> r = send(uri, null);
        if (r.statusCode() == 401) {
            String auth = authorization(r.headers().firstValue("WWW-Authenticate").orElse(""), ref);
            r = send(uri, auth);
        }
        if (r.statusCode() == 404) {
            throw new IOException(ref + " is not in the registry " + host + " (no such tag)");
        }
        if (r.statusCode() == 401 || r.statusCode() == 403) {
            throw new IOException("The registry " + host + " refused to show " + ref + " (HTTP " + r.statusCode()
                    + "): log in with docker login " + host);
        }
        if (r.statusCode() >= 300) {
            throw new IOException("The registry " + host + " answered HTTP " + r.statusCode() + " for " + ref);
        }
        Optional<String> header = r.headers().firstValue("Docker-Content-Digest");
        if (header.isPresent()) {
            return header.get();
        }
        HttpResponse<byte[]> full = sendGet(uri, r.request().headers().firstValue("Authorization").orElse(null));
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(full.body()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<byte[]> send(URI uri, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", ACCEPT)
                .method("HEAD", HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.net.ConnectException e) {
            throw new IOException("The registry " + uri.getAuthority() + " cannot be reached (connection refused)", e);
        }
    }

    private HttpResponse<byte[]> sendGet(URI uri, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", ACCEPT).GET();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String authorization(String challenge, ImageReference ref) throws IOException, InterruptedException {
        Optional<String> login = credentials.userPassword(ref.registry());
        String basic = login.map(l -> "Basic " + Base64.getEncoder().encodeToString(l.getBytes(StandardCharsets.UTF_8))).orElse(null);
        if (challenge.regionMatches(true, 0, "Basic", 0, 5)) {
            return basic;
        }
        Map<String, String> params = new LinkedHashMap<>();
        Matcher m = PARAM.matcher(challenge);
        while (m.find()) {
            params.put(m.group(1), m.group(2));
        }
        String realm = params.get("realm");
        if (realm == null) {
            return basic;
        }
        String scope = params.getOrDefault("scope", "repository:" + ref.path() + ":pull");
        StringBuilder q = new StringBuilder(realm).append(realm.contains("?") ? "&" : "?")
                .append("scope=").append(URLEncoder.encode(scope, StandardCharsets.UTF_8));
        if (params.containsKey("service")) {
            q.append("&service=").append(URLEncoder.encode(params.get("service"), StandardCharsets.UTF_8));
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(q.toString())).timeout(timeout).GET();
        if (basic != null) {
            b.header("Authorization", basic);
        }
        HttpResponse<String> token = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (token.statusCode() != 200) {
            throw new IOException("The registry's token service " + URI.create(realm).getHost() + " refused a token for "
                    + ref + " (HTTP " + token.statusCode() + ")");
        }
        var node = new ObjectMapper().readTree(token.body());
        String value = node.hasNonNull("token") ? node.get("token").asText() : node.path("access_token").asText();
        return "Bearer " + value;
    }

    static boolean isLoopback(String hostPort) {
        String host = hostPort.startsWith("[") ? hostPort.substring(1, hostPort.indexOf(']'))
                : hostPort.contains(":") ? hostPort.substring(0, hostPort.lastIndexOf(':')) : hostPort;
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }
}
