package nl.stagemakelaar.common;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The page and size of every list, as a {@code @BeanParam}: declared and parsed in one place. */
public class PageParams {

    @QueryParam("page")
    @Parameter(description = "Zero-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "Rows per page, at most " + Params.MAX_PAGE_SIZE,
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
    public String size;

    public PageRequest request() {
        return Params.page(page, size);
    }
}
