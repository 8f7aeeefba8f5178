package io.pilothouse.core.workflows.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient.Request;
import com.github.dockerjava.transport.DockerHttpClient.Response;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The engine's API as JSON, through the session's own HTTP client: an upgrade copies a container's
 * configuration field by field, including fields the typed client does not know, so it reads and
 * writes the engine's JSON as it is.
 */
public final class EngineApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY = 16 * 1024 * 1024;

    private final DockerHttpClient http;

    public EngineApi(DockerHttpClient http) {
        this.http = http;
    }

    public static EngineApi of(DockerClient docker) {
        if (docker instanceof DockerClientImpl impl) {
            return new EngineApi(impl.getHttpClient());
        }
        throw new IllegalArgumentException("This client gives no access to the engine's HTTP API");
    }

    public JsonNode get(String path) {
        return call(Request.Method.GET, path, null);
    }

    public JsonNode post(String path, JsonNode body) {
        return call(Request.Method.POST, path, body);
    }

    /** A GET or POST with the X-Registry-Auth header (null for none): the engine asks a registry on our behalf. */
    public JsonNode withRegistryAuth(boolean post, String path, JsonNode body, String registryAuth) {
        return call(post ? Request.Method.POST : Request.Method.GET, path, body, registryAuth);
    }

    public void delete(String path) {
        call(Request.Method.DELETE, path, null);
    }

    /** True when the engine has the object at {@code path} (GET answers 200), false on 404. */
    public boolean exists(String path) {
        try {
            get(path);
            return true;
        } catch (EngineRequestFailed e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        }
    }

    /**
     * POSTs and reads the answer as a stream of JSON lines (an image pull), handing each to {@code lines};
     * an {@code error} line ends it with an {@link EngineRequestFailed}. {@code onOpen} gets a hook that
     * closes the stream (for a cancel). {@code registryAuth}: the X-Registry-Auth header, or null.
     */
    public void postStream(String path, Consumer<JsonNode> lines, Consumer<Runnable> onOpen, String registryAuth) {
        Request.Builder builder = Request.builder().method(Request.Method.POST).path(path);
        if (registryAuth != null) {
            builder.headers(Map.of("X-Registry-Auth", registryAuth));
        }
        Request request = builder.build();
        try (Response response = http.execute(request)) {
            if (response.getStatusCode() >= 300) {
                throw failure(path, response.getStatusCode(), readAll(response.getBody()));
            }
            onOpen.accept(() -> {
                try {
                    response.close();
                } catch (Exception ignored) {
                    // already closed
                }
            });
            BufferedReader reader = new BufferedReader(new InputStreamReader(response.getBody(), StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                if (node.hasNonNull("error")) {
                    throw new EngineRequestFailed(500, node.get("error").asText());
                }
                lines.accept(node);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The engine's answer to " + path + " broke off: " + e.getMessage(), e);
        }
    }

    private JsonNode call(Request.Method method, String path, JsonNode body) {
        return call(method, path, body, null);
    }

    private JsonNode call(Request.Method method, String path, JsonNode body, String registryAuth) {
        Request.Builder b = Request.builder().method(method).path(path);
        Map<String, String> headers = new java.util.HashMap<>();
        if (registryAuth != null) {
            headers.put("X-Registry-Auth", registryAuth);
        }
        if (method == Request.Method.POST && body != null) {
            byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
            headers.put("Content-Type", "application/json");
            b.body(new ByteArrayInputStream(bytes));
        }
        if (!headers.isEmpty()) {
            b.headers(headers);
        }
        try (Response response = http.execute(b.build())) {
            String text = readAll(response.getBody());
            if (response.getStatusCode() >= 300) {
                throw failure(path, response.getStatusCode(), text);
            }
            return text.isBlank() ? JsonNodeFactory.instance.objectNode() : JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("The engine's answer to " + path + " could not be read: " + e.getMessage(), e);
        }
    }

    private static EngineRequestFailed failure(String path, int status, String text) {
        String message = text;
        try {
            JsonNode node = JSON.readTree(text);
            if (node != null && node.hasNonNull("message")) {
                message = node.get("message").asText();
            }
        } catch (IOException ignored) {
            // not JSON: the text as it is
        }
        return new EngineRequestFailed(status, message.isBlank() ? "HTTP " + status + " to " + path : message.strip());
    }

    private static String readAll(InputStream in) throws IOException {
        if (in == null) {
            return "";
        }
        byte[] bytes = in.readNBytes(MAX_BODY);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8)
                .replace("%2F", "/").replace("%3A", ":").replace("%40", "@");
    }
}
