package nl.stagemakelaar.common;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: the shape every list endpoint returns. Long lists count their rows only up to a limit:
 * {@code totalExact = false} means there are more than {@code total}.
 */
public record PageResult<T>(List<T> items, int page, int size, long total,
        @Schema(description = "false when the list has more rows than total (long lists count up to a limit)")
        boolean totalExact) {

    public static <E, T> PageResult<T> of(List<E> rows, PageRequest request, long total, Function<E, T> map) {
        return of(rows, request, new Total(total, true), map);
    }

    public static <E, T> PageResult<T> of(List<E> rows, PageRequest request, Total total, Function<E, T> map) {
        return new PageResult<>(rows.stream().map(map).toList(), request.page(), request.size(), total.value(),
                total.exact());
    }
}
