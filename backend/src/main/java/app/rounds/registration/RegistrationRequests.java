package app.rounds.registration;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.rounds.common.paging.PageRequest;
import app.rounds.event.EventResponse;

/** The request and response shapes of registration and check-in. */
public final class RegistrationRequests {

    private RegistrationRequests() {
    }

    @Schema(name = "RegisterRequest", description = "Empty to register yourself; organizers name the attendee")
    public record Register(UUID attendeeId) {
    }

    @Schema(name = "UpdateRegistrationRequest")
    public record Update(@Schema(required = true, enumeration = {"REGISTERED", "CANCELLED"},
            description = "REGISTERED moves a waitlisted attendee into a free seat; CANCELLED removes the registration")
                         @NotNull RegistrationStatus status) {
    }

    @Schema(name = "CheckInRequest", description = "Exactly one of ticketToken (scanned QR code), ticketCode (typed from the"
            + " ticket; any case, hyphens and spaces ignored, I and L read as 1, O as 0; throttled) or registrationId (name search)")
    public record CheckInRequest(@Size(min = 8, max = 64) String ticketToken,
                                 @Schema(example = "7K3QD-9XWMB") @Size(max = 20) String ticketCode,
                                 UUID registrationId) {
    }

    @Schema(name = "CheckInResult")
    public record CheckInResult(@Schema(required = true) RegistrationResponse registration,
                                @Schema(required = true, description = "True when this attendee had already been checked in")
                                boolean alreadyCheckedIn) {
    }

    @Schema(name = "CheckInSummary", description = "The door's live picture of an event")
    public record CheckInSummary(
            @Schema(required = true, description = "Holding a seat, checked in or not") long registered,
            @Schema(required = true, description = "Checked in so far") long arrived,
            @Schema(required = true, description = "The latest check-ins, latest first") List<RegistrationResponse> latest) {
    }

    @Schema(name = "RegistrationPage")
    public record Page(@Schema(required = true) List<RegistrationResponse> items, @Schema(description = PageRequest.NEXT_CURSOR) String nextCursor) {
    }

    @Schema(name = "Ticket", description = "One of the caller's registrations with its event")
    public record Ticket(@Schema(required = true) RegistrationResponse registration, @Schema(required = true) EventResponse event) {
    }

    @Schema(name = "TicketPage")
    public record TicketPage(@Schema(required = true) List<Ticket> items, @Schema(description = PageRequest.NEXT_CURSOR) String nextCursor) {
    }
}
