package dev.smskit.stub.sms;

import java.util.ArrayList;
import java.util.List;

/**
 * How an SMS text travels: GSM 03.38 when every character is in the GSM 7-bit alphabet (the
 * extension table's characters take two septets), UCS-2 otherwise; and in how many segments. One
 * segment holds 160 septets or 70 UCS-2 characters; a longer text is split into parts of 153 septets
 * or 67 characters (the rest is the concatenation header), and an escape pair or a surrogate pair is
 * never split across two parts.
 */
public record EncodedText(Encoding encoding, int segments) {

    public enum Encoding {
        GSM(160, 153),
        UCS2(70, 67);

        private final int single;
        private final int perPart;

        Encoding(int single, int perPart) {
            this.single = single;
            this.perPart = perPart;
        }
    }

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "\f^{}\\[~]|€";

    public static EncodedText of(String text) {
        int[] septets = gsmSeptets(text);
        if (septets != null) {
            return new EncodedText(Encoding.GSM, segments(septets, Encoding.GSM));
        }
        return ucs2(text);
    }

    /** The text sent as UCS-2, whatever its characters. */
    public static EncodedText ucs2(String text) {
        return new EncodedText(Encoding.UCS2, segments(text.codePoints().map(Character::charCount).toArray(), Encoding.UCS2));
    }

    /** Septets of each character, or null when a character has no GSM 03.38 encoding. */
    private static int[] gsmSeptets(String text) {
        int[] septets = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (GSM_BASIC.indexOf(c) >= 0) {
                septets[i] = 1;
            } else if (GSM_EXTENSION.indexOf(c) >= 0) {
                septets[i] = 2;
            } else {
                return null;
            }
        }
        return septets;
    }

    /** One segment of a text: its characters and its size in septets (GSM) or UTF-16 code units (UCS-2). */
    public record Part(String text, int units) {
    }

    /**
     * A character worth pointing at: one that made the text UCS-2 ({@code forcedUcs2}), or a GSM
     * extension character that takes two septets.
     *
     * @param index where it is in the text, in code points
     */
    public record Mark(int index, String character, boolean forcedUcs2) {
    }

    /** The segments {@code text} travels in with this encoding, in order; as many as {@link #segments()}. */
    public List<Part> parts(String text) {
        int[] codePoints = text.codePoints().toArray();
        int[] units = new int[codePoints.length];
        for (int i = 0; i < codePoints.length; i++) {
            units[i] = encoding == Encoding.GSM ? septets(codePoints[i]) : Character.charCount(codePoints[i]);
        }
        List<Part> parts = new ArrayList<>();
        int start = 0;
        for (int end : ends(units, encoding)) {
            int size = 0;
            for (int i = start; i < end; i++) {
                size += units[i];
            }
            parts.add(new Part(new String(codePoints, start, end - start), size));
            start = end;
        }
        return parts;
    }

    /** The characters of {@code text} that forced UCS-2 or, in GSM, take two septets, in text order. */
    public List<Mark> marks(String text) {
        int[] codePoints = text.codePoints().toArray();
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < codePoints.length; i++) {
            int septets = septets(codePoints[i]);
            if (encoding == Encoding.UCS2 ? septets == 0 : septets == 2) {
                marks.add(new Mark(i, Character.toString(codePoints[i]), encoding == Encoding.UCS2));
            }
        }
        return marks;
    }

    /** Septets of a character in GSM 03.38, 0 if it has none. */
    private static int septets(int codePoint) {
        if (codePoint > Character.MAX_VALUE) {
            return 0;
        }
        return GSM_BASIC.indexOf(codePoint) >= 0 ? 1 : GSM_EXTENSION.indexOf(codePoint) >= 0 ? 2 : 0;
    }

    /** {@code units}: the size of each character that must stay whole. */
    private static int segments(int[] units, Encoding encoding) {
        return ends(units, encoding).size();
    }

    /** Where each segment ends, as an index into {@code units} (exclusive). */
    private static List<Integer> ends(int[] units, Encoding encoding) {
        int total = 0;
        for (int unit : units) {
            total += unit;
        }
        if (total <= encoding.single) {
            return List.of(units.length);
        }
        List<Integer> ends = new ArrayList<>();
        int used = 0;
        for (int i = 0; i < units.length; i++) {
            if (used + units[i] > encoding.perPart) {
                ends.add(i);
                used = 0;
            }
            used += units[i];
        }
        ends.add(units.length);
        return ends;
    }
}
