package app.rounds.common.error;

/** An integration key was used for an operation outside its scopes. */
public class MissingScope extends DomainException {

    private final String scope;

    public MissingScope(String scope) {
        super("This key lacks the scope " + scope + " that the operation needs");
        this.scope = scope;
    }

    public String scope() {
        return scope;
    }
}
