package app.rounds.attendee;

import java.util.List;
import java.util.Objects;

/** A profile's content once every rule has been checked; the only thing an {@link AttendeeProfile} accepts. */
record ProfileDetails(
        String fullName,
        List<Credential> credentials,
        String specialtyCode,
        String subspecialtyCode,
        String practiceName,
        String city,
        String npi,
        String bio,
        List<String> wantsReferred,
        List<String> doesNotTake,
        List<String> refersOut,
        String email,
        String cellNumber,
        String linkedinUrl,
        String websiteUrl,
        ContactVisibilities visibility,
        CellSharingDefault cellSharingDefault,
        boolean sharesContactWithIntegrations) {

    ProfileDetails {
        Objects.requireNonNull(fullName);
        Objects.requireNonNull(cellSharingDefault);
        Objects.requireNonNull(specialtyCode);
        Objects.requireNonNull(visibility);
        credentials = List.copyOf(credentials);
        wantsReferred = boundedTags(wantsReferred);
        doesNotTake = boundedTags(doesNotTake);
        refersOut = boundedTags(refersOut);
        if (npi != null && !Npi.isValid(npi)) {
            throw new IllegalArgumentException("NPI fails its check digit");
        }
    }

    /**
     * Roughly the heap this profile takes: its text (two bytes a character, an object header each) plus a fixed share
     * for the record, its lists and its visibility settings. For weighing caches, not for accounting.
     */
    int approximateBytes() {
        int bytes = 240 + 16 * credentials.size();
        for (String text : new String[] {fullName, specialtyCode, subspecialtyCode, practiceName, city, npi, bio, email,
                cellNumber, linkedinUrl, websiteUrl}) {
            bytes += Text.approximateBytes(text);
        }
        for (List<String> tags : List.of(wantsReferred, doesNotTake, refersOut)) {
            bytes += tags.stream().mapToInt(Text::approximateBytes).sum();
        }
        return bytes;
    }

    /** The heap a string takes, roughly. */
    static final class Text {

        private Text() {
        }

        static int approximateBytes(String text) {
            return text == null ? 0 : 40 + 2 * text.length();
        }
    }

    private static List<String> boundedTags(List<String> tags) {
        if (tags.size() > Tags.MAX_PER_LIST || tags.stream().anyMatch(tag -> !Tags.isNormalised(tag))) {
            throw new IllegalArgumentException("Tags must be normalised, at most " + Tags.MAX_PER_LIST);
        }
        return List.copyOf(tags);
    }
}
