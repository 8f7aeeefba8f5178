package io.pilothouse.core.logs;

import java.util.ArrayList;
import java.util.List;

/**
 * A log line's text with its ANSI SGR escape codes turned into style spans (colours 8/16, 256 and
 * 24-bit, bold, italic, underline, resets); other escape sequences are dropped. Made when a line is
 * shown, never when it is read.
 */
public record AnsiText(String plain, List<StyleSpan> spans) {

    private static final int[] PALETTE = {
        0x000000, 0xcd3131, 0x0dbc79, 0xe5e510, 0x2472c8, 0xbc3fbc, 0x11a8cd, 0xe5e5e5,
        0x666666, 0xf14c4c, 0x23d18b, 0xf5f543, 0x3b8eea, 0xd670d6, 0x29b8db, 0xffffff};

    public AnsiText {
        spans = List.copyOf(spans);
    }

    /** The text without escape codes. */
    public static String strip(String raw) {
        return raw.indexOf('\u001b') < 0 ? raw : parse(raw).plain();
    }

    public static AnsiText parse(String raw) {
        if (raw.indexOf('\u001b') < 0) {
            return new AnsiText(raw, List.of());
        }
        StringBuilder plain = new StringBuilder(raw.length());
        List<StyleSpan> spans = new ArrayList<>();
        Style style = new Style();
        int spanStart = 0;
        int i = 0;
        int n = raw.length();
        while (i < n) {
            char c = raw.charAt(i);
            if (c != '\u001b') {
                plain.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && raw.charAt(i + 1) == '[') {
                int j = i + 2;
                while (j < n && (raw.charAt(j) < 0x40 || raw.charAt(j) > 0x7e)) {
                    j++;
                }
                if (j >= n) {
                    i = n;
                    break;
                }
                if (raw.charAt(j) == 'm') {
                    Style before = style.copy();
                    style.apply(raw.substring(i + 2, j));
                    if (!style.equals(before)) {
                        addSpan(spans, before, spanStart, plain.length());
                        spanStart = plain.length();
                    }
                }
                i = j + 1;
            } else if (i + 1 < n && raw.charAt(i + 1) == ']') {
                int j = raw.indexOf('\u0007', i);
                i = j < 0 ? n : j + 1;
            } else {
                i += 2;
            }
        }
        addSpan(spans, style, spanStart, plain.length());
        return new AnsiText(plain.toString(), spans);
    }

    private static void addSpan(List<StyleSpan> spans, Style s, int start, int end) {
        if (end > start) {
            StyleSpan span = new StyleSpan(start, end, s.fg, s.bg, s.bold, s.italic, s.underline);
            if (!span.isPlain()) {
                spans.add(span);
            }
        }
    }

    /** The 256-colour palette entry as 0xRRGGBB. */
    static int xterm(int index) {
        if (index < 16) {
            return PALETTE[Math.max(0, index)];
        }
        if (index < 232) {
            int v = index - 16;
            int[] level = {0, 95, 135, 175, 215, 255};
            return level[v / 36] << 16 | level[v / 6 % 6] << 8 | level[v % 6];
        }
        int g = 8 + (Math.min(index, 255) - 232) * 10;
        return g << 16 | g << 8 | g;
    }

    private static final class Style {
        int fg = -1;
        int bg = -1;
        boolean bold;
        boolean italic;
        boolean underline;

        Style copy() {
            Style s = new Style();
            s.fg = fg;
            s.bg = bg;
            s.bold = bold;
            s.italic = italic;
            s.underline = underline;
            return s;
        }

        void apply(String params) {
            String[] parts = params.isEmpty() ? new String[] {"0"} : params.split("[;:]", -1);
            for (int k = 0; k < parts.length; k++) {
                int p = parts[k].isEmpty() ? 0 : parseInt(parts[k]);
                if (p == 0) {
                    fg = -1;
                    bg = -1;
                    bold = italic = underline = false;
                } else if (p == 1) {
                    bold = true;
                } else if (p == 3) {
                    italic = true;
                } else if (p == 4) {
                    underline = true;
                } else if (p == 22) {
                    bold = false;
                } else if (p == 23) {
                    italic = false;
                } else if (p == 24) {
                    underline = false;
                } else if (p >= 30 && p <= 37) {
                    fg = PALETTE[p - 30];
                } else if (p >= 90 && p <= 97) {
                    fg = PALETTE[p - 90 + 8];
                } else if (p >= 40 && p <= 47) {
                    bg = PALETTE[p - 40];
                } else if (p >= 100 && p <= 107) {
                    bg = PALETTE[p - 100 + 8];
                } else if (p == 39) {
                    fg = -1;
                } else if (p == 49) {
                    bg = -1;
                } else if ((p == 38 || p == 48) && k + 1 < parts.length) {
                    int mode = parseInt(parts[k + 1]);
                    int colour = -1;
                    if (mode == 5 && k + 2 < parts.length) {
                        colour = xterm(parseInt(parts[k + 2]));
                        k += 2;
                    } else if (mode == 2 && k + 4 < parts.length) {
                        colour = (clamp(parseInt(parts[k + 2])) << 16) | (clamp(parseInt(parts[k + 3])) << 8)
                                | clamp(parseInt(parts[k + 4]));
                        k += 4;
                    } else {
                        k++;
                    }
                    if (p == 38) {
                        fg = colour;
                    } else {
                        bg = colour;
                    }
                }
            }
        }

        private static int clamp(int v) {
            return Math.max(0, Math.min(255, v));
        }

        private static int parseInt(String s) {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Style s && s.fg == fg && s.bg == bg && s.bold == bold && s.italic == italic
                    && s.underline == underline;
        }

        @Override
        public int hashCode() {
            return fg * 31 + bg;
        }
    }
}
