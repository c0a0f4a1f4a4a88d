package app.rounds.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MailRendererTest {

    private static final Map<String, Object> DATA = Map.ofEntries(
            Map.entry("eventId", "7f8a2c1e-0000-4000-8000-000000000001"),
            Map.entry("eventTitle", "Boston <Retina> & Friends"),
            Map.entry("when", "Thursday, December 3, 2026, 6:30 PM EST"),
            Map.entry("venueName", "Harbor Room"),
            Map.entry("venueAddress", "100 Light St"),
            Map.entry("requesterName", "Dr. Amara Okafor"),
            Map.entry("otherName", "Dr. Julien Tremblay"),
            Map.entry("brokerName", "Rounds organizers"),
            Map.entry("reason", "We refer to each other's specialties"),
            Map.entry("token", "abc123"),
            Map.entry("minutes", 30),
            Map.entry("days", 14),
            Map.entry("url", "https://crm.example.org/hooks/rounds"),
            Map.entry("description", "Practice CRM"),
            Map.entry("failingSince", "Thursday, December 3, 2026, 6:30 PM UTC"),
            Map.entry("count", 2),
            Map.entry("subject", "Parking at the Atrium tonight"),
            Map.entry("text", "The garage validates tickets.\nUntil midnight."),
            Map.entry("tasks", java.util.List.of(
                    Map.of("label", "Send a card", "who", "Dr. Amara Okafor", "eventTitle", "Boston mixer", "due", "Wed 9 Dec, 9:00 AM EST"),
                    Map.of("label", "Call", "who", "Dr. Amara Okafor", "eventTitle", "Boston mixer", "due", "Wed 9 Dec, 9:00 AM EST"))));

    @Inject
    MailRenderer renderer;

    @ParameterizedTest
    @EnumSource(MailKind.class)
    void everyKindRendersASubjectHtmlAndTextWithALinkIntoTheApp(MailKind kind) {
        var mail = renderer.render(kind, UUID.randomUUID(), "Dr. Dana Reyes", DATA);

        assertThat(mail.subject()).isNotBlank().doesNotContain("{").doesNotContain("\n");
        assertThat(mail.html()).startsWith("<!DOCTYPE html>").contains("Dear Dr. Dana Reyes").contains("href=\"http://localhost:8080/");
        assertThat(mail.text()).contains("Dear Dr. Dana Reyes").contains("http://localhost:8080/").doesNotContain("<p");
    }

    @Test
    void htmlEscapesWhatUsersTypedAndTextKeepsIt() {
        var mail = renderer.render(MailKind.EVENT_CANCELLED, UUID.randomUUID(), "Dr. Dana Reyes", DATA);

        assertThat(mail.subject()).isEqualTo("Boston <Retina> & Friends is cancelled");
        assertThat(mail.html()).contains("Boston &lt;Retina&gt; &amp; Friends").doesNotContain("<Retina>");
        assertThat(mail.text()).contains("Boston <Retina> & Friends");
    }

    @Test
    void remindersCarryOneClickUnsubscribeHeadersAndOtherMailDoesNot() {
        UUID recipient = UUID.randomUUID();
        var reminder = renderer.render(MailKind.EVENT_TOMORROW, recipient, "Dr. Dana Reyes", DATA);
        var introduction = renderer.render(MailKind.INTRODUCTION_REQUESTED, recipient, "Dr. Dana Reyes", DATA);

        assertThat(reminder.headers().get("List-Unsubscribe")).matches("<http://localhost:8080/api/v1/mail/unsubscribe/[A-Za-z0-9_-]+>");
        assertThat(reminder.headers()).containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        assertThat(reminder.text()).contains("Stop these reminders: http://localhost:8080/unsubscribe/");
        assertThat(introduction.headers()).isEmpty();
        assertThat(introduction.text()).doesNotContain("Stop these reminders");
    }
}
