package nl.stagemakelaar.common;

/** Zero-based page number and a size capped at {@link Params#MAX_PAGE_SIZE}. */
public record PageRequest(int page, int size) {

    public int offset() {
        return page * size;
    }

    /** How far a list counts its rows: 1,000, or five pages past this one when the caller pages further. */
    public int countLimit() {
        return Math.max(COUNT_LIMIT, offset() + 5 * size);
    }

    static final int COUNT_LIMIT = 1000;

    /** Limits the query to this page. */
    public <T> jakarta.persistence.TypedQuery<T> of(jakarta.persistence.TypedQuery<T> query) {
        return query.setFirstResult(offset()).setMaxResults(size);
    }
}
