package nl.stagemakelaar.common;

import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** The responses that carry a version: the ETag is always the view's own version. */
public final class Responses {

    private Responses() {
    }

    /** 200 with the ETag to send back in If-Match. */
    public static <T extends Versioned> RestResponse<T> versioned(T view) {
        return RestResponse.ResponseBuilder.ok(view).tag(Etags.of(view.version())).build();
    }

    /** 201 with the new record's location in {@code collection} and its ETag. */
    public static <T extends Versioned.Addressable> RestResponse<T> created(String collection, T view) {
        return RestResponse.ResponseBuilder.<T>created(URI.create(collection + "/" + view.id())).entity(view)
                .tag(Etags.of(view.version())).build();
    }
}
