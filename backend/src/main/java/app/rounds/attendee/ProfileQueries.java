package app.rounds.attendee;

/**
 * Plain SQL over profiles for features that read them in bulk without the entity (suggestions score every seated
 * attendee of an event in one statement). Only the professional facts: contact details are shown through
 * {@link ProfileDirectory} alone, under their visibility rules.
 */
public final class ProfileQueries {

    /**
     * Every saved profile's professional facts. Columns: {@code account_id, full_name, credentials, specialty_code,
     * subspecialty_code, practice_name, city, wants_referred, does_not_take, refers_out} (the lists as {@code text[]}).
     */
    public static final String PROFESSIONAL_FACTS = """
            (SELECT account_id, full_name, credentials, specialty_code, subspecialty_code, practice_name, city,
                    wants_referred, does_not_take, refers_out
             FROM attendee_profile)""";

    private ProfileQueries() {
    }
}
