/**
 * The one redaction gate every public free text passes: minutes, public case summaries, description broadcasts, survey
 * results. It knows the people the record names and catches their names however they are spelled.
 */
@org.springframework.modulith.NamedInterface("redaction")
package org.leoprotocol.shared.redaction;
