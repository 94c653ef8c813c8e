package org.leoprotocol.protocol.web;

import org.leoprotocol.shared.Phrase;
import org.leoprotocol.shared.phrase.Sentence;

/**
 * A step's clock as the incident page shows it: who acts, when it is due (or what it waits for), its status (the
 * constant for the page's style, the word for the reader), who did it and when (null while undone), and whether the
 * reader can tick it off here.
 */
public record StepRow(String code, String title, Phrase actingRole, Sentence due, String status, Phrase statusWord,
		Sentence done, String late, String source, boolean markable) {
}
