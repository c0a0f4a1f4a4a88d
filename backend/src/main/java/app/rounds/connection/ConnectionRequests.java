package app.rounds.connection;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request and small response shapes of connections, connect codes and notes. */
public final class ConnectionRequests {

    private ConnectionRequests() {
    }

    @Schema(name = "ScanRequest")
    public record Scan(@Schema(required = true, maxLength = 100, description = "The code read from the other attendee's QR code,"
            + " or its short form typed by hand (any case, hyphens and spaces ignored, I and L read as 1, O as 0; throttled)")
                       @NotBlank @Size(max = 100) String code) {
    }

    @Schema(name = "CellConsentRequest")
    public record CellConsentChoice(@Schema(required = true, enumeration = {"GRANTED", "REFUSED"},
            description = "Whether this connection may see the caller's cell number (when kept for connections)")
                                    @NotNull CellConsent consent) {
    }

    @Schema(name = "ConnectCode", description = "Shown as a QR code; whoever attends the same event and scans it is connected")
    public record Code(@Schema(required = true, description = "The secret the QR code carries, as the link /c/{code}") String code,
                       @Schema(required = true, description = "The typed fallback: ten characters of Crockford base32 in two groups of five",
                               example = "7K3QD-9XWMB") String shortCode,
                       @Schema(required = true) UUID eventId,
                       @Schema(required = true) OffsetDateTime expiresAt) {
    }

    @Schema(name = "NoteRequest")
    public record Note(@Schema(required = true, maxLength = 4000,
            description = "About the colleague, never about a patient") @NotBlank @Size(max = 4000) String body) {
    }
}
