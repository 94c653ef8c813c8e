package org.leoprotocol.earlywarning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.leoprotocol.shared.phrase.Sentence;

/**
 * What a history import did: allegations stored for the first time, changed (a finding closed since the last import),
 * unchanged, and rejected with their row number and reason; officers and complaints read from their own files; the
 * finding and category codes no vocabulary line names, with how often and where first; and warnings about what the data
 * leaves early warning without ({@code warnings} in words, {@code warned} as message keys with their arguments).
 * {@code fileProblem} is set when the import was refused as a whole, and then nothing was stored; {@code refusal} says
 * the same as message keys with their arguments, so each reader (page, API, command) words both in its own language
 * ({@link #worded}); each rejected row's reason and the {@link #summary()} are sentences, said in the reader's language
 * too. Only the first {@value #PROBLEMS_KEPT} problems are listed, the count covers them all.
 */
public record HistoryImportReport(String agency, long created, long changed, long unchanged, long rejected,
		List<Problem> problems, String fileProblem, long officers, long complaints, List<UnmappedCode> unmapped,
		List<String> warnings, List<Refusal> refusal, List<Warning> warned) {

	static final int PROBLEMS_KEPT = 1000;

	/** {0}; {1}: one part of a summary after another. */
	static final String THEN = "historyimport.summary.then";

	/** {0}: {1}, a row's problem after the name of its file. */
	static final String IN_FILE = "historyimport.row.file";

	/**
	 * The name of a file sent as text, without a name of its own (the API's CSV body): a message key, so that a refusal
	 * naming it says "the CSV file" in each reader's language ({@link #named}).
	 */
	public static final String SENT_FILE = "historyimport.file.sent";

	/** An argument as a reader is told it: the file sent without a name in their language, anything else as it is. */
	static Object named(String argument) {
		return SENT_FILE.equals(argument) ? Sentence.of(SENT_FILE) : argument;
	}

	/** One reason an import was refused as a whole: a message key of {@code i18n/historyimport} and its arguments. */
	public record Refusal(String key, List<String> arguments) {

		public static Refusal of(String key, Object... arguments) {
			return new Refusal(key, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
		}

		/** The arguments as a message source takes them, a file sent without a name said in the reader's words. */
		public Object[] args() {
			return arguments.stream().map(HistoryImportReport::named).toArray();
		}
	}

	/** What the data leaves early warning without: a message key of {@code i18n/historyimport} and its arguments. */
	public record Warning(String key, List<String> arguments) {

		public static Warning of(String key, Object... arguments) {
			return new Warning(key, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
		}

		/** The arguments as a message source takes them, a file sent without a name said in the reader's words. */
		public Object[] args() {
			return arguments.stream().map(HistoryImportReport::named).toArray();
		}
	}

	/**
	 * The same report with its warnings and refusal in the words {@code words} gives a message key and arguments (a
	 * refusal without keys keeps its words).
	 */
	HistoryImportReport worded(java.util.function.BiFunction<String, Object[], String> words) {
		String problem = refusal.isEmpty() ? fileProblem
				: String.join("; ", refusal.stream().map(reason -> words.apply(reason.key(), reason.args())).toList());
		return new HistoryImportReport(agency, created, changed, unchanged, rejected, problems, problem, officers,
				complaints, unmapped,
				warned.stream().map(warning -> words.apply(warning.key(), warning.args())).toList(), refusal, warned);
	}

	/**
	 * A row that was not imported: its line number (the header is row 1), the file it is in when the export has several
	 * (else null), and why, as a sentence of {@code i18n/historyimport}.
	 */
	public record Problem(long row, String file, Sentence reason) {

		/** The problem as the reader reads it: the reason, after its file's name when the export has several. */
		@JsonProperty("message")
		public Sentence message() {
			return file == null ? reason : Sentence.of(IN_FILE, file, reason);
		}
	}

	/**
	 * A finding or category code that no vocabulary line of the mapping names: how many rows carry it, and the first.
	 */
	public record UnmappedCode(String kind, String code, long rows, String firstFile, long firstLine) {

		public String words() {
			return kind + " '" + code + "': " + rows + " row(s), first " + firstFile + " line " + firstLine;
		}

		/** The file it was first seen in, as a message source takes it (a file sent without a name in words). */
		public Object file() {
			return named(firstFile);
		}
	}

	/**
	 * What the import did in one sentence: its counts, then each reason it was refused, if it was. Counts are given as
	 * text, so no language groups their digits.
	 */
	@JsonProperty("summary")
	public Sentence summary() {
		Sentence said = officers + complaints == 0
				? Sentence.of("historyimport.job.summary", text(created), text(changed), text(unchanged),
						text(rejected))
				: Sentence.of("historyimport.job.summary.files", text(created), text(changed), text(unchanged),
						text(rejected), text(officers), text(complaints));
		for (Refusal reason : refusal) {
			said = Sentence.of(THEN, said, Sentence.of(reason.key(), reason.args()));
		}
		return refusal.isEmpty() && fileProblem != null ? Sentence.of(THEN, said, fileProblem) : said;
	}

	private static String text(long count) {
		return Long.toString(count);
	}

	public boolean clean() {
		return rejected == 0 && fileProblem == null;
	}

	public static final class Builder {

		private final String agency;
		private final List<Problem> problems = new ArrayList<>();
		private final Map<String, UnmappedCode> unmapped = new LinkedHashMap<>();
		private final List<Warning> warnings = new ArrayList<>();
		private long created;
		private long changed;
		private long unchanged;
		private long rejected;
		private long officers;
		private long complaints;
		private String fileProblem;
		private List<Refusal> refusal = List.of();
		private final java.util.function.Consumer<Problem> sink;

		Builder(String agency, java.util.function.Consumer<Problem> sink) {
			this.agency = agency;
			this.sink = sink;
		}

		public void stored(boolean existed, boolean written) {
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

		public void officers(long count) {
			officers += count;
		}

		public void complaints(long count) {
			complaints += count;
		}

		/** A row not imported: its line, its file when the export has several (else null) and why. */
		public void rejected(long row, String file, Sentence reason) {
			rejected++;
			Problem problem = new Problem(row, file, reason);
			sink.accept(problem);
			if (problems.size() < PROBLEMS_KEPT) {
				problems.add(problem);
			}
		}

		public void unmapped(String kind, String code, String file, long line) {
			unmapped.merge(kind + "\u001f" + code, new UnmappedCode(kind, code, 1, file, line),
					(first, again) -> new UnmappedCode(kind, code, first.rows() + 1, first.firstFile(),
							first.firstLine()));
		}

		public List<UnmappedCode> unmappedCodes() {
			return List.copyOf(unmapped.values());
		}

		public void warn(Warning warning) {
			warnings.add(warning);
		}

		/** Refuses the import as a whole: what was counted as stored was rolled back. */
		void fileRejected(String problem, List<Refusal> reasons) {
			fileProblem = problem;
			refusal = List.copyOf(reasons);
			created = 0;
			changed = 0;
			unchanged = 0;
			officers = 0;
			complaints = 0;
		}

		public long rows() {
			return created + changed + unchanged + rejected;
		}

		HistoryImportReport build() {
			return new HistoryImportReport(agency, created, changed, unchanged, rejected, List.copyOf(problems),
					fileProblem,
					officers, complaints, unmappedCodes(), List.of(), refusal, List.copyOf(warnings));
		}
	}
}
