package app.rounds.suggestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.rounds.attendee.Specialty;
import app.rounds.attendee.SpecialtyVocabulary;

/**
 * Which specialties commonly refer to which, read once from {@code vocabulary/referral-fit.json} (an editorial
 * table; see vocabulary/README.md) and checked against the specialty vocabulary as it is read, so a typo stops the
 * start. Held as a matrix over the vocabulary's codes, so that asking costs one array read.
 */
@Singleton
public class ReferralFit {

    static final String RESOURCE = "vocabulary/referral-fit.json";
    private static final String WITH_SUBSPECIALTIES = "*";

    private final List<Specialty> specialties;
    private final Map<String, Integer> indexByCode = new HashMap<>();
    private final boolean[][] refers;

    @Inject
    ReferralFit(SpecialtyVocabulary vocabulary) {
        this(vocabulary.all(), load().rules());
    }

    ReferralFit(List<Specialty> specialties, List<Rule> rules) {
        this.specialties = List.copyOf(specialties);
        for (int i = 0; i < specialties.size(); i++) {
            indexByCode.put(specialties.get(i).code(), i);
        }
        this.refers = new boolean[specialties.size()][specialties.size()];
        for (Rule rule : rules) {
            for (int from : expand(rule.from())) {
                for (int to : expand(rule.to())) {
                    // Colleagues of one specialty are peers, not each other's referral path.
                    refers[from][to] = from != to;
                }
            }
        }
    }

    /** The index the table knows an attendee by: their subspecialty if they name one, else their specialty; -1 if neither is known. */
    public int indexOf(String specialtyCode, String subspecialtyCode) {
        Integer index = subspecialtyCode == null ? null : indexByCode.get(subspecialtyCode);
        if (index == null) {
            index = specialtyCode == null ? null : indexByCode.get(specialtyCode);
        }
        return index == null ? -1 : index;
    }

    /** Whether the first commonly refers patients to the second. */
    public boolean refers(int from, int to) {
        return from >= 0 && to >= 0 && refers[from][to];
    }

    public String name(int index) {
        return specialties.get(index).name();
    }

    private int[] expand(List<String> codes) {
        return codes.stream().flatMapToInt(code -> {
            boolean withSubspecialties = code.endsWith(WITH_SUBSPECIALTIES);
            String exact = withSubspecialties ? code.substring(0, code.length() - 1) : code;
            Integer index = indexByCode.get(exact);
            if (index == null) {
                throw new IllegalStateException(RESOURCE + " names " + code + ", which is not in the specialty vocabulary");
            }
            if (!withSubspecialties) {
                return java.util.stream.IntStream.of(index);
            }
            return java.util.stream.IntStream.range(0, specialties.size())
                    .filter(i -> i == index || exact.equals(specialties.get(i).parentCode()));
        }).toArray();
    }

    private static FitFile load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, FitFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** Attendees whose specialty matches {@code from} commonly refer to those whose specialty matches {@code to}. */
    record Rule(String why, List<String> from, List<String> to) {
    }

    record FitFile(String source, String note, List<Rule> rules) {
    }
}
