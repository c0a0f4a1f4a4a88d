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
        OffsetDateTime readAt,
        @Schema(description = "Whom the news is about: the colleague who asked, accepted, scanned...") UUID personId,
        @Schema(description = "That colleague's name as it was when the news happened", example = "Dr. Dana Reyes") String personName,
        @Schema(description = "The introduction the news is about") UUID introductionId,
        @Schema(description = "The connection the news is about (made by a scan, or by an accepted introduction)") UUID connectionId) {

    static NotificationResponse of(Notification notification) {
        NotificationSubject subject = notification.subject();
        return new NotificationResponse(notification.id(), NotificationKind.valueOf(notification.kind()), notification.message(),
                notification.eventId(), notification.createdAt().atOffset(ZoneOffset.UTC),
                notification.readAt() == null ? null : notification.readAt().atOffset(ZoneOffset.UTC),
                subject.personId(), subject.personName(), subject.introductionId(), subject.connectionId());
    }

    @Schema(name = "NotificationPage")
    public record Page(@Schema(required = true) List<NotificationResponse> items, @Schema(description = PageRequest.NEXT_CURSOR) String nextCursor,
            @Schema(required = true, description = "How many of all the caller's notifications are unread (not only on this page)") long unreadCount) {
    }

    @Schema(name = "NotificationsMarkedRead")
    public record MarkedRead(@Schema(required = true, description = "How many unread notifications were marked read") int marked) {
    }
}
