package app.rounds.common.error;

/**
 * A rule of the domain was broken. Subclasses say which kind in domain words; {@link DomainProblemMappers} decides what
 * that means over HTTP.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}
