package app.rounds.event;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.rounds.common.paging.PageRequest;

@Schema(name = "EventPage")
public record EventPage(
        @Schema(required = true) List<EventResponse> items,
        @Schema(description = PageRequest.NEXT_CURSOR) String nextCursor) {
}
