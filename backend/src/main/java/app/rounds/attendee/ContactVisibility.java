package app.rounds.attendee;

/**
 * The rule behind every response that carries a profile: who may see the profile at all, and which of its contact
 * fields. Levels widen in order: ONLY_ME, then CONNECTIONS, then EVENT_ATTENDEES, so a connection also sees what the
 * owner shows the whole room. Organizers see a profile and its EVENT_ATTENDEES fields, never what is kept for
 * connections or for the owner alone. The cell number needs more at the CONNECTIONS level: the owner's consent for
 * that one connection.
 */
public final class ContactVisibility {

    private ContactVisibility() {
    }

    /** How a viewer stands to a profile's owner; a viewer can be several of these at once. */
    public record Viewer(boolean isOwner, boolean isConnection, boolean hasCellConsent, boolean sharesAnEvent,
                         boolean isOrganizer, boolean isIntegration, boolean ownerSharesWithIntegrations) {

        public Viewer(boolean isOwner, boolean isConnection, boolean hasCellConsent, boolean sharesAnEvent,
                      boolean isOrganizer) {
            this(isOwner, isConnection, hasCellConsent, sharesAnEvent, isOrganizer, false, false);
        }

        /** The organizer's integration key: an organizer's view, but see {@link #maySeeDirectContact}. */
        public static Viewer integration(boolean ownerSharesWithIntegrations) {
            return new Viewer(false, false, false, false, true, true, ownerSharesWithIntegrations);
        }

        public static Viewer owner() {
            return new Viewer(true, false, false, false, false);
        }
    }

    /** Everyone else learns nothing, not even that the profile exists. */
    public static boolean maySeeProfile(Viewer viewer) {
        return viewer.isOwner() || viewer.isConnection() || viewer.sharesAnEvent() || viewer.isOrganizer();
    }

    public static boolean maySee(Visibility setting, Viewer viewer) {
        if (viewer.isOwner()) {
            return true;
        }
        return switch (setting) {
            case ONLY_ME -> false;
            case CONNECTIONS -> viewer.isConnection();
            case EVENT_ATTENDEES -> viewer.isConnection() || viewer.sharesAnEvent() || viewer.isOrganizer();
        };
    }

    /**
     * A connection sees a CONNECTIONS-level cell number only while the owner consents for that connection; at
     * EVENT_ATTENDEES the owner already shows it to the whole room, so consent adds nothing.
     */
    public static boolean maySeeCell(Visibility setting, Viewer viewer) {
        if (viewer.isIntegration()) {
            return maySeeDirectContact(setting, viewer);
        }
        if (setting == Visibility.CONNECTIONS && !viewer.isOwner()) {
            return viewer.isConnection() && viewer.hasCellConsent();
        }
        return maySee(setting, viewer);
    }

    /**
     * Email and cell number reach the organizer's integrations only while the owner opted in to sharing them there,
     * whatever else the owner shows organizers; a field kept for the owner alone stays hidden even then.
     */
    public static boolean maySeeDirectContact(Visibility setting, Viewer viewer) {
        if (viewer.isIntegration()) {
            return viewer.ownerSharesWithIntegrations() && setting != Visibility.ONLY_ME;
        }
        return maySee(setting, viewer);
    }
}
