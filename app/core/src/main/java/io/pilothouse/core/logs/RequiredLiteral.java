package io.pilothouse.core.logs;

/**
 * The longest run of literal text that every match of a regular expression must contain, found by
 * reading the expression's top level only (not inside groups or classes) and taking a letter that
 * a quantifier may leave out off its run. Null when nothing is certain: an alternative at the top
 * level, inline flags, quoting, or no literal at all. It serves as a quick sieve before the
 * expression itself is tried; being too cautious only costs speed, never a match.
 */
final class RequiredLiteral {

    private RequiredLiteral() {
    }

    static String of(String regex) {
        if (regex.contains("\\Q")) {
            return null;
        }
        String best = "";
        StringBuilder run = new StringBuilder();
        int depth = 0;
        int i = 0;
        int n = regex.length();
        while (i < n) {
            char c = regex.charAt(i);
            switch (c) {
                case '\\' -> {
                    if (i + 1 >= n) {
                        return null;
                    }
                    char e = regex.charAt(i + 1);
                    if (depth == 0 && e < 0x80 && !Character.isLetterOrDigit(e)) {
                        run.append(e);
                    } else {
                        best = longer(best, run);
                    }
                    i += 2;
                    continue;
                }
                case '[' -> {
                    best = longer(best, run);
                    i = afterClass(regex, i);
                    continue;
                }
                case '(' -> {
                    best = longer(best, run);
                    if (i + 1 < n && regex.charAt(i + 1) == '?') {
                        char k = i + 2 < n ? regex.charAt(i + 2) : ' ';
                        if (k != ':' && k != '=' && k != '!' && k != '<' && k != '>') {
                            return null; // inline flags change how what follows matches
                        }
                    }
                    depth++;
                }
                case ')' -> {
                    best = longer(best, run);
                    depth = Math.max(0, depth - 1);
                }
                case '|' -> {
                    if (depth == 0) {
                        return null;
                    }
                }
                case '*', '?', '{' -> {
                    if (run.length() > 0) {
                        run.setLength(run.length() - 1);
                    }
                    best = longer(best, run);
                    if (c == '{') {
                        int close = regex.indexOf('}', i);
                        i = close < 0 ? n : close + 1;
                        continue;
                    }
                }
                case '+', '.', '^', '$' -> best = longer(best, run);
                default -> {
                    if (depth == 0 && c < 0x80) {
                        run.append(c);
                    } else {
                        best = longer(best, run);
                    }
                }
            }
            i++;
        }
        best = longer(best, run);
        return best.isEmpty() ? null : best;
    }

    /** Keeps the longer of the best so far and the run just ended, and starts a new run. */
    private static String longer(String best, StringBuilder run) {
        String r = run.toString();
        run.setLength(0);
        return r.length() > best.length() ? r : best;
    }

    /** The index after the character class opening at {@code open}. */
    private static int afterClass(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
        }
        int depth = 1;
        while (i < regex.length() && depth > 0) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
            i++;
        }
        return i;
    }
}
