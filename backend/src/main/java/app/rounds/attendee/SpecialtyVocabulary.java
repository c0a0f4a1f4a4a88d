package app.rounds.attendee;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.rounds.common.error.InvalidInput;

/**
 * The controlled list of specialties and subspecialties, read once from {@code vocabulary/specialties.json} and
 * checked as it is read, so a broken data file stops the start rather than a profile save.
 */
@Singleton
public class SpecialtyVocabulary {

    static final String RESOURCE = "vocabulary/specialties.json";
    private static final Pattern NUCC_CODE = Pattern.compile("[0-9]{3}[0-9A-Z]{6}X");

    private final Map<String, Specialty> byCode;

    SpecialtyVocabulary() {
        this(load());
    }

    SpecialtyVocabulary(List<Specialty> entries) {
        Map<String, Specialty> map = new LinkedHashMap<>();
        for (Specialty entry : entries) {
            if (map.putIfAbsent(entry.code(), entry) != null) {
                throw new IllegalStateException(RESOURCE + " lists " + entry.code() + " twice");
            }
        }
        this.byCode = map;
    }

    public List<Specialty> all() {
        return List.copyOf(byCode.values());
    }

    /** Entries whose name contains the text, ignoring case; all entries for no text. */
    public List<Specialty> search(String nameContains) {
        if (nameContains == null || nameContains.isBlank()) {
            return all();
        }
        String needle = nameContains.strip().toLowerCase(Locale.ROOT);
        return byCode.values().stream().filter(entry -> entry.name().toLowerCase(Locale.ROOT).contains(needle)).toList();
    }

    public Optional<Specialty> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** The specialty a profile may name: a top-level entry of the vocabulary. */
    Specialty requireSpecialty(String code) {
        return find(code).filter(entry -> !entry.isSubspecialty())
                .orElseThrow(() -> new InvalidInput("specialtyCode", "is not a specialty of the vocabulary (see GET /specialties)"));
    }

    /** A subspecialty that belongs to the given specialty. */
    Specialty requireSubspecialtyOf(Specialty specialty, String code) {
        return find(code).filter(entry -> specialty.code().equals(entry.parentCode()))
                .orElseThrow(() -> new InvalidInput("subspecialtyCode",
                        "is not a subspecialty of " + specialty.name() + " (see GET /specialties)"));
    }

    private static List<Specialty> load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            VocabularyFile file = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, VocabularyFile.class);
            return flatten(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    private static List<Specialty> flatten(VocabularyFile file) {
        List<Specialty> entries = new ArrayList<>();
        for (FileSpecialty specialty : file.specialties()) {
            entries.add(checked(new Specialty(specialty.code(), specialty.name(), specialty.grouping(), null,
                    tagsOf(specialty.suggestedTags()))));
            for (FileSubspecialty sub : specialty.subspecialties() == null ? List.<FileSubspecialty>of() : specialty.subspecialties()) {
                entries.add(checked(new Specialty(sub.code(), sub.name(), specialty.grouping(), specialty.code(),
                        tagsOf(sub.suggestedTags()))));
            }
        }
        return entries;
    }

    private static Specialty checked(Specialty entry) {
        if (entry.code() == null || !NUCC_CODE.matcher(entry.code()).matches()) {
            throw new IllegalStateException(RESOURCE + ": not a NUCC taxonomy code: " + entry.code());
        }
        if (entry.name() == null || entry.name().isBlank() || entry.grouping() == null || entry.grouping().isBlank()) {
            throw new IllegalStateException(RESOURCE + ": " + entry.code() + " needs a name and a grouping");
        }
        for (String tag : entry.suggestedTags()) {
            if (!tag.equals(Tags.normalise(tag)) || tag.length() < Tags.MIN_LENGTH || tag.length() > Tags.MAX_LENGTH) {
                throw new IllegalStateException(RESOURCE + ": " + entry.code() + " suggests a tag not in stored form: '" + tag + "'");
            }
        }
        return entry;
    }

    private static List<String> tagsOf(List<String> tags) {
        return tags == null ? List.of() : List.copyOf(tags);
    }

    record VocabularyFile(String source, String sourceVersion, String note, List<FileSpecialty> specialties) {
    }

    record FileSpecialty(String code, String name, String grouping, List<String> suggestedTags,
                         List<FileSubspecialty> subspecialties) {
    }

    record FileSubspecialty(String code, String name, List<String> suggestedTags) {
    }
}
