package org.leoprotocol.transparency;

import java.time.Instant;

/**
 * The mode of one field of the publication policy, with who set it and when ({@code null} for the installed default).
 */
public record PolicyChange(PolicyField field, PolicyMode mode, Instant changedAt, String changedBy) {
}
