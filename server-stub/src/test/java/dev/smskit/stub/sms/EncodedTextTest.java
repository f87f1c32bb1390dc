package dev.smskit.stub.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import dev.smskit.stub.sms.EncodedText.Encoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GSM 03.38 / UCS-2 encoding and segment counting. */
class EncodedTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // text (built below)                     ; encoding ; segments
            "a×1                                       ; GSM      ; 1",
            "a×160                                     ; GSM      ; 1",
            "a×161                                     ; GSM      ; 2",
            "a×306                                     ; GSM      ; 2",
            "a×307                                     ; GSM      ; 3",
            "a×459                                     ; GSM      ; 3",
            "a×460                                     ; GSM      ; 4",
            "@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ!¤¡ÄÖÑÜ§¿äöñüà ; GSM      ; 1",
            "€×80                                      ; GSM      ; 1",
            "€×81                                      ; GSM      ; 2",
            "{}[]~|^\\×10                              ; GSM      ; 1",
            "{}[]~|^\\×10+a                            ; GSM      ; 2",
            "a×152+€                                   ; GSM      ; 1",
            "a×159+€                                   ; GSM      ; 2",
            "a×152+€+a×152                             ; GSM      ; 3",
            "ç×1                                       ; UCS2     ; 1",
            "ж×70                                      ; UCS2     ; 1",
            "ж×71                                      ; UCS2     ; 2",
            "ж×134                                     ; UCS2     ; 2",
            "ж×135                                     ; UCS2     ; 3",
            "a×69+ж                                    ; UCS2     ; 1",
            "😀×35                                     ; UCS2     ; 1",
            "😀×36                                     ; UCS2     ; 2",
            "a×66+😀                                   ; UCS2     ; 1",
            "a×66+😀+a×66                              ; UCS2     ; 3",
            "a×65+😀+a×10                              ; UCS2     ; 2"})
    void encodesAndCountsSegments(String recipe, Encoding encoding, int segments) {
        EncodedText text = EncodedText.of(build(recipe));

        assertThat(text.encoding()).isEqualTo(encoding);
        assertThat(text.segments()).isEqualTo(segments);
        // the parts the inbox shows are those segments, and nothing of the text is lost between them
        List<EncodedText.Part> parts = text.parts(build(recipe));
        assertThat(parts).hasSize(segments);
        assertThat(parts.stream().map(EncodedText.Part::text).collect(Collectors.joining())).isEqualTo(build(recipe));
        int most = segments == 1 ? (encoding == Encoding.GSM ? 160 : 70) : (encoding == Encoding.GSM ? 153 : 67);
        assertThat(parts).allSatisfy(part -> assertThat(part.units()).isBetween(1, most));
    }

    @Test
    void marksTheCharactersThatForceUcs2OrTakeTwoSeptets() {
        assertThat(EncodedText.of("Price: 5€ [x]").marks("Price: 5€ [x]")).extracting(EncodedText.Mark::toString)
                .containsExactly("Mark[index=8, character=€, forcedUcs2=false]",
                        "Mark[index=10, character=[, forcedUcs2=false]", "Mark[index=12, character=], forcedUcs2=false]");
        // in UCS-2 every character is one unit (two for a surrogate pair): only what forced it is marked
        assertThat(EncodedText.of("5€ 😀 ж").marks("5€ 😀 ж")).extracting(EncodedText.Mark::toString)
                .containsExactly("Mark[index=3, character=😀, forcedUcs2=true]", "Mark[index=5, character=ж, forcedUcs2=true]");
        assertThat(EncodedText.ucs2("plain").marks("plain")).isEmpty();
    }

    /** {@code a×3+€} → {@code aaa€}. */
    private static String build(String recipe) {
        StringBuilder text = new StringBuilder();
        for (String part : recipe.split("\\+")) {
            int times = part.lastIndexOf('×');
            text.append(times < 0 ? part : part.substring(0, times).repeat(Integer.parseInt(part.substring(times + 1))));
        }
        return text.toString();
    }
}
