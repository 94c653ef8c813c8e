package org.leoprotocol.earlywarning;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.earlywarning.history.ExportFile;
import org.leoprotocol.earlywarning.history.HistoryImportRun;
import org.leoprotocol.earlywarning.history.HistoryMapping;
import org.leoprotocol.earlywarning.history.HistoryStore;
import org.leoprotocol.earlywarning.history.ImportRefused;
import org.leoprotocol.earlywarning.history.ImportedOfficer;
import org.leoprotocol.earlywarning.history.InvalidMapping;
import org.leoprotocol.earlywarning.history.MappingProblem;
import org.leoprotocol.earlywarning.history.StoredMappings;
import org.leoprotocol.personnel.Officer;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports complaints, allegations and findings from an agency's export (one CSV file, or several joined by keys, plain
 * or gzip) through a {@link HistoryMapping}. Files are streamed and stored in chunks of {@value #CHUNK} rows inside one
 * transaction: a bad row is reported with its line number and reason and never drops the good rows around it, while a
 * file that cannot be used as a whole (a missing column, no rows, bytes that are not text, codes the mapping refuses)
 * leaves nothing stored. Importing the same files again changes nothing. Afterwards every officer's flags are
 * recomputed. How far it has come, why a row was rejected and what it did in all are sentences of
 * {@code i18n/historyimport}, so the page, the API and the command each say them in their reader's language.
 */
@Service
public class HistoryImport {

	public static final int CHUNK = 5000;
	static final List<String> BUILT_IN = List.of("ccrb", "leo", "ccrb-propublica", "cpdp-chicago");

	private final HistoryStore store;
	private final Roster roster;
	private final EarlyWarning earlyWarning;
	private final AuditTrail audit;
	private final TransactionTemplate transactions;
	private final StoredMappings stored;
	private final Clock clock;
	private final MessageSource messages;

	HistoryImport(HistoryStore store, Roster roster, EarlyWarning earlyWarning, AuditTrail audit,
			TransactionTemplate transactions,
			StoredMappings stored, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.stored = stored;
		this.clock = clock;
		this.store = store;
		this.roster = roster;
		this.earlyWarning = earlyWarning;
		this.audit = audit;
		this.transactions = transactions;
	}

	/**
	 * The mappings shipped with Leo, by name: {@code ccrb} (NYC CCRB via ProPublica, format 1), {@code leo},
	 * {@code ccrb-propublica} (the same release in format 2, with officers' race and gender) and {@code cpdp-chicago}
	 * (Chicago's three files from the Citizens Police Data Project).
	 */
	public List<String> builtInMappings() {
		return BUILT_IN;
	}

	/** The mappings to choose from: the shipped ones, then those administrators uploaded. */
	public List<String> mappingNames() {
		List<String> names = new ArrayList<>(BUILT_IN);
		stored.names().stream().filter(name -> !BUILT_IN.contains(name)).forEach(names::add);
		return names;
	}

	/** A built-in mapping by name, an uploaded one by name, or (from the command line) a mapping file by path. */
	public HistoryMapping mapping(String nameOrPath) throws IOException {
		if (BUILT_IN.contains(nameOrPath) || stored.content(nameOrPath).isPresent()) {
			return chosenMapping(nameOrPath);
		}
		Path file = Path.of(nameOrPath);
		if (!Files.isReadable(file)) {
			throw new InvalidInput("earlywarning.mapping.nowhere", nameOrPath, String.valueOf(BUILT_IN));
		}
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return HistoryMapping.read(file.getFileName().toString(), reader, roster.agencyCode());
		}
	}

	/**
	 * A shipped or uploaded mapping by name; never a path, since pages and the API must not read the server's files.
	 */
	public HistoryMapping chosenMapping(String name) throws IOException {
		if (BUILT_IN.contains(name)) {
			try (Reader reader = new InputStreamReader(
					new ClassPathResource("early-warning/mappings/" + name + ".properties")
						.getInputStream(),
					StandardCharsets.UTF_8)) {
				return HistoryMapping.read(name, reader, roster.agencyCode());
			}
		}
		String content = stored.content(name)
			.orElseThrow(() -> new InvalidInput("earlywarning.mapping.unknown", name, String.valueOf(mappingNames())));
		return HistoryMapping.read(name, new java.io.StringReader(content), roster.agencyCode());
	}

	/**
	 * Reads a mapping file an administrator sent, under the name it will be kept by.
	 *
	 * @throws InvalidMapping with every problem of the name and the file, each at its line
	 */
	public HistoryMapping readUploaded(String fileName, String content) throws IOException {
		return HistoryMapping.read(mappingName(fileName), new java.io.StringReader(content), roster.agencyCode());
	}

	/** Keeps an uploaded mapping so later imports can choose it by name; the same name again replaces it. */
	@org.springframework.transaction.annotation.Transactional
	public void keep(HistoryMapping mapping, String content, Actor actor) {
		stored.save(mapping.name(), content, actor, clock.instant());
		audit.access(AuditAction.UPDATE, EarlyWarning.COMPONENT,
				org.leoprotocol.audit.RecordReference.of("HistoryMapping", mapping.name()),
				Sentence.of("audit.detail.history-mapping.uploaded", mapping.agency()));
	}

	/** The name an uploaded mapping file is kept under: its file name without {@code .properties}. */
	static String mappingName(String fileName) {
		String name = (fileName == null ? "" : fileName.strip()).replaceFirst(".*[/\\\\]", "")
			.replaceFirst("(?i)\\.(properties|txt)$", "");
		if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,59}")) {
			throw new InvalidMapping(String.valueOf(fileName), List.of(MappingProblem.of("earlywarning.mapping.name")));
		}
		if (BUILT_IN.contains(name)) {
			throw new InvalidMapping(name, List.of(MappingProblem.of("earlywarning.mapping.shippedName", name)));
		}
		return name;
	}

	/** Whether a single file's header has every column the mapping reads; the problems name the mapping's lines. */
	List<MappingProblem> headerProblems(HistoryMapping mapping, Reader csv) throws IOException {
		try (org.apache.commons.csv.CSVParser parser = HistoryImportRun.format(mapping.columns("allegations"))
			.parse(csv)) {
			return mapping.missingColumns(mapping.columns("allegations").isEmpty() ? parser.getHeaderNames()
					: mapping.columns("allegations"));
		}
		catch (UncheckedIOException | IllegalArgumentException ex) {
			return List.of(MappingProblem.of("earlywarning.mapping.header", String.valueOf(ex.getMessage())));
		}
	}

	/**
	 * What keeps these files from being imported with the mapping, before anything is stored: a wrong number of files,
	 * a header without a mapped column (at the mapping's line), an empty file, bytes that are not text.
	 */
	public List<String> fileProblems(HistoryMapping mapping, List<ExportFile> files, Locale locale) {
		try {
			return HistoryImportRun.check(mapping, byRole(mapping, files)).stream().map(reason -> words(reason, locale))
				.toList();
		}
		catch (InvalidInput refused) {
			return List.of(messages.getMessage(refused.messageKey(), refused.messageArguments(), locale));
		}
	}

	/** A refusal's reason in a language (English when the locale has no translation). */
	String words(HistoryImportReport.Refusal reason, Locale locale) {
		return messages.getMessage(reason.key(), reason.args(), reason.key() + " " + reason.arguments(), locale);
	}

	/** The report with its warnings and refusal in a language (English where the locale has no translation). */
	HistoryImportReport inLanguage(HistoryImportReport report, Locale locale) {
		return report.worded((key, arguments) -> messages.getMessage(key, arguments, key, locale));
	}

	/** Every reason an import was refused, in a language, one after the other. */
	String refusal(HistoryImportReport report, Locale locale) {
		if (report.refusal().isEmpty()) {
			return report.fileProblem();
		}
		return String.join("; ", report.refusal().stream().map(reason -> words(reason, locale)).toList());
	}

	/** Imports one CSV file's text with a single-file mapping. */
	public HistoryImportReport importCsv(String mappingName, Reader csv, Consumer<Sentence> progress)
			throws IOException {
		return importCsv(mapping(mappingName), csv, progress);
	}

	/**
	 * Imports an agency's export, one or several files (plain or gzip), with a built-in or uploaded mapping or a
	 * mapping file.
	 */
	public HistoryImportReport importFiles(String mappingName, List<Path> files, Consumer<Sentence> progress)
			throws IOException {
		return importExport(mapping(mappingName), files.stream().map(ExportFile::of).toList(), progress, problem -> {
		});
	}

	HistoryImportReport importCsv(HistoryMapping mapping, Reader csv, Consumer<Sentence> progress) {
		return importCsv(mapping, csv, progress, problem -> {
		});
	}

	/**
	 * Imports as above, handing every rejected row to {@code problems} as it is found (the report keeps the first
	 * 1,000).
	 */
	HistoryImportReport importCsv(HistoryMapping mapping, Reader csv, Consumer<Sentence> progress,
			Consumer<HistoryImportReport.Problem> problems) {
		return importExport(mapping, List.of(ExportFile.ofText(HistoryImportReport.SENT_FILE, csv)), progress,
				problems);
	}

	/**
	 * Imports the files of an export in one transaction: either every good row is stored, or (when a file does not fit,
	 * is empty, is not text, or carries codes the mapping refuses) nothing is, and the report says why.
	 */
	public HistoryImportReport importExport(HistoryMapping mapping, List<ExportFile> files, Consumer<Sentence> progress,
			Consumer<HistoryImportReport.Problem> problems) {
		HistoryImportReport.Builder report = new HistoryImportReport.Builder(mapping.agency(), problems);
		mapping.warnings().forEach(report::warn);
		try {
			Map<String, ExportFile> byRole = byRole(mapping, files);
			List<HistoryImportReport.Refusal> unusable = HistoryImportRun.check(mapping, byRole);
			if (!unusable.isEmpty()) {
				throw new ImportRefused(unusable);
			}
			Map<String, UUID> rosterLinks = new HashMap<>();
			HistoryImportRun run = new HistoryImportRun(mapping, store, savepoints(),
					officer -> rosterOfficer(mapping, officer, rosterLinks), report, progress);
			transactions.executeWithoutResult(tx -> run.run(byRole));
		}
		catch (ImportRefused refused) {
			report.fileRejected(
					String.join("; ", refused.reasons().stream().map(reason -> words(reason, Locale.ROOT)).toList()),
					refused.reasons());
		}
		catch (InvalidInput refused) {
			HistoryImportReport.Refusal reason = HistoryImportReport.Refusal.of(refused.messageKey(),
					refused.messageArguments());
			report.fileRejected(words(reason, Locale.ROOT), List.of(reason));
		}
		catch (IllegalArgumentException unforeseen) {
			HistoryImportReport.Refusal reason = HistoryImportReport.Refusal.of("historyimport.refused.other",
					String.valueOf(unforeseen.getMessage()));
			report.fileRejected(words(reason, Locale.ROOT), List.of(reason));
		}
		HistoryImportReport result = inLanguage(report.build(), Locale.ENGLISH);
		transactions.executeWithoutResult(tx -> audit.query(AuditAction.IMPORT, EarlyWarning.COMPONENT, "Allegation",
				Sentence.ofText("audit.detail.search.history-import", mapping.name(),
						messages.getMessage(result.summary(), Locale.ENGLISH))));
		progress.accept(result.summary());
		if (result.fileProblem() == null) {
			store.refreshStatistics();
			int flagged = earlyWarning.recomputeAll();
			progress.accept(Sentence.of("historyimport.progress.recomputed", String.valueOf(flagged)));
		}
		return result;
	}

	private static Map<String, ExportFile> byRole(HistoryMapping mapping, List<ExportFile> files) {
		Map<String, Integer> roles = mapping.assign(files.stream().map(ExportFile::name).toList());
		Map<String, ExportFile> byRole = new LinkedHashMap<>();
		roles.forEach((role, index) -> byRole.put(role, files.get(index)));
		return byRole;
	}

	/**
	 * Savepoints inside the import's transaction, one per chunk, so a chunk the database refuses is retried row by row.
	 */
	private TransactionTemplate savepoints() {
		TransactionTemplate savepoints = new TransactionTemplate(transactions.getTransactionManager());
		savepoints.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		return savepoints;
	}

	private UUID rosterOfficer(HistoryMapping mapping, ImportedOfficer officer, Map<String, UUID> links) {
		if (!mapping.linksRosterByBadge() || officer.badgeNumber() == null) {
			return null;
		}
		return links.computeIfAbsent(officer.badgeNumber(),
				badge -> roster.findByBadge(badge).map(Officer::id).map(id -> id.value()).orElse(null));
	}
}
