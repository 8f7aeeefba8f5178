package io.pilothouse.desktop.ui.details;

import java.util.List;
import java.util.Locale;

/**
 * Which configuration values to hide until the user asks: values of keys that look like secrets
 * (PASSWORD, SECRET, TOKEN, KEY, CREDENTIAL, ...), matched as words of the key, case ignored.
 */
public final class SecretMask {

    public static final String MASK = "••••••••";

    private static final List<String> WORDS = List.of("PASSWORD", "PASSWD", "PASS", "SECRET", "TOKEN", "KEY",
            "CREDENTIAL", "CREDENTIALS", "PRIVATE", "AUTH", "APIKEY", "SALT", "DSN");

    private SecretMask() {
    }

    /** True for DB_PASSWORD, api-key, AWS_SECRET_ACCESS_KEY, GITHUB_TOKEN, MYSQL_ROOT_PASSWORD_FILE...; false for KEYBOARD_LAYOUT, PATH. */
    public static boolean looksSecret(String key) {
        if (key == null || key.isBlank()) {
            return false;
        }
        String upper = key.toUpperCase(Locale.ROOT);
        for (String part : upper.split("[^A-Z0-9]+")) {
            if (WORDS.contains(part) || part.endsWith("PASSWORD") || part.endsWith("SECRET") || part.endsWith("TOKEN")
                    || part.endsWith("APIKEY")) {
                return true;
            }
        }
        return false;
    }

    /** The value to show: the mask for a secret-looking key with a value, unless revealed. */
    public static String shown(String key, String value, boolean revealed) {
        if (revealed || value == null || value.isEmpty() || !looksSecret(key)) {
            return value == null ? "" : value;
        }
        return MASK;
    }

    /** A URL's password ("postgres://app:hunter2@db/app") is masked too, whatever the key. */
    public static String maskUrlPassword(String value) {
        if (value == null) {
            return "";
        }
        return value.replaceAll("(://[^:/@\\s]+:)[^@/\\s]+@", "$1" + MASK + "@");
    }
}
