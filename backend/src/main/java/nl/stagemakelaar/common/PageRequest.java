package nl.stagemakelaar.common;

/** Zero-based page number and a size capped at {@link Params#MAX_PAGE_SIZE}. */
public record PageRequest(int page, int size) {

    public int offset() {
        return page * size;
    }

    /** Limits the query to this page. */
    public <T> jakarta.persistence.TypedQuery<T> of(jakarta.persistence.TypedQuery<T> query) {
        return query.setFirstResult(offset()).setMaxResults(size);
    }
}
