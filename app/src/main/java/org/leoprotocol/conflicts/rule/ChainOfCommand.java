package org.leoprotocol.conflicts.rule;

import java.util.List;
import java.util.UUID;

/** The units above an officer's, up to the top of the department (read from the roster). */
@FunctionalInterface
public interface ChainOfCommand {

	List<UUID> unitsAbove(UUID officerId);
}
