package app.rounds.common.paging;

import jakarta.ws.rs.core.Response;

/** Builds a list response with the RFC 8288 {@code Link: <...>; rel="next"} header that mirrors {@code nextCursor}. */
public final class PageLinks {

    private PageLinks() {
    }

    public static Response ok(Object body, Slice<?> page, PageRequest request) {
        Response.ResponseBuilder response = Response.ok(body);
        if (page.nextCursor() != null) {
            String next = request.uri().getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build().toString();
            response.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return response.build();
    }
}
