package nl.stagemakelaar.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the shape every list endpoint returns. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public static <E, T> PageResult<T> of(List<E> rows, PageRequest request, long total, Function<E, T> map) {
        return new PageResult<>(rows.stream().map(map).toList(), request.page(), request.size(), total);
    }
}
