package io.pilothouse.core.terminal;

import java.util.LinkedHashMap;
import java.util.Map;

/** Who holds a maintenance lock and since when, as written beside the locked path. */
public record LockHolder(String path, String who, String since, String session) {

    static final String UNKNOWN = "unknown";

    /** Reads {@code who=... since=... session=...} (words; the who may not contain blanks). */
    public static LockHolder parse(String path, String info) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String word : info.strip().split("\\s+")) {
            int eq = word.indexOf('=');
            if (eq > 0) {
                fields.put(word.substring(0, eq), word.substring(eq + 1));
            }
        }
        return new LockHolder(path, fields.getOrDefault("who", UNKNOWN), fields.getOrDefault("since", UNKNOWN),
                fields.getOrDefault("session", ""));
    }

    public String sentence() {
        if (UNKNOWN.equals(who) && UNKNOWN.equals(since)) {
            return path + " is locked by a process that left no maintenance note beside it (not a Pilothouse session),"
                    + " and stayed locked for " + (LockHolderScript.BUSY_TRIES / 5) + " s";
        }
        return path + " is locked by " + who + " since " + since;
    }
}
