package dev.smskit.stub.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * The oracle's own reading of an SMS text (3GPP TS 23.038 and 23.040), written apart from the stub's
 * so that the fuzzer never judges the stub with the stub's code: which characters GSM 03.38 carries,
 * and how many segments a text takes.
 */
final class SmsText {

    // TS 23.038 §6.2.1, the default alphabet in table order (0x00 to 0x7F; 0x1B is the escape)
    private static final String DEFAULT_ALPHABET = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !\"#¤%&'()*+,-./"
            + "0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    // §6.2.1.1, the characters of the extension table that GSM phones show: escape plus one septet
    private static final String EXTENSION = "\f^{}\\[~]|€";

    private SmsText() {
    }

    /** Whether GSM 03.38 carries every character of the text. */
    static boolean gsm(String text) {
        return septets(text) != null;
    }

    /**
     * Segments of the text in its encoding: one holds 160 septets or 70 UTF-16 units; beyond that each
     * part holds 153 septets or 67 units, and no part splits an escape sequence or a surrogate pair.
     */
    static int segments(String text, boolean ucs2) {
        List<Integer> septets = ucs2 ? null : septets(text);
        boolean gsm = septets != null;
        List<Integer> units = gsm ? septets : text.codePoints().map(Character::charCount).boxed().toList();
        int total = units.stream().mapToInt(Integer::intValue).sum();
        if (total <= (gsm ? 160 : 70)) {
            return 1;
        }
        int parts = 0;
        int room = 0;
        for (int unit : units) {
            if (unit > room) {
                parts++;
                room = gsm ? 153 : 67;
            }
            room -= unit;
        }
        return parts;
    }

    /** Septets per character, or null when a character is not in GSM 03.38. */
    private static List<Integer> septets(String text) {
        List<Integer> septets = new ArrayList<>();
        for (char c : text.toCharArray()) {
            if (c != '\u001b' && DEFAULT_ALPHABET.indexOf(c) >= 0) {
                septets.add(1);
            } else if (EXTENSION.indexOf(c) >= 0) {
                septets.add(2);
            } else {
                return null;
            }
        }
        return septets;
    }
}
