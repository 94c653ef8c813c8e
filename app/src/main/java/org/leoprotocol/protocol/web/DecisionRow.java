package org.leoprotocol.protocol.web;

import org.leoprotocol.shared.Phrase;

/**
 * A decision recorded on an incident as its page lists it: the kind, said in the reader's language, and the reason in
 * the words the supervisor typed, with who decided and when.
 */
public record DecisionRow(Phrase kind, String reason, String decidedBy, String decidedAt) {
}
