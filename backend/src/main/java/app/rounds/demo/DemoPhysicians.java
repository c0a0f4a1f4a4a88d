package app.rounds.demo;

import java.util.ArrayList;
import java.util.List;

import app.rounds.attendee.Credential;

/**
 * Synthetic physicians for the dev demo: a realistic mix of who refers to whom (primary care and optometry send
 * to ophthalmology, cardiology, orthopaedics…) in three cities. Every name and number is invented; 555-01xx
 * numbers are reserved for fiction.
 */
final class DemoPhysicians {

    record Persona(String specialtyCode, String subspecialtyCode, Credential credential, String practiceKind,
                   List<String> wantsReferred, List<String> doesNotTake, List<String> refersOut) {
    }

    record City(String name, String areaCode) {
    }

    record Physician(String email, String fullName, Persona persona, City city, String cellNumber) {
    }

    static final List<Persona> PERSONAS = List.of(
            new Persona("207W00000X", "207WX0009X", Credential.MD, "Eye Institute",
                    List.of("glaucoma", "cataract surgery"), List.of("pediatric strabismus"), List.of("diabetic retinopathy")),
            new Persona("152W00000X", null, Credential.OD, "Vision Care",
                    List.of("contact lenses", "dry eye", "myopia control"), List.of(), List.of("cataract surgery", "glaucoma")),
            new Persona("207R00000X", "207RC0000X", Credential.MD, "Heart Associates",
                    List.of("atrial fibrillation", "heart failure"), List.of("pediatric cardiology"), List.of("sleep apnea")),
            new Persona("207Q00000X", null, Credential.DO, "Family Health",
                    List.of("preventive care", "chronic disease management"), List.of("obstetrics"),
                    List.of("cataract surgery", "joint replacement", "atrial fibrillation", "skin cancer screening")),
            new Persona("207X00000X", "207XS0114X", Credential.MD, "Orthopaedics",
                    List.of("joint replacement", "sports injuries"), List.of("spine surgery"), List.of("chronic back pain")),
            new Persona("207N00000X", "207ND0101X", Credential.MD, "Dermatology",
                    List.of("skin cancer screening", "mohs surgery"), List.of("cosmetic fillers"), List.of("allergy immunotherapy")),
            new Persona("208800000X", null, Credential.MD, "Urology Partners",
                    List.of("kidney stones", "bph"), List.of(), List.of("chronic kidney disease")),
            new Persona("207Y00000X", null, Credential.MD, "ENT Specialists",
                    List.of("sinus surgery", "hearing loss", "sleep apnea"), List.of(), List.of("allergy immunotherapy")),
            new Persona("207V00000X", null, Credential.MD, "Women's Health",
                    List.of("high-risk pregnancy", "minimally invasive gynecologic surgery"), List.of(), List.of("breast surgery")),
            new Persona("213E00000X", null, Credential.DPM, "Foot & Ankle",
                    List.of("diabetic foot care", "heel pain"), List.of(), List.of("vascular surgery")),
            new Persona("204E00000X", null, Credential.DDS, "Oral Surgery",
                    List.of("wisdom teeth extraction", "dental implants"), List.of(), List.of("sinus surgery")),
            new Persona("208VP0000X", null, Credential.MD, "Pain Center",
                    List.of("chronic back pain", "spinal cord stimulation"), List.of(), List.of("spine surgery")));

    static final List<City> CITIES = List.of(new City("Boston", "617"), new City("Baltimore", "410"), new City("Montreal", "514"));

    private static final List<String> FIRST = List.of("Adaeze", "Bruno", "Chloé", "Dmitri", "Esther", "Farid", "Greta", "Hiro",
            "Ines", "Jonah", "Kavya", "Luca");
    private static final List<String> LAST = List.of("Abara", "Beaulieu", "Castillo", "Dunmore", "Eriksen", "Farouk");

    static List<Physician> all() {
        List<Physician> physicians = new ArrayList<>();
        for (int c = 0; c < CITIES.size(); c++) {
            City city = CITIES.get(c);
            for (int p = 0; p < PERSONAS.size(); p++) {
                int n = c * PERSONAS.size() + p;
                String first = FIRST.get(n % FIRST.size());
                String last = LAST.get((n / 2) % LAST.size());
                String email = (first + "." + last + n).toLowerCase().replace("é", "e") + "@demo.rounds.test";
                String cell = "+1" + city.areaCode() + "55501" + String.format("%02d", n % 100);
                physicians.add(new Physician(email, "Dr. " + first + " " + last, PERSONAS.get(p), city, cell));
            }
        }
        return physicians;
    }

    private DemoPhysicians() {
    }
}
