package app.rounds.message;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EventMessageRequest", description = "A mail from the organizers to everyone holding a seat at the event")
public record EventMessageRequest(
        @Schema(required = true, maxLength = EventMessageRequest.SUBJECT_MAX, description = "One line",
                example = "Parking at the Atrium tonight")
        @NotBlank @Size(max = SUBJECT_MAX) @Pattern(regexp = "[^\\r\\n]*", message = "must be one line") String subject,
        @Schema(required = true, maxLength = EventMessageRequest.TEXT_MAX, description = "Plain text; line breaks are kept",
                example = "The garage on Harbor Street validates tickets until midnight.")
        @NotBlank @Size(max = TEXT_MAX) String text) {

    static final int SUBJECT_MAX = 150;
    static final int TEXT_MAX = 5000;
}
