package app.rounds.common.persistence;

/** Recognises the database refusing a duplicate, so a race between two equal writes ends as a conflict, not a 500. */
public final class UniqueViolation {

    private UniqueViolation() {
    }

    public static boolean of(Throwable failure, String constraintName) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation) {
                return constraintName.equalsIgnoreCase(violation.getConstraintName());
            }
        }
        return false;
    }
}
