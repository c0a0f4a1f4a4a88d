package app.rounds.suggestion;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What scoring reads of one attendee. Tags (already normalised by the profile) and the city are ids of one
 * {@link Interner}; the specialty is its {@link ReferralFit} index (-1 when unknown), the city id -1 when none is given.
 */
public record AttendeeFacts(UUID id, String fullName, int specialty, int city, String cityName,
                            int[] wantsReferred, int[] doesNotTake, int[] refersOut) {

    public static AttendeeFacts of(UUID id, String fullName, int specialty, String city, List<String> wantsReferred,
                                   List<String> doesNotTake, List<String> refersOut, Interner words) {
        String cityName = city == null || city.isBlank() ? null : city.strip();
        return new AttendeeFacts(id, fullName, specialty,
                cityName == null ? -1 : words.id("city:" + cityName.toLowerCase(Locale.ROOT)), cityName,
                words.ids(wantsReferred), words.ids(doesNotTake), words.ids(refersOut));
    }
}
