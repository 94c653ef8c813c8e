package org.leoprotocol.protocol.incident;

/**
 * How a reader stands to one incident, the facts {@link NeedToKnowPolicy} decides on.
 *
 * @param party the reader takes part in it: opened or recorded it, is responsible, dispatched, performed a step,
 * verified or confirmed the release
 * @param identityRole the reader's role in it needs the identities: responsible officer, the one who opened it, the
 * verifying or confirming officer or the recorder of the release
 * @param open the incident is still open
 * @param unassigned no officer is responsible for it yet
 * @param sameUnit the reader serves in the responsible officer's unit
 * @param chainOfCommand the reader's unit is the responsible officer's unit or one above it
 * @param readerHasUnit the reader is an officer assigned to a unit
 * @param subjectOfACase the reader is accused in an internal-affairs case
 */
record Standing(boolean party, boolean identityRole, boolean open, boolean unassigned, boolean sameUnit,
		boolean chainOfCommand, boolean readerHasUnit, boolean subjectOfACase) {
}
