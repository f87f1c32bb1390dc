package dev.smskit.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Keeps credentials out of exception messages and logs. */
final class Redaction {

    /** Headers whose values are credentials ({@code user_key} names the account, so it stays). */
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "session_key", "access_token");

    private static final Pattern PASSWORD = Pattern.compile("([?&]password=)[^&#]*", Pattern.CASE_INSENSITIVE);

    private Redaction() {
    }

    /** The URL with the value of any {@code password} query parameter replaced by {@code ***}. */
    static String url(String url) {
        return url == null ? null : PASSWORD.matcher(url).replaceAll("$1***");
    }

    static boolean carriesPassword(String url) {
        return url != null && PASSWORD.matcher(url).find();
    }

    static boolean isSecretHeader(String name) {
        return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }
}
