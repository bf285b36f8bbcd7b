package cn.renda.core;

import java.util.List;
import java.util.function.Function;

/** One page of a list, as the API returns it: {@code {"items":[…],"page":0,"size":20,"total":123}}. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** A page built from its request. */
    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(List.copyOf(items), request.page(), request.size(), total);
    }

    /** The same page with its items mapped. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }

    /** Number of pages. */
    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    /** Whether a later page exists. */
    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    /** Whether an earlier page exists. */
    public boolean hasPrevious() {
        return page > 0;
    }
}
