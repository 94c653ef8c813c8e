package org.leoprotocol.protocol.incident;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JSON API of Leo's Protocol whose unreadable request bodies {@link UnreadableRequestProblems} explains: the
 * incident, protocol, broadcast and reunification APIs. It lets the advice reach APIs in several concept packages while
 * each API stays package-private.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UnreadableRequestsExplained {
}
