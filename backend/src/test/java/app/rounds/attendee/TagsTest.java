package app.rounds.attendee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import app.rounds.common.error.InvalidInput;

class TagsTest {

    @Test
    void tagIsTrimmedCollapsedAndLowerCased() {
        assertThat(Tags.normalise("  Cataract \t  SURGERY\n")).isEqualTo("cataract surgery");
    }

    @Test
    void nonBreakingAndOtherUnicodeSpacesCountAsSpaces() {
        assertThat(Tags.normalise("pediatric\u00A0strabismus\u2003 ")).isEqualTo("pediatric strabismus");
    }

    @Test
    void composedAndDecomposedAccentsMatch() {
        assertThat(Tags.normalise("Ne\u0301vus")).isEqualTo(Tags.normalise("N\u00E9vus")).isEqualTo("n\u00E9vus");
    }

    @Test
    void duplicatesAfterNormalisationAreDroppedKeepingFirstOrder() {
        assertThat(Tags.normaliseAll("wantsReferred", List.of("Glaucoma", "cataract surgery", " glaucoma ", "CATARACT  surgery")))
                .containsExactly("glaucoma", "cataract surgery");
    }

    @Test
    void noListIsAnEmptyList() {
        assertThat(Tags.normaliseAll("refersOut", null)).isEmpty();
    }

    @Test
    void tagShorterThanTwoCharactersNamesItsPosition() {
        assertThatThrownBy(() -> Tags.normaliseAll("doesNotTake", List.of("glaucoma", "  x  ")))
                .isInstanceOf(InvalidInput.class)
                .extracting("field").isEqualTo("doesNotTake[1]");
    }

    @Test
    void tagLongerThanSixtyCharactersIsRefused() {
        assertThatThrownBy(() -> Tags.normaliseAll("wantsReferred", List.of("a".repeat(61))))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("wantsReferred[0]");
        assertThat(Tags.normaliseAll("wantsReferred", List.of("a".repeat(60)))).hasSize(1);
    }

    @Test
    void sixtyCharactersCountAfterTrimming() {
        assertThat(Tags.normaliseAll("wantsReferred", List.of("   " + "b".repeat(60) + "   "))).containsExactly("b".repeat(60));
    }

    @Test
    void nullTagIsRefused() {
        assertThatThrownBy(() -> Tags.normaliseAll("refersOut", Arrays.asList("glaucoma", null)))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("refersOut[1]");
    }

    @Test
    void moreThanTwentyDistinctTagsAreRefusedButDuplicatesDoNotCount() {
        List<String> twentyOne = IntStream.rangeClosed(1, 21).mapToObj(i -> "case type " + i).toList();
        assertThatThrownBy(() -> Tags.normaliseAll("wantsReferred", twentyOne))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("wantsReferred");
        List<String> twentyAndACopy = new ArrayList<>(twentyOne.subList(0, 20));
        twentyAndACopy.add("CASE TYPE 1");
        assertThat(Tags.normaliseAll("wantsReferred", twentyAndACopy)).hasSize(20);
    }

    @Test
    void isNormalisedAgreesWithNormalise() {
        for (String tag : List.of("cataract surgery", "Cataract surgery", " glaucoma", "glaucoma ", "two  spaces",
                "n\u00E9vus", "Ne\u0301vus", "tab\there", "x-ray (chest)", "pediatric\u00A0strabismus", "co2 laser")) {
            assertThat(Tags.isNormalised(tag)).as(tag).isEqualTo(tag.equals(Tags.normalise(tag)));
        }
    }
}
