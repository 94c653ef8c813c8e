package org.leoprotocol.personnel;

import java.util.ArrayList;
import java.util.List;

import org.leoprotocol.shared.phrase.Sentence;

/**
 * What a roster import did, row by row. {@code fileProblem} is set when the file as a whole could not be read (a
 * missing column, malformed CSV); rows before the problem are still listed with what happened to them. Problems are
 * sentences the reader reads in their own language: on the page, and in the API by its {@code Accept-Language}.
 */
public record ImportReport(int created, int updated, int unchanged, int rejected, List<Line> lines,
		Sentence fileProblem) {

	/** What happened to one row. */
	public enum Outcome {
		CREATED, UPDATED, UNCHANGED, REJECTED
	}

	/** One row of the file: its number (the header is row 1), the badge it named, the outcome and why. */
	public record Line(long row, String badgeNumber, Outcome outcome, Sentence message) {
	}

	/** The counts, in English, for the audit trail and the command line; a page says them with its own key. */
	public String summary() {
		return created + " created, " + updated + " updated, " + unchanged + " unchanged, " + rejected + " rejected";
	}

	public List<Line> problems() {
		return lines.stream().filter(line -> line.outcome() == Outcome.REJECTED).toList();
	}

	static final class Builder {

		private final List<Line> lines = new ArrayList<>();
		private Sentence fileProblem;

		void row(long row, String badge, Outcome outcome, Sentence message) {
			lines.add(new Line(row, badge, outcome, message));
		}

		void fileRejected(Sentence problem) {
			fileProblem = problem;
		}

		ImportReport build() {
			return new ImportReport(count(Outcome.CREATED), count(Outcome.UPDATED), count(Outcome.UNCHANGED),
					count(Outcome.REJECTED), List.copyOf(lines), fileProblem);
		}

		private int count(Outcome outcome) {
			return (int) lines.stream().filter(line -> line.outcome() == outcome).count();
		}
	}
}
