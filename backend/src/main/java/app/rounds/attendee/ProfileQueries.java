package app.rounds.attendee;

/**
 * Plain SQL over profiles for features that read them in bulk without the entity (suggestions score every seated
 * attendee of an event in one statement). Only the professional facts: contact details are shown through
 * {@link ProfileDirectory} alone, under their visibility rules.
 */
public final class ProfileQueries {

    /**
     * Every saved profile's professional facts. Columns: {@code account_id, full_name, credentials, specialty_code,
     * subspecialty_code, practice_name, city, wants_referred, does_not_take, refers_out} (the lists as {@code text[]}),
     * and {@code photo_version} (null without a photo; see {@link ProfilePhotos#urlOf}).
     */
    public static final String PROFESSIONAL_FACTS = """
            (SELECT p.account_id, p.full_name, p.credentials, p.specialty_code, p.subspecialty_code, p.practice_name,
                    p.city, p.wants_referred, p.does_not_take, p.refers_out, ph.version AS photo_version
             FROM attendee_profile p LEFT JOIN profile_photo ph ON ph.account_id = p.account_id)""";

    private ProfileQueries() {
    }
}
