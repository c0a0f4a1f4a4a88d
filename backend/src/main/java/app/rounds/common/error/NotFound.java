package app.rounds.common.error;

import java.util.Optional;
import java.util.function.Predicate;

/** The thing asked for does not exist, or the caller may not know that it does. */
public class NotFound extends DomainException {

    public NotFound(String what) {
        super(what + " was not found");
    }

    /**
     * The record when there is one and the caller may see it. Someone else's record reads as not found, not as
     * forbidden, so that a caller cannot learn that it exists.
     */
    public static <T> T unlessHidden(Optional<T> found, Predicate<? super T> visibleToCaller, String what) {
        return found.filter(visibleToCaller).orElseThrow(() -> new NotFound(what));
    }
}
