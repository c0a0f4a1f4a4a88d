package app.rounds.common.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Opens a resource method to every integration key, whatever its scopes, because the operation itself shows each key
 * only what its scopes allow (the change feed lists the kinds of change each read scope opens). {@link ScopeGate}
 * lets such keys through; the operation does the filtering.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface FiltersByScope {
}
