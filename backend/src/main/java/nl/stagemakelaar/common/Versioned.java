package nl.stagemakelaar.common;

/** A view of a record people edit: its version goes out as the ETag and comes back in If-Match. */
public interface Versioned {

    int version();

    /** A versioned record that has its own address ({@code <collection>/<id>}). */
    interface Addressable extends Versioned {

        java.util.UUID id();
    }
}
