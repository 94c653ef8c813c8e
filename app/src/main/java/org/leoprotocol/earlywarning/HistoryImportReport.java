package org.leoprotocol.earlywarning;

import java.util.ArrayList;
import java.util.List;

/**
 * What a history import did: allegations stored for the first time, changed (a finding closed since the last
 * import), unchanged, and rejected with their row number and reason. {@code fileProblem} is set when the file as
 * a whole could not be read; rows before it are still counted. Only the first {@value #PROBLEMS_KEPT} problems
 * are listed, the count covers them all.
 */
public record HistoryImportReport(String agency, long created, long changed, long unchanged, long rejected,
		List<Problem> problems, String fileProblem) {

	static final int PROBLEMS_KEPT = 1000;

	/** A row that was not imported: its line number (the header is row 1) and why. */
	public record Problem(long row, String message) {
	}

	public String summary() {
		return created + " allegations created, " + changed + " changed, " + unchanged + " unchanged, " + rejected
				+ " rows rejected" + (fileProblem == null ? "" : "; " + fileProblem);
	}

	public boolean clean() {
		return rejected == 0 && fileProblem == null;
	}

	static final class Builder {

		private final String agency;
		private final List<Problem> problems = new ArrayList<>();
		private long created;
		private long changed;
		private long unchanged;
		private long rejected;
		private String fileProblem;
		private final java.util.function.Consumer<Problem> sink;

		Builder(String agency, java.util.function.Consumer<Problem> sink) {
			this.agency = agency;
			this.sink = sink;
		}

		void stored(boolean existed, boolean written) {
			if (!written) {
				unchanged++;
			}
			else if (existed) {
				changed++;
			}
			else {
				created++;
			}
		}

		void rejected(long row, String message) {
			rejected++;
			sink.accept(new Problem(row, message));
			if (problems.size() < PROBLEMS_KEPT) {
				problems.add(new Problem(row, message));
			}
		}

		void fileRejected(String problem) {
			fileProblem = problem;
		}

		long rows() {
			return created + changed + unchanged + rejected;
		}

		HistoryImportReport build() {
			return new HistoryImportReport(agency, created, changed, unchanged, rejected, List.copyOf(problems), fileProblem);
		}
	}
}
