package app.rounds.event;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EventPage")
public record EventPage(
        @Schema(required = true) List<EventResponse> items,
        @Schema(description = "Pass as `cursor` for the next page; absent on the last page") String nextCursor) {
}
