package dev.smskit.ip1.v2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RFC 8288 parsing, including the cases a split on commas gets wrong. */
class LinkHeaderTest {

    @Test
    void readsTheDocumentedExample() {
        String header = "<https://api.ip1sms.com/v2/batches?start=201&limit=100&order=ASC>; rel=\"next\", "
                + "<https://api.ip1sms.com/v2/batches?start=4901&limit=100&order=ASC>; rel=\"last\"";

        assertThat(LinkHeader.parse(header)).extracting(LinkHeader.Link::target).containsExactly(
                "https://api.ip1sms.com/v2/batches?start=201&limit=100&order=ASC",
                "https://api.ip1sms.com/v2/batches?start=4901&limit=100&order=ASC");
        assertThat(LinkHeader.target(List.of(header), "next"))
                .contains("https://api.ip1sms.com/v2/batches?start=201&limit=100&order=ASC");
        assertThat(LinkHeader.target(List.of(header), "prev")).isEmpty();
    }

    @Test
    void commasAndSemicolonsInsideTargetsAndQuotedStringsDoNotSplit() {
        String header = "</a?x=1,2;3>; title=\"one, two; three\"; rel=\"prev\", </b>; rel=next";

        List<LinkHeader.Link> links = LinkHeader.parse(header);

        assertThat(links).hasSize(2);
        assertThat(links.get(0).target()).isEqualTo("/a?x=1,2;3");
        assertThat(links.get(0).params()).isEqualTo(Map.of("title", "one, two; three", "rel", "prev"));
        assertThat(LinkHeader.target(List.of(header), "next")).contains("/b");
    }

    @Test
    void relationTypesAreSpaceSeparatedAndCaseInsensitive() {
        assertThat(LinkHeader.target(List.of("</p3>; REL=\"Last NEXT\""), "next")).contains("/p3");
    }

    @Test
    void linksMaySpreadOverSeveralHeaderLines() {
        assertThat(LinkHeader.target(List.of("</first>; rel=first", "</next>; rel=next"), "next")).contains("/next");
    }

    @Test
    void aRepeatedParameterKeepsItsFirstValueAndEscapesAreRead() {
        List<LinkHeader.Link> links = LinkHeader.parse("</x>; rel=next; rel=prev; title=\"say \\\"hi\\\"\"");

        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.rels()).containsExactly("next");
            assertThat(link.params()).containsEntry("title", "say \"hi\"");
        });
    }

    @Test
    void malformedLinkValuesAreSkipped() {
        String header = "garbage, <https://x/ok>; rel=next, <unclosed; rel=last";

        assertThat(LinkHeader.parse(header)).extracting(LinkHeader.Link::target).containsExactly("https://x/ok");
        assertThat(LinkHeader.parse("")).isEmpty();
        assertThat(LinkHeader.target(null, "next")).isEmpty();
    }
}
