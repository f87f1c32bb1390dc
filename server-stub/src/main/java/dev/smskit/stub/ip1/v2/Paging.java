package dev.smskit.stub.ip1.v2;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import dev.smskit.stub.web.StubError;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * V2's database-style paging of every list: {@code start} (offset), {@code limit} and {@code order}
 * pick a page of a list kept oldest first; the body is the page as a bare array and an RFC 8288
 * {@code Link} header names the first, previous, next and last pages. Range checks of
 * {@code start} and {@code limit} are the generated interfaces' Bean Validation.
 */
record Paging(int start, int limit, String order) {

    static Paging of(Integer start, Integer limit, String order) {
        if (!order.equals("ASC") && !order.equals("DESC")) {
            throw V2ErrorAdvice.invalidPaging("order must be ASC or DESC, not '" + order + "'.");
        }
        return new Paging(start, limit, order);
    }

    /**
     * The requested page of {@code oldestFirst}, each item rendered, with its {@code Link} header;
     * a 404 titled {@code nothingToList} when the list is empty or {@code start} is past its end.
     */
    <T, R> ResponseEntity<List<R>> answer(List<T> oldestFirst, Function<? super T, R> render,
            HttpServletRequest request, String nothingToList, String emptyDetail) {
        if (oldestFirst.isEmpty()) {
            throw new StubError(HttpStatus.NOT_FOUND, nothingToList, emptyDetail);
        }
        int total = oldestFirst.size();
        if (start >= total) {
            throw new StubError(HttpStatus.NOT_FOUND, nothingToList,
                    "There are " + total + " to list; there are none from start=" + start + ".");
        }
        List<T> ordered = oldestFirst;
        if (order.equals("DESC")) {
            ordered = new ArrayList<>(oldestFirst);
            Collections.reverse(ordered);
        }
        List<R> page = ordered.subList(start, Math.min(total, start + limit)).stream().<R>map(render).toList();
        return ResponseEntity.ok().header(HttpHeaders.LINK, links(request, total)).body(page);
    }

    /** RFC 8288 links to the first, previous, next and last pages, each with the same limit and order. */
    private String links(HttpServletRequest request, int total) {
        // the request URL is parsed once; each link is a copy with its own paging parameters
        UriComponentsBuilder page = ServletUriComponentsBuilder.fromRequest(request)
                .replaceQueryParam("start")
                .replaceQueryParam("limit")
                .replaceQueryParam("order");
        List<String> links = new ArrayList<>();
        links.add(link(page, 0, "first"));
        if (start > 0) {
            links.add(link(page, Math.max(0, start - limit), "prev"));
        }
        if (start + limit < total) {
            links.add(link(page, start + limit, "next"));
        }
        int last = start + ((total - 1 - start) / limit) * limit;
        links.add(link(page, last, "last"));
        return String.join(", ", links);
    }

    private String link(UriComponentsBuilder page, int pageStart, String rel) {
        String url = page.cloneBuilder()
                .queryParam("start", pageStart)
                .queryParam("limit", limit)
                .queryParam("order", order)
                .build()
                .toUriString();
        return "<" + url + ">; rel=\"" + rel + "\"";
    }
}
