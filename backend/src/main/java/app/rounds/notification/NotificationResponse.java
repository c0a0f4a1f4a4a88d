package app.rounds.notification;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.rounds.common.paging.PageRequest;

@Schema(name = "Notification")
public record NotificationResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) NotificationKind kind,
        @Schema(required = true) String message,
        UUID eventId,
        @Schema(required = true) OffsetDateTime createdAt,
        OffsetDateTime readAt) {

    static NotificationResponse of(Notification notification) {
        return new NotificationResponse(notification.id(), NotificationKind.valueOf(notification.kind()), notification.message(),
                notification.eventId(), notification.createdAt().atOffset(ZoneOffset.UTC),
                notification.readAt() == null ? null : notification.readAt().atOffset(ZoneOffset.UTC));
    }

    @Schema(name = "NotificationPage")
    public record Page(@Schema(required = true) List<NotificationResponse> items, @Schema(description = PageRequest.NEXT_CURSOR) String nextCursor) {
    }
}
