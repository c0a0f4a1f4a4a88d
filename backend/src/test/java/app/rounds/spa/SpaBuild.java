package app.rounds.spa;

import static org.assertj.core.api.Assertions.fail;

/** The SPA is built by the frontend module into the backend's classpath; without it these tests cannot mean anything. */
final class SpaBuild {

    private SpaBuild() {
    }

    static void requireBuilt() {
        if (SpaBuild.class.getClassLoader().getResource("META-INF/resources/index.html") == null) {
            fail("The SPA is not built into the backend. Run the whole build from the repository root: ./mvnw verify");
        }
    }
}
