package app.rounds.attendee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.rounds.common.error.InvalidInput;

class ContactLinksTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://www.linkedin.com/in/dana-reyes", "https://linkedin.com/in/dana", "https://ca.linkedin.com/in/j-t",
            "https://www.linkedin.com/company/harbor-eye"})
    void httpsLinkedInPagesAreAccepted(String url) {
        assertThat(ContactLinks.linkedIn(url)).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://www.linkedin.com/in/dana", "https://www.linkedin.com", "https://www.linkedin.com/",
            "https://linkedin.com.evil.example/in/dana", "https://notlinkedin.com/in/dana", "https://user:pw@www.linkedin.com/in/x",
            "javascript:alert(1)", "www.linkedin.com/in/dana", "linkedin"})
    void otherLinkedInAddressesNameTheField(String url) {
        assertThatThrownBy(() -> ContactLinks.linkedIn(url)).isInstanceOf(InvalidInput.class)
                .extracting("field").isEqualTo("linkedinUrl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.harbor-eye.example", "http://reyes-eye.example.org/team?x=1", "https://dr-reyes.co.uk/"})
    void httpAndHttpsWebsitesAreAccepted(String url) {
        assertThat(ContactLinks.website(url)).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://files.example.com", "harbor-eye.example", "https://localhost/",
            "https://user@harbor-eye.example", "https://", "not a url", "data:text/html,<script>alert(1)</script>",
            "https://exa mple.com"})
    void otherWebsitesNameTheField(String url) {
        assertThatThrownBy(() -> ContactLinks.website(url)).isInstanceOf(InvalidInput.class)
                .extracting("field").isEqualTo("websiteUrl");
    }
}
