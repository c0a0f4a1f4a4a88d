package app.rounds.common.paging;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Builds a list response with the RFC 8288 {@code Link: <...>; rel="next"} header that mirrors {@code nextCursor}. */
public final class PageLinks {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private PageLinks() {
    }

    public static Response ok(Object page, String nextCursor, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(page);
        if (nextCursor != null) {
            String next = uri.getRequestUriBuilder().replaceQueryParam("cursor", nextCursor).build().toString();
            response.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return response.build();
    }
}
