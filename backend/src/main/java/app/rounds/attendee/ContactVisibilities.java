package app.rounds.attendee;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The owner's visibility setting for each contact field. */
@Schema(name = "ContactVisibilities")
public record ContactVisibilities(
        @Schema(required = true) @NotNull Visibility email,
        @Schema(required = true) @NotNull Visibility cellNumber,
        @Schema(required = true) @NotNull Visibility linkedinUrl,
        @Schema(required = true) @NotNull Visibility websiteUrl) {

    /** A direct line is for people one has met; public professional pages are for the whole room. */
    public static final ContactVisibilities DEFAULTS = new ContactVisibilities(
            Visibility.CONNECTIONS, Visibility.CONNECTIONS, Visibility.EVENT_ATTENDEES, Visibility.EVENT_ATTENDEES);
}
