package dev.smskit.stub.smsend;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Optional;

/**
 * The date formats smsend lists for its date fields (ddMMyy, yyyyMMdd, ddMMyyHHmm, yyyyMMddHHmmss,
 * yyyy-MM-dd HH:mm, yyyy-MM-dd HH:mm.0), read strictly: no 31 February.
 */
final class SmsendDates {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            "ddMMuu", "uuuuMMdd", "ddMMuuHHmm", "uuuuMMddHHmmss", "uuuu-MM-dd HH:mm", "uuuu-MM-dd HH:mm'.0'").stream()
            .map(pattern -> DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT))
            .toList();

    private SmsendDates() {
    }

    /** The date and time the text gives in one of the formats (a date alone is midnight), if it does. */
    static Optional<LocalDateTime> parse(String text) {
        for (DateTimeFormatter format : FORMATS) {
            try {
                TemporalAccessor parsed = format.parseBest(text, LocalDateTime::from, LocalDate::from);
                return Optional.of(parsed instanceof LocalDate date ? date.atStartOfDay() : (LocalDateTime) parsed);
            } catch (DateTimeParseException notThisFormat) {
                // try the next one
            }
        }
        return Optional.empty();
    }
}
