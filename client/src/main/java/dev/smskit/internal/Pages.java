package dev.smskit.internal;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy stream over a paginated list: a page is fetched only when the stream reaches it, so
 * {@code limit(n)} or {@code findFirst()} stop fetching early.
 */
public final class Pages {

    private Pages() {
    }

    /**
     * One fetched page.
     *
     * @param items the items of this page, in order
     * @param next fetches the following page; {@code null} on the last page
     * @param <T> the item type
     */
    public record Page<T>(List<T> items, Supplier<Page<T>> next) {
        /**
         * The last page of a list.
         *
         * @param items the items of this page
         * @param <T> the item type
         * @return a page without a next one
         */
        public static <T> Page<T> last(List<T> items) {
            return new Page<>(items, null);
        }
    }

    /**
     * Streams the items of every page, fetching each page on demand.
     *
     * @param first fetches the first page (called when the stream is first consumed)
     * @param <T> the item type
     * @return an ordered, sequential stream
     */
    public static <T> Stream<T> stream(Supplier<Page<T>> first) {
        Iterator<T> items = new Iterator<>() {
            private Supplier<Page<T>> next = first;
            private Iterator<T> current = List.<T>of().iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && next != null) {
                    Page<T> page = next.get();
                    current = page.items() == null ? List.<T>of().iterator() : page.items().iterator();
                    next = page.next();
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false);
    }
}
