package org.leoprotocol.shared.web;

import java.util.List;
import java.util.Map;

import org.leoprotocol.shared.phrase.Sentence;

/**
 * A refusal that found several things wrong with what was sent and names each of them, so that the sender can correct
 * them all in one go (a batch of imported records, each problem saying where it is). The one mapping answers it like
 * any refusal and adds the list: an API client reads every problem, in its own language, under {@code problems} of the
 * RFC 9457 problem, titled by {@link #titleKey()}; a page lists them one per line.
 */
public interface ListedProblems {

	/** The message key of the problem's title: what could not be done. */
	String titleKey();

	/** Every problem found, in the order found. */
	List<Sentence> problems();

	/**
	 * Further properties of the problem, by name, for a program that reads the problems one by one (the rows of a file
	 * with their numbers); a {@link Sentence} among them is said in the reader's language.
	 */
	default Map<String, Object> properties() {
		return Map.of();
	}
}
