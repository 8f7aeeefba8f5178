package io.pilothouse.core.host;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The environment a host belongs to (production, staging, development or a custom name), with the
 * colour that marks it on every window and tab.
 */
public record Environment(String name, String colour) {

    // before the constants below: static fields initialise in order, and the constructor needs these
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9 ._-]{0,39}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public static final Environment PRODUCTION = new Environment("production", "#c62828");
    public static final Environment STAGING = new Environment("staging", "#ef6c00");
    public static final Environment DEVELOPMENT = new Environment("development", "#2e7d32");
    public static final String CUSTOM_COLOUR = "#546e7a";

    @JsonCreator
    public Environment(@JsonProperty("name") String name, @JsonProperty("colour") String colour) {
        Objects.requireNonNull(name, "name");
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (!NAME.matcher(n).matches()) {
            throw new IllegalArgumentException("Environment name '" + name
                    + "' must be 1 to 40 letters, digits, spaces, dots, dashes or underscores");
        }
        String c = colour == null || colour.isBlank() ? defaultColour(n) : colour.trim();
        if (!COLOUR.matcher(c).matches()) {
            throw new IllegalArgumentException("Environment colour '" + colour + "' must look like #1a2b3c");
        }
        this.name = n;
        this.colour = c.toLowerCase(Locale.ROOT);
    }

    /** A known environment by name, or a custom one with the neutral colour. */
    public static Environment of(String name) {
        return new Environment(name, null);
    }

    public Environment withColour(String newColour) {
        return new Environment(name, newColour);
    }

    @JsonIgnore
    public boolean isProduction() {
        return PRODUCTION.name.equals(name);
    }

    private static String defaultColour(String name) {
        return switch (name) {
            case "production" -> PRODUCTION.colour;
            case "staging" -> STAGING.colour;
            case "development" -> DEVELOPMENT.colour;
            default -> CUSTOM_COLOUR;
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
