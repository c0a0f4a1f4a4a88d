package app.rounds.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging part of every list request ({@code @Valid @BeanParam}): where the previous page ended and how many rows
 * to show. Positions are read through {@link CursorCodec}, the answer is written with {@link PageLinks}.
 */
public class PageRequest {

    /** The contract's description of every page's {@code nextCursor}. */
    public static final String NEXT_CURSOR = "Pass as `cursor` for the next page; absent on the last page";

    private static final int DEFAULT_SIZE = 20;
    private static final int MAX_SIZE = 100;

    @QueryParam("cursor")
    @Size(max = 200)
    @Parameter(description = "The `nextCursor` of the previous page, passed back as it came; absent for the first page."
            + " A cursor the service did not issue is refused (400).")
    String cursor;

    @QueryParam("limit")
    @DefaultValue("" + DEFAULT_SIZE)
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "How many rows the page shows at most")
    int limit;

    @Context
    UriInfo uri;

    public String cursor() {
        return cursor;
    }

    public int limit() {
        return limit;
    }

    /** One row more than shown, so the page knows whether another follows. */
    public int fetchSize() {
        return limit + 1;
    }

    UriInfo uri() {
        return uri;
    }
}
