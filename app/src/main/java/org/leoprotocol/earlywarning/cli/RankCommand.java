package org.leoprotocol.earlywarning.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.earlywarning.EarlyWarning;
import org.leoprotocol.earlywarning.RankedOfficer;
import org.leoprotocol.shared.LeoCommand;
import org.leoprotocol.shared.SpreadsheetSafe;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code ./leo rank --as-of DATE --out FILE.csv [--agency CODE]}: writes the whole ranking of the agency's workforce on
 * the date, with what was known before it, so that anyone can evaluate it against outcomes Leo never sees: each
 * officer's external id (as the agency's export names them), score, place and strongest reasons.
 */
@Component
public class RankCommand implements LeoCommand {

	static final List<String> HEADER = List.of("officer_external_id", "score", "rank", "complaints_2y", "top_reasons");
	static final int TOP_REASONS = 3;

	private final EarlyWarning earlyWarning;
	private final AuditTrail audit;
	private final MessageSource messages;

	RankCommand(EarlyWarning earlyWarning, AuditTrail audit, MessageSource messages) {
		this.earlyWarning = earlyWarning;
		this.audit = audit;
		this.messages = messages;
	}

	@Override
	public String name() {
		return "rank";
	}

	@Override
	public String usage() {
		return "rank --as-of DATE --out FILE.csv [--agency CODE]   (the whole early-warning ranking on a date, as CSV)";
	}

	@Override
	public int run(List<String> arguments, PrintWriter out) {
		try {
			CommandOptions options = CommandOptions.parse(arguments, List.of("--as-of", "--out", "--agency"));
			if (!options.positional().isEmpty()) {
				throw new IllegalArgumentException("Unexpected argument " + options.positional().get(0));
			}
			LocalDate asOf = date(options.required("--as-of"));
			Path file = Path.of(options.required("--out"));
			if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
				throw new IllegalArgumentException("--out: the folder " + file.getParent() + " does not exist");
			}
			String agency = options.agency(earlyWarning.agencies());
			audit.query(AuditAction.EXPORT, EarlyWarning.COMPONENT, "OfficerHistory",
					Sentence.ofText("audit.detail.search.ranking", "agency=" + agency + " asOf=" + asOf));
			List<RankedOfficer> ranked = earlyWarning.ranking(agency, asOf);
			write(ranked, file, messages);
			out.printf("Wrote %,d officers of %s ranked with what was known before %s to %s%n", ranked.size(), agency,
					asOf, file);
			out.println("Columns: " + String.join(",", HEADER)
					+ " (rank 1 is reviewed first; top_reasons separated by ' | ')");
			return 0;
		}
		catch (IllegalArgumentException ex) {
			out.println(ex.getMessage());
			out.println("usage: ./leo " + usage());
			return 2;
		}
		catch (IOException ex) {
			out.println("Could not write the ranking: " + ex.getMessage());
			return 1;
		}
	}

	/** Writes the ranking as CSV, each officer's strongest reasons in English. */
	static void write(List<RankedOfficer> ranked, Path file, MessageSource messages) throws IOException {
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
			csv.printRecord(HEADER);
			for (RankedOfficer officer : ranked) {
				csv.printRecord(SpreadsheetSafe.cell(officer.indicators().externalId()),
						String.format(Locale.ROOT, "%.1f", officer.score()),
						officer.place(), officer.indicators().complaints2y(), SpreadsheetSafe.cell(String.join(" | ",
								officer.reasons()
									.stream()
									.limit(TOP_REASONS)
									.map(reason -> messages.getMessage(reason.words(), Locale.ENGLISH))
									.toList())));
			}
		}
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("--as-of '" + text + "' is not a date like 2019-01-01");
		}
	}
}
