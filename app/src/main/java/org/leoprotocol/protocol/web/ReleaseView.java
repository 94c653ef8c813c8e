package org.leoprotocol.protocol.web;

import org.leoprotocol.shared.phrase.Sentence;

/**
 * A verified release as the incident page shows it: one sentence in the reader's language (when, whether the identity
 * is withheld, the recognition and custody checks, who verified and who confirmed), then what staff typed, each marked
 * as written text. The claimant's name and document are null for a reader whose role does not need them, so their page
 * cannot hold them.
 *
 * @param sentence the release said from its key with arguments
 * @param claimant the claimant's name, or null when withheld
 * @param relationship the claimant's relationship to the person, as typed
 * @param document the identity document's type and issuer, or null when withheld
 * @param lastFour the last four characters of the document's number, or null when withheld
 * @param authorisation where the authorisation to release comes from, as typed
 */
public record ReleaseView(Sentence sentence, String claimant, String relationship, String document, String lastFour,
		String authorisation) {
}
