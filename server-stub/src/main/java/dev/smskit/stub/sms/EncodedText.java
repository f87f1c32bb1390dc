package dev.smskit.stub.sms;

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

    /** {@code units}: the size of each character that must stay whole. */
    private static int segments(int[] units, Encoding encoding) {
        int total = 0;
        for (int unit : units) {
            total += unit;
        }
        if (total <= encoding.single) {
            return 1;
        }
        int segments = 1;
        int used = 0;
        for (int unit : units) {
            if (used + unit > encoding.perPart) {
                segments++;
                used = 0;
            }
            used += unit;
        }
        return segments;
    }
}
