package org.leoprotocol.personnel;

import java.util.UUID;

/** A part of the agency (a precinct, a division, a squad); {@code parentId} is the unit it reports to. */
public record Unit(UUID id, String code, String name, UUID parentId) {
}
