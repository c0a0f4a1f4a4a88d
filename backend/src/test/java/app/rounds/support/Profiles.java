package app.rounds.support;

import static app.rounds.support.Api.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.rounds.attendee.Credential;
import app.rounds.attendee.ProfileRequest;

/** Profile bodies for PUT /me/profile, valid unless a test overrides a field to break it. */
public final class Profiles {

    private Profiles() {
    }

    /** A retina specialist in Baltimore with every field filled in. */
    public static Map<String, Object> body() {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", "Dr. Dana Reyes");
        body.put("credentials", List.of("MD"));
        body.put("specialtyCode", "207W00000X");
        body.put("subspecialtyCode", "207WX0107X");
        body.put("practiceName", "Harbor Eye Associates");
        body.put("city", "Baltimore");
        body.put("npi", "1234567893");
        body.put("bio", "Retina surgeon; happy to see urgent detachments the same day.");
        body.put("wantsReferred", List.of("retinal detachment", "diabetic retinopathy"));
        body.put("doesNotTake", List.of("routine eye exams"));
        body.put("refersOut", List.of("cataract surgery"));
        body.put("email", "dana.reyes@example.org");
        body.put("cellNumber", "(410) 555-0123");
        body.put("linkedinUrl", "https://www.linkedin.com/in/dana-reyes");
        body.put("websiteUrl", "https://www.harbor-eye.example");
        return body;
    }

    /** {@link #body()} with fields replaced; a {@code null} override leaves the field out (the contract has no null). */
    public static Map<String, Object> body(Map<String, Object> overrides) {
        Map<String, Object> body = body();
        overrides.forEach((field, value) -> {
            if (value == null) {
                body.remove(field);
            } else {
                body.put(field, value);
            }
        });
        return body;
    }

    /** Every contact field at the same visibility. */
    public static Map<String, Object> allContacts(String visibility) {
        return Map.of("email", visibility, "cellNumber", visibility, "linkedinUrl", visibility, "websiteUrl", visibility);
    }

    /** A profile to save through the service, as a seeder would: a retina specialist with a cell number. */
    public static ProfileRequest requestFor(String fullName) {
        return new ProfileRequest(fullName, List.of(Credential.MD), "207W00000X", "207WX0107X", "Harbor Eye Associates",
                "Baltimore", null, null, List.of("retinal detachment"), List.of(), List.of(), null, "(410) 555-0123", null,
                null, null, null, null);
    }

    public static void save(String accessToken, Map<String, Object> body) {
        api(accessToken).body(body).put("/api/v1/me/profile").then().statusCode(200);
    }
}
