package app.rounds.attendee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import app.rounds.common.error.InvalidInput;

class SpecialtyVocabularyTest {

    private final SpecialtyVocabulary vocabulary = new SpecialtyVocabulary();

    @Test
    void shippedVocabularyLoadsWithinItsIntendedSize() {
        assertThat(vocabulary.all()).hasSizeBetween(60, 100);
    }

    @Test
    void everySubspecialtyHangsUnderATopLevelSpecialtyOfItsGrouping() {
        for (Specialty entry : vocabulary.all()) {
            if (entry.isSubspecialty()) {
                Specialty parent = vocabulary.find(entry.parentCode()).orElseThrow();
                assertThat(parent.isSubspecialty()).as("parent of %s", entry.code()).isFalse();
                assertThat(parent.grouping()).isEqualTo(entry.grouping());
            }
        }
    }

    @Test
    void groupingsAreTheKnownShortLabels() {
        Set<String> groupings = vocabulary.all().stream().map(Specialty::grouping).collect(Collectors.toSet());
        assertThat(groupings).containsExactlyInAnyOrder("Physician", "Dentist", "Optometrist", "Podiatrist",
                "Physician Assistant", "Nurse Practitioner");
    }

    @Test
    void knownCodesCarryTheirNuccNames() {
        assertThat(vocabulary.find("207W00000X")).get().extracting(Specialty::name).isEqualTo("Ophthalmology");
        assertThat(vocabulary.find("207RC0000X")).get().extracting(Specialty::name, Specialty::parentCode)
                .containsExactly("Cardiovascular Disease", "207R00000X");
        assertThat(vocabulary.find("1223S0112X")).get().extracting(Specialty::grouping).isEqualTo("Dentist");
    }

    @Test
    void ophthalmologySuggestsItsCommonCaseTypes() {
        assertThat(vocabulary.find("207W00000X").orElseThrow().suggestedTags())
                .contains("cataract surgery", "glaucoma", "pediatric strabismus", "diabetic retinopathy");
    }

    @Test
    void everyTopLevelSpecialtySuggestsTags() {
        vocabulary.all().stream().filter(entry -> !entry.isSubspecialty())
                .forEach(entry -> assertThat(entry.suggestedTags()).as("tags of %s", entry.code()).isNotEmpty());
    }

    @Test
    void searchMatchesNamesIgnoringCase() {
        assertThat(vocabulary.search("RETINA")).extracting(Specialty::code).containsExactly("207WX0107X");
        assertThat(vocabulary.search("  ")).hasSameSizeAs(vocabulary.all());
    }

    @Test
    void subspecialtyMustBelongToTheChosenSpecialty() {
        Specialty internalMedicine = vocabulary.requireSpecialty("207R00000X");
        assertThat(vocabulary.requireSubspecialtyOf(internalMedicine, "207RC0000X").name()).isEqualTo("Cardiovascular Disease");
        assertThatThrownBy(() -> vocabulary.requireSubspecialtyOf(internalMedicine, "207WX0107X"))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("subspecialtyCode");
    }

    @Test
    void subspecialtyIsNotASpecialty() {
        assertThatThrownBy(() -> vocabulary.requireSpecialty("207RC0000X"))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("specialtyCode");
    }

    @Test
    void duplicateCodeIsRefused() {
        Specialty entry = new Specialty("207W00000X", "Ophthalmology", "Physician", null, List.of());
        assertThatThrownBy(() -> new SpecialtyVocabulary(List.of(entry, entry))).isInstanceOf(IllegalStateException.class);
    }
}
