package dev.smskit.ip1.v2;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads RFC 8288 {@code Link} headers: {@code <uri>; rel="next"; title="a, b", <uri2>; rel=last}.
 * Commas and semicolons inside {@code <...>} or quoted strings do not split, a {@code rel} may hold
 * several space-separated relation types, relation types and parameter names are compared without
 * regard to case, and a parameter given twice keeps its first value (section 3.3). Malformed
 * link-values are skipped rather than failing the whole header.
 */
final class LinkHeader {

    /** One link-value: its target as written and its parameters (names in lower case). */
    record Link(String target, Map<String, String> params) {
        Set<String> rels() {
            String rel = params.get("rel");
            return rel == null ? Set.of() : Set.of(rel.toLowerCase(Locale.ROOT).trim().split("\\s+"));
        }
    }

    private LinkHeader() {
    }

    /** The target of the first link with relation type {@code rel} among all given header values. */
    static Optional<String> target(Collection<String> headerValues, String rel) {
        if (headerValues == null) {
            return Optional.empty();
        }
        String wanted = rel.toLowerCase(Locale.ROOT);
        return headerValues.stream()
                .flatMap(value -> parse(value).stream())
                .filter(link -> link.rels().contains(wanted))
                .map(Link::target)
                .findFirst();
    }

    static List<Link> parse(String header) {
        List<Link> links = new ArrayList<>();
        Cursor in = new Cursor(header);
        while (in.skip(" \t,")) {
            if (in.peek() != '<' || in.indexOf('>') < 0) {
                in.skipPast(',');
                continue;
            }
            int end = in.indexOf('>');
            String target = header.substring(in.pos + 1, end).strip();
            in.pos = end + 1;
            Map<String, String> params = new LinkedHashMap<>();
            while (in.skip(" \t") && in.peek() == ';') {
                in.pos++;
                in.skip(" \t");
                String name = in.token().toLowerCase(Locale.ROOT);
                String value = "";
                if (in.skip(" \t") && in.peek() == '=') {
                    in.pos++;
                    in.skip(" \t");
                    value = in.peek() == '"' ? in.quoted() : in.token();
                }
                if (!name.isEmpty()) {
                    params.putIfAbsent(name, value);
                }
            }
            if (in.more() && in.peek() != ',') {
                in.skipPast(',');
                continue;
            }
            links.add(new Link(target, params));
        }
        return links;
    }

    private static final class Cursor {
        private final String text;
        private int pos;

        Cursor(String text) {
            this.text = text == null ? "" : text;
        }

        boolean more() {
            return pos < text.length();
        }

        char peek() {
            return text.charAt(pos);
        }

        int indexOf(char c) {
            return text.indexOf(c, pos);
        }

        /** Skips the given characters; says whether anything is left. */
        boolean skip(String chars) {
            while (more() && chars.indexOf(peek()) >= 0) {
                pos++;
            }
            return more();
        }

        void skipPast(char c) {
            int at = indexOf(c);
            pos = at < 0 ? text.length() : at + 1;
        }

        String token() {
            int start = pos;
            while (more() && "=;,\" \t".indexOf(peek()) < 0) {
                pos++;
            }
            return text.substring(start, pos);
        }

        String quoted() {
            StringBuilder value = new StringBuilder();
            pos++;
            while (more() && peek() != '"') {
                if (peek() == '\\' && pos + 1 < text.length()) {
                    pos++;
                }
                value.append(peek());
                pos++;
            }
            pos++;
            return value.toString();
        }
    }
}
