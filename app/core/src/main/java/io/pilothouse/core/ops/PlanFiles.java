package io.pilothouse.core.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Reads and writes plan files: YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}), holding a
 * {@link PlanRequest} with its {@code kind}. Bad files fail with a sentence that names the file and
 * what is wrong; writing goes through a temporary file so a half-written plan never replaces a good one.
 */
public final class PlanFiles {

    private final PlanFactoryRegistry registry;
    private final ObjectMapper yaml;
    private final ObjectMapper json;

    public PlanFiles(PlanFactoryRegistry registry) {
        this.registry = registry;
        this.yaml = configure(new ObjectMapper(new YAMLFactory()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .disable(YAMLGenerator.Feature.USE_NATIVE_TYPE_ID)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)));
        this.json = configure(new ObjectMapper()).enable(SerializationFeature.INDENT_OUTPUT);
    }

    private ObjectMapper configure(ObjectMapper m) {
        m.registerModule(new JavaTimeModule());
        m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        registry.subtypes().forEach(m::registerSubtypes);
        return m;
    }

    private ObjectMapper mapperFor(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") ? json : yaml;
    }

    /** The request as YAML text. */
    public String toYaml(PlanRequest request) {
        try {
            return yaml.writerFor(PlanRequest.class).writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The plan cannot be written: " + e.getOriginalMessage(), e);
        }
    }

    /** The request as JSON text. */
    public String toJson(PlanRequest request) {
        try {
            return json.writerFor(PlanRequest.class).writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The plan cannot be written: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes the request to {@code file} (JSON when it ends in .json, YAML otherwise). */
    public void write(Path file, PlanRequest request) {
        registry.kindOf(request);
        String text = mapperFor(file) == json ? toJson(request) : toYaml(request);
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".plan-", ".part");
            try {
                Files.writeString(tmp, text);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the plan file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a plan file; every problem is an {@link IllegalArgumentException} with a sentence. */
    public PlanRequest read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("There is no plan file " + file);
        } catch (IOException e) {
            throw new IllegalArgumentException("The plan file " + file + " cannot be read: " + e.getMessage());
        }
        return parse(text, file.toString(), mapperFor(file));
    }

    /** Reads a plan from YAML (or JSON, which is YAML too). */
    public PlanRequest parseYaml(String text, String source) {
        return parse(text, source, yaml);
    }

    private PlanRequest parse(String text, String source, ObjectMapper mapper) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("The plan file " + source + " is empty");
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The plan file " + source + " is not valid "
                    + (mapper == json ? "JSON" : "YAML") + ": " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        }
        if (tree == null || !tree.isObject()) {
            throw new IllegalArgumentException("The plan file " + source + " must hold a mapping with kind, host and the plan's parameters");
        }
        JsonNode kind = tree.get("kind");
        if (kind == null || !kind.isTextual() || kind.asText().isBlank()) {
            throw new IllegalArgumentException("The plan file " + source + " does not say which kind of plan it is (kind: one of "
                    + String.join(", ", registry.kinds()) + ")");
        }
        if (!registry.kinds().contains(kind.asText())) {
            throw new IllegalArgumentException("The plan file " + source + " is of kind '" + kind.asText()
                    + "', which this version does not know (known: " + String.join(", ", registry.kinds()) + ")");
        }
        PlanRequest request;
        try {
            request = mapper.treeToValue(tree, PlanRequest.class);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException("The plan file " + source + " has '" + e.getPropertyName()
                    + "', which a " + kind.asText() + " plan does not take");
        } catch (com.fasterxml.jackson.databind.exc.ValueInstantiationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalArgumentException("The plan file " + source + ": " + cause.getMessage(), e);
        } catch (InvalidTypeIdException e) {
            throw new IllegalArgumentException("The plan file " + source + " is of an unknown kind: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The plan file " + source + " is not a valid " + kind.asText() + " plan: "
                    + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The plan file " + source + ": " + e.getMessage(), e);
        }
        if (request.host() == null || request.host().isBlank()) {
            throw new IllegalArgumentException("The plan file " + source + " does not say which host it runs on (host: NAME)");
        }
        return request;
    }
}
