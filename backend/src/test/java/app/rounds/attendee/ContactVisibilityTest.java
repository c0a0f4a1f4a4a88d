package app.rounds.attendee;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import app.rounds.attendee.ContactVisibility.Viewer;

class ContactVisibilityTest {

    private static final Viewer OWNER = Viewer.owner();
    private static final Viewer CONNECTION = new Viewer(false, true, false, false, false);
    private static final Viewer CO_ATTENDEE = new Viewer(false, false, false, true, false);
    private static final Viewer ORGANIZER = new Viewer(false, false, false, false, true);
    private static final Viewer CONSENTED_CONNECTION = new Viewer(false, true, true, false, false);
    private static final Viewer STRANGER = new Viewer(false, false, false, false, false);

    @ParameterizedTest
    @EnumSource(Visibility.class)
    void ownerSeesEveryField(Visibility setting) {
        assertThat(ContactVisibility.maySee(setting, OWNER)).isTrue();
    }

    @Test
    void onlyMeIsSeenByTheOwnerAlone() {
        assertThat(ContactVisibility.maySee(Visibility.ONLY_ME, CONNECTION)).isFalse();
        assertThat(ContactVisibility.maySee(Visibility.ONLY_ME, CO_ATTENDEE)).isFalse();
        assertThat(ContactVisibility.maySee(Visibility.ONLY_ME, ORGANIZER)).isFalse();
        assertThat(ContactVisibility.maySee(Visibility.ONLY_ME, new Viewer(false, true, true, true, true))).isFalse();
    }

    @Test
    void connectionsLevelIsSeenByConnectionsOnly() {
        assertThat(ContactVisibility.maySee(Visibility.CONNECTIONS, CONNECTION)).isTrue();
        assertThat(ContactVisibility.maySee(Visibility.CONNECTIONS, CO_ATTENDEE)).isFalse();
        assertThat(ContactVisibility.maySee(Visibility.CONNECTIONS, STRANGER)).isFalse();
    }

    @Test
    void organizersDoNotSeeWhatIsKeptForConnections() {
        assertThat(ContactVisibility.maySee(Visibility.CONNECTIONS, ORGANIZER)).isFalse();
        assertThat(ContactVisibility.maySee(Visibility.CONNECTIONS, new Viewer(false, false, false, true, true))).isFalse();
    }

    @Test
    void eventAttendeesLevelIsSeenByCoAttendeesOrganizersAndConnections() {
        assertThat(ContactVisibility.maySee(Visibility.EVENT_ATTENDEES, CO_ATTENDEE)).isTrue();
        assertThat(ContactVisibility.maySee(Visibility.EVENT_ATTENDEES, ORGANIZER)).isTrue();
        assertThat(ContactVisibility.maySee(Visibility.EVENT_ATTENDEES, CONNECTION)).isTrue();
        assertThat(ContactVisibility.maySee(Visibility.EVENT_ATTENDEES, STRANGER)).isFalse();
    }

    @Test
    void profileItselfIsHiddenOnlyFromStrangers() {
        assertThat(ContactVisibility.maySeeProfile(OWNER)).isTrue();
        assertThat(ContactVisibility.maySeeProfile(CONNECTION)).isTrue();
        assertThat(ContactVisibility.maySeeProfile(CO_ATTENDEE)).isTrue();
        assertThat(ContactVisibility.maySeeProfile(ORGANIZER)).isTrue();
        assertThat(ContactVisibility.maySeeProfile(STRANGER)).isFalse();
    }

    @Test
    void cellKeptForConnectionsNeedsTheOwnersConsentForThatConnection() {
        assertThat(ContactVisibility.maySeeCell(Visibility.CONNECTIONS, CONSENTED_CONNECTION)).isTrue();
        assertThat(ContactVisibility.maySeeCell(Visibility.CONNECTIONS, CONNECTION)).isFalse();
        assertThat(ContactVisibility.maySeeCell(Visibility.CONNECTIONS, CO_ATTENDEE)).isFalse();
        assertThat(ContactVisibility.maySeeCell(Visibility.CONNECTIONS, ORGANIZER)).isFalse();
        assertThat(ContactVisibility.maySeeCell(Visibility.CONNECTIONS, OWNER)).isTrue();
    }

    @Test
    void cellShownToTheRoomNeedsNoConsent() {
        assertThat(ContactVisibility.maySeeCell(Visibility.EVENT_ATTENDEES, CONNECTION)).isTrue();
        assertThat(ContactVisibility.maySeeCell(Visibility.EVENT_ATTENDEES, CO_ATTENDEE)).isTrue();
        assertThat(ContactVisibility.maySeeCell(Visibility.ONLY_ME, CONSENTED_CONNECTION)).isFalse();
    }

    @Test
    void integrationsSeeEmailAndCellOnlyWhenTheOwnerOptedIn() {
        Viewer notOptedIn = Viewer.integration(false);
        Viewer optedIn = Viewer.integration(true);
        assertThat(ContactVisibility.maySeeDirectContact(Visibility.EVENT_ATTENDEES, notOptedIn)).isFalse();
        assertThat(ContactVisibility.maySeeCell(Visibility.EVENT_ATTENDEES, notOptedIn)).isFalse();
        assertThat(ContactVisibility.maySeeDirectContact(Visibility.CONNECTIONS, optedIn)).isTrue();
        assertThat(ContactVisibility.maySeeCell(Visibility.CONNECTIONS, optedIn)).isTrue();
        assertThat(ContactVisibility.maySeeDirectContact(Visibility.ONLY_ME, optedIn)).isFalse();
        assertThat(ContactVisibility.maySee(Visibility.EVENT_ATTENDEES, notOptedIn)).as("links, as organizers see them").isTrue();
        assertThat(ContactVisibility.maySeeDirectContact(Visibility.EVENT_ATTENDEES, ORGANIZER)).isTrue();
    }
}
