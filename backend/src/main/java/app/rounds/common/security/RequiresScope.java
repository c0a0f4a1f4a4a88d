package app.rounds.common.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Opens a resource method to integration keys holding this scope. Keys reach no other operation: {@link ScopeGate}
 * refuses them everywhere else, so an operation is closed to integrations until it says otherwise. Signed-in accounts
 * are not affected.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresScope {

    ApiScope value();
}
