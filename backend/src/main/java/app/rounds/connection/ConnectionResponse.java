package app.rounds.connection;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.rounds.attendee.AttendeeProfileResponse;
import app.rounds.common.paging.PageRequest;

/** A connection as one of its two sides sees it: the other person, where and how they met, and both consents. */
@Schema(name = "Connection")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConnectionResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "The other physician's profile, with the contact fields they show the caller")
        AttendeeProfileResponse person,
        @Schema(required = true) ConnectionOrigin origin,
        @Schema(required = true, description = "The event where the two met") UUID eventId,
        @Schema(required = true) String eventTitle,
        @Schema(description = "The accepted introduction that made the connection, if one did") UUID introductionId,
        @Schema(required = true) OffsetDateTime connectedAt,
        @Schema(required = true, description = "Whether the caller shows this connection their cell number")
        CellConsent myCellConsent,
        @Schema(required = true, description = "Whether this connection shows the caller their cell number")
        CellConsent theirCellConsent) {

    static ConnectionResponse of(ConnectionRepository.Row row, UUID caller, AttendeeProfileResponse person) {
        Connection connection = row.connection();
        return new ConnectionResponse(connection.id(), person, connection.origin(), connection.eventId(), row.eventTitle(),
                connection.introductionId(), connection.createdAt().atOffset(ZoneOffset.UTC),
                connection.cellConsentOf(caller), connection.cellConsentOf(connection.otherThan(caller)));
    }

    @Schema(name = "ConnectionPage")
    public record Page(@Schema(required = true) List<ConnectionResponse> items, @Schema(description = PageRequest.NEXT_CURSOR) String nextCursor) {
    }
}
