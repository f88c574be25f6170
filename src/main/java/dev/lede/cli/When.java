package dev.lede.cli;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The WHEN of {@code --since} and {@code --until}, read against a clock (its zone is the one dates without an offset
 * are in: the system's, or a test's): {@code 2026-11-01} (the start of that day), {@code 2026-11-01T08:00} (local),
 * the same with {@code Z} or an offset, {@code now}, {@code today}, {@code yesterday} (the start of the day), and
 * {@code Nm}, {@code Nh}, {@code Nd}, {@code Nw} (that many minutes, hours, days or weeks before now).
 */
final class When {

    private static final Pattern AGO = Pattern.compile("([0-9]{1,18})([mhdw])");
    private static final long MINUTE = 60_000L;

    private When() {
    }

    /**
     * The moment {@code text} names, in milliseconds since the epoch.
     *
     * @param option the option it was given to, for the message
     * @throws LedeException with {@link ExitCode#USAGE} when it names none
     */
    static long parse(String option, String text, Clock clock) {
        try {
            return read(text, clock);
        } catch (DateTimeException | ArithmeticException e) {
            throw new LedeException(ExitCode.USAGE, option + ": cannot read the date '" + text
                    + "' (use 2026-11-01, yesterday, 7d or 12h)");
        }
    }

    private static long read(String text, Clock clock) {
        ZoneId zone = clock.getZone();
        switch (text) {
            case "now":
                return clock.millis();
            case "today":
                return LocalDate.now(clock).atStartOfDay(zone).toInstant().toEpochMilli();
            case "yesterday":
                return LocalDate.now(clock).minusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
            default:
                break;
        }
        Matcher ago = AGO.matcher(text);
        if (ago.matches()) {
            long unit = switch (ago.group(2)) {
                case "m" -> MINUTE;
                case "h" -> 60 * MINUTE;
                case "d" -> 24 * 60 * MINUTE;
                default -> 7 * 24 * 60 * MINUTE;
            };
            return Math.subtractExact(clock.millis(), Math.multiplyExact(Long.parseLong(ago.group(1)), unit));
        }
        if (text.indexOf('T') < 0) {
            return LocalDate.parse(text).atStartOfDay(zone).toInstant().toEpochMilli();
        }
        try {
            return OffsetDateTime.parse(text).toInstant().toEpochMilli();
        } catch (DateTimeException e) {
            return LocalDateTime.parse(text).atZone(zone).toInstant().toEpochMilli();
        }
    }
}
