package io.pilothouse.core.logs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a point in time as a person types it for --since or "jump to": a duration back from now
 * ({@code 10m}, {@code 1h30m}, {@code 2d}, {@code 45s}), a date and time with or without zone
 * ({@code 2024-05-01T10:00:00Z}, {@code 2024-05-01 10:00}), a date, a time of day today
 * ({@code 14:05}, {@code 14:05:30}), or seconds since the epoch.
 */
public final class LogTime {

    private static final Pattern DURATION = Pattern.compile("(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    private LogTime() {
    }

    /** Nanoseconds since the epoch; an {@link IllegalArgumentException} says what is wrong. */
    public static long parse(String text, Instant now, ZoneId zone) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("No time given: write e.g. 10m, 2h, 2024-05-01T10:00:00Z or 14:05.");
        }
        Matcher d = DURATION.matcher(t);
        if (d.matches() && !t.isEmpty() && !t.chars().allMatch(Character::isDigit)) {
            Duration back = Duration.ofDays(num(d.group(1))).plusHours(num(d.group(2))).plusMinutes(num(d.group(3)))
                    .plusSeconds(num(d.group(4)));
            return nanos(now.minus(back));
        }
        if (t.matches("\\d{9,11}(\\.\\d{1,9})?")) {
            String[] parts = t.split("\\.");
            long frac = parts.length > 1 ? Long.parseLong((parts[1] + "000000000").substring(0, 9)) : 0;
            return Long.parseLong(parts[0]) * 1_000_000_000L + frac;
        }
        String iso = t.replace(' ', 'T');
        try {
            return nanos(OffsetDateTime.parse(iso).toInstant());
        } catch (DateTimeParseException ignored) {
            // no zone
        }
        try {
            return nanos(LocalDateTime.parse(iso).atZone(zone).toInstant());
        } catch (DateTimeParseException ignored) {
            // not a local date-time
        }
        try {
            return nanos(LocalDate.parse(iso).atStartOfDay(zone).toInstant());
        } catch (DateTimeParseException ignored) {
            // not a date
        }
        try {
            return nanos(LocalTime.parse(t).atDate(LocalDate.ofInstant(now, zone)).atZone(zone).toInstant());
        } catch (DateTimeParseException ignored) {
            // not a time of day
        }
        throw new IllegalArgumentException("Not a time: \"" + t + "\". Write a duration back from now (10m, 2h, 1d),"
                + " a date and time (2024-05-01T10:00:00Z, 2024-05-01 10:00), a time of day (14:05) or epoch seconds.");
    }

    private static long num(String g) {
        return g == null ? 0 : Long.parseLong(g);
    }

    private static long nanos(Instant i) {
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }
}
