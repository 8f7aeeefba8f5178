package io.pilothouse.core.logs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tests a line against a {@link LogQuery}, on the line's raw UTF-8 bytes as the buffer keeps them.
 * Escape codes never match: a line that has some is looked at without them. Plain ASCII text is
 * looked for in the bytes without decoding them; a regular expression is tried only on the lines
 * that hold the longest piece of literal text every match must contain (see {@link RequiredLiteral}),
 * so most lines of a large log are never decoded. Only the lines that pass that test are decoded.
 */
public final class LineMatcher {

    private static final byte ESC = 0x1b;

    /** ASCII text every match contains (lower case when the case does not count), or null when none is known. */
    private final byte[] needle;
    /** Whether finding {@link #needle} is the whole test (plain text) or only a first sieve (expression). */
    private final boolean needleDecides;
    private final boolean caseSensitive;
    /** Letters whose case-insensitive Unicode match is not ASCII (k: Kelvin sign, s: long s): non-ASCII lines are decoded. */
    private final boolean foldsBeyondAscii;
    private final Pattern pattern;

    private LineMatcher(byte[] needle, boolean needleDecides, boolean caseSensitive, Pattern pattern) {
        this.needle = needle;
        this.needleDecides = needleDecides;
        this.caseSensitive = caseSensitive;
        this.pattern = pattern;
        boolean folds = false;
        if (needle != null && !caseSensitive) {
            for (byte b : needle) {
                folds |= b == 'k' || b == 's';
            }
        }
        this.foldsBeyondAscii = folds;
    }

    static LineMatcher of(LogQuery q) {
        int flags = q.caseSensitive() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        Pattern p = Pattern.compile(q.regex() ? q.text() : Pattern.quote(q.text()), flags);
        String literal = q.regex() ? RequiredLiteral.of(q.text()) : q.text();
        byte[] needle = null;
        if (literal != null && literal.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            needle = (q.caseSensitive() ? literal : literal.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.US_ASCII);
        }
        return new LineMatcher(needle, !q.regex(), q.caseSensitive(), p);
    }

    /** Whether the line (its raw UTF-8 bytes, escape codes in) holds a match in its shown text. */
    public boolean matches(byte[] raw) {
        if (needle == null) {
            return pattern.matcher(AnsiText.strip(new String(raw, StandardCharsets.UTF_8))).find();
        }
        byte[] shown = indexOf(raw, ESC) < 0 ? raw : stripEscapes(raw);
        if (needle.length > 0 && search(shown) < 0 && !(foldsBeyondAscii && !ascii(shown))) {
            return false;
        }
        if (needleDecides && (needle.length == 0 || search(shown) >= 0)) {
            return true;
        }
        return pattern.matcher(new String(shown, StandardCharsets.UTF_8)).find();
    }

    /** Whether the shown text (escape codes already out) holds a match. */
    public boolean matches(String plain) {
        return pattern.matcher(plain).find();
    }

    /** Where the matches are in the shown text: pairs of start (inclusive) and end (exclusive). */
    public List<int[]> ranges(String plain) {
        List<int[]> out = new ArrayList<>();
        Matcher m = pattern.matcher(plain);
        while (m.find()) {
            if (m.end() == m.start()) {
                if (m.end() >= plain.length()) {
                    break;
                }
                continue;
            }
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /** The bytes without the escape sequences {@link AnsiText} takes out (CSI, OSC up to BEL, other two-byte ones). */
    static byte[] stripEscapes(byte[] raw) {
        byte[] out = new byte[raw.length];
        int n = 0;
        int i = 0;
        while (i < raw.length) {
            byte c = raw[i];
            if (c != ESC) {
                out[n++] = c;
                i++;
            } else if (i + 1 < raw.length && raw[i + 1] == '[') {
                int j = i + 2;
                while (j < raw.length && (raw[j] < 0x40 || raw[j] > 0x7e)) {
                    j++;
                }
                i = j + 1;
            } else if (i + 1 < raw.length && raw[i + 1] == ']') {
                int j = i + 2;
                while (j < raw.length && raw[j] != 0x07) {
                    j++;
                }
                i = j + 1;
            } else {
                i += 2;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private int search(byte[] hay) {
        byte[] n = needle;
        byte lo = n[0];
        byte up = caseSensitive || lo < 'a' || lo > 'z' ? lo : (byte) (lo - 32);
        int last = hay.length - n.length;
        outer:
        for (int i = 0; i <= last; i++) {
            byte h = hay[i];
            if (h != lo && h != up) {
                continue;
            }
            for (int j = 1; j < n.length; j++) {
                byte c = hay[i + j];
                if (!caseSensitive && c >= 'A' && c <= 'Z') {
                    c += 32;
                }
                if (c != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean ascii(byte[] b) {
        for (byte v : b) {
            if (v < 0) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte v) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
