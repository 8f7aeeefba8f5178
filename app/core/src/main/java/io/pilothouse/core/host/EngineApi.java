package io.pilothouse.core.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient.Request;
import com.github.dockerjava.transport.DockerHttpClient.Response;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Lean reads of the engine's HTTP API over the session's own connections: a GET whose JSON answer
 * comes back as a tree, for reading many objects at once (a snapshot inspects every container)
 * where docker-java's full model costs more than the engine takes to answer. Each answer is read
 * in full, so its connection goes back to the pool; the response head is bounded by the session's
 * response timeout like every other call. Errors are docker-java's: {@link NotFoundException} for
 * 404, {@link DockerException} with the engine's message for any other failure status.
 */
public final class EngineApi {

    /** Larger answers are refused rather than held in memory. */
    static final int MAX_ANSWER_BYTES = 64 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DockerHttpClient http;
    private final String prefix;

    /** @param apiVersion the API version the session speaks, e.g. "1.41" */
    EngineApi(DockerHttpClient http, String apiVersion) {
        this.http = Objects.requireNonNull(http, "http");
        this.prefix = "/v" + Objects.requireNonNull(apiVersion, "apiVersion");
    }

    /** GET {@code path} (below the version prefix, e.g. {@code /containers/ID/json}) and parse the answer. */
    public JsonNode get(String path) {
        Request request = Request.builder().method(Request.Method.GET).path(prefix + path).build();
        try (Response response = http.execute(request)) {
            byte[] body = read(response.getBody(), path);
            int status = response.getStatusCode();
            if (status == 404) {
                throw new NotFoundException(message(body, status, path));
            }
            if (status < 200 || status >= 300) {
                throw new DockerException(message(body, status, path), status);
            }
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the engine's answer to GET " + path + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * GET {@code path} and hand back the answer's body as it streams (a followed log): closing the
     * stream ends the request. Only the response head is bounded by the timeout; an error status is
     * thrown as {@link #get} does.
     */
    public InputStream stream(String path) {
        Request request = Request.builder().method(Request.Method.GET).path(prefix + path).build();
        Response response = http.execute(request);
        try {
            int status = response.getStatusCode();
            if (status < 200 || status >= 300) {
                byte[] body = read(response.getBody(), path);
                response.close();
                throw status == 404 ? new NotFoundException(message(body, status, path))
                        : new DockerException(message(body, status, path), status);
            }
            InputStream body = response.getBody() == null ? InputStream.nullInputStream() : response.getBody();
            return new java.io.FilterInputStream(body) {
                /** Ends the request at once: closing the body alone would read a followed stream to its end first. */
                @Override
                public void close() {
                    response.close();
                }
            };
        } catch (IOException e) {
            closeQuietly(response);
            throw new UncheckedIOException("Reading the engine's answer to GET " + path + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * A container's files under {@code path} as the engine's tar stream (GET /containers/ID/archive),
     * as {@link #stream} hands it back: closing it ends the request at once, where docker-java's
     * stream reads the rest of the archive before it closes.
     */
    public InputStream archive(String container, String path) {
        return stream("/containers/" + URLEncoder.encode(container, StandardCharsets.UTF_8) + "/archive?path="
                + URLEncoder.encode(path, StandardCharsets.UTF_8));
    }

    private static void closeQuietly(Response response) {
        try {
            response.close();
        } catch (RuntimeException ignored) {
            // the request failed already
        }
    }

    private static byte[] read(InputStream in, String path) throws IOException {
        if (in == null) {
            return new byte[0];
        }
        byte[] body = in.readNBytes(MAX_ANSWER_BYTES + 1);
        if (body.length > MAX_ANSWER_BYTES) {
            throw new IOException("the answer to GET " + path + " is larger than " + MAX_ANSWER_BYTES / (1024 * 1024)
                    + " MiB");
        }
        return body;
    }

    /** The engine's {"message": ...} when it sent one, else the status. */
    private static String message(byte[] body, int status, String path) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node != null && node.hasNonNull("message")) {
                return node.get("message").asText();
            }
        } catch (IOException ignored) {
            // not JSON: fall through to the plain text
        }
        String text = new String(body, StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? "HTTP " + status + " to GET " + path : text;
    }
}
