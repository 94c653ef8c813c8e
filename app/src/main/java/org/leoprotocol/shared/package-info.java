/**
 * The small kernel every module may use: the injected {@link java.time.Clock}, typed identifiers, and the embedded
 * PostgreSQL that backs a single-machine installation. Nothing here knows about policing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package org.leoprotocol.shared;
