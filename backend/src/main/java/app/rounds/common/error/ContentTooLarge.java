package app.rounds.common.error;

/** What was sent is bigger than this kind of content may be. */
public class ContentTooLarge extends DomainException {

    public ContentTooLarge(String message) {
        super(message);
    }
}
