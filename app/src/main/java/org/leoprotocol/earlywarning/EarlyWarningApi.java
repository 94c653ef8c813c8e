package org.leoprotocol.earlywarning;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.earlywarning.history.ExportFile;
import org.leoprotocol.earlywarning.history.HistoryMapping;
import org.leoprotocol.earlywarning.history.HistoryImportRefused;
import org.leoprotocol.earlywarning.history.InvalidMapping;
import org.leoprotocol.earlywarning.history.MappingProblem;
import org.leoprotocol.earlywarning.indicators.Breakdown;
import org.leoprotocol.earlywarning.indicators.IndicatorQueries;
import org.leoprotocol.earlywarning.indicators.RiskScore;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Early warning over JSON: flags and their review for supervisors and command (investigators may read), an officer's
 * indicators as of any date and the history import for administrators (entries and rule settings:
 * {@link PerformanceEntryApi}). Every read of an officer's record is audited.
 */
@RestController
@RequestMapping(EarlyWarningApi.BASE)
@PreAuthorize(EarlyWarningApi.READERS)
class EarlyWarningApi {

	static final String BASE = "/api/v1/early-warning";
	static final String READERS = "hasAnyRole('SUPERVISOR','COMMAND','INVESTIGATOR')";
	static final String REVIEWERS = "hasAnyRole('SUPERVISOR','COMMAND')";
	static final String RECORDERS = "hasAnyRole('SUPERVISOR','COMMAND','ADMIN')";

	private final EarlyWarning earlyWarning;
	private final FlagReview flagReview;
	private final HistoryImport historyImport;
	private final HistoryBackfill backfill;
	private final AuditTrail audit;
	private final ModelExplainer explainer;

	EarlyWarningApi(EarlyWarning earlyWarning, FlagReview flagReview, HistoryImport historyImport,
			HistoryBackfill backfill,
			AuditTrail audit, ModelExplainer explainer) {
		this.explainer = explainer;
		this.backfill = backfill;
		this.earlyWarning = earlyWarning;
		this.flagReview = flagReview;
		this.historyImport = historyImport;
		this.audit = audit;
	}

	/**
	 * A flag with the officer it concerns, named, and beside the rules' reasons what the agency's learned model says
	 * (its estimate and strongest contributions, or that the flag rests on the rule score alone, and why).
	 */
	record FlagRecord(String officer, Flag flag, ModelExplanation model) {
	}

	@GetMapping("/flags")
	List<FlagRecord> flags(@RequestParam(required = false) FlagStatus status, Locale locale) {
		audit.query(AuditAction.SEARCH, EarlyWarning.COMPONENT, "Flag",
				Sentence.ofText("audit.detail.search.criteria", "status=" + status));
		return records(flagReview.flags(status, 500), locale);
	}

	/** Flags whose intervention's follow-up date has come, most overdue first. */
	@GetMapping("/flags/follow-ups-due")
	List<FlagRecord> followUpsDue(Locale locale) {
		audit.query(AuditAction.SEARCH, EarlyWarning.COMPONENT, "Flag",
				Sentence.ofText("audit.detail.search.follow-ups-due"));
		return records(flagReview.followUpsDue(), locale);
	}

	@GetMapping("/flags/{id}")
	FlagRecord flag(@PathVariable UUID id, Locale locale) {
		Flag flag = flagReview.flag(id);
		audit.read(EarlyWarning.COMPONENT, RecordReference.of("Flag", id), null);
		return records(List.of(flag), locale).get(0);
	}

	private List<FlagRecord> records(List<Flag> flags, Locale locale) {
		List<UUID> officers = flags.stream().map(Flag::officerId).distinct().toList();
		var labels = earlyWarning.labels(officers);
		var models = explainer.explain(officers, earlyWarning.today().plusDays(1), locale);
		return flags.stream()
			.map(flag -> new FlagRecord(labels.get(flag.officerId()), flag, models.get(flag.officerId()))).toList();
	}

	/**
	 * One step of a review: {@code ACKNOWLEDGE}, {@code PLAN} (with plan and follow-up date) or {@code CLOSE} (with
	 * outcome).
	 */
	record ReviewRequest(String step, String plan, LocalDate followUpOn, String outcome) {
	}

	@PostMapping("/flags/{id}/review")
	@PreAuthorize(REVIEWERS)
	Flag review(@PathVariable UUID id, @RequestBody ReviewRequest request, Actor actor) {
		String step = request == null || request.step() == null ? ""
				: request.step().strip().toUpperCase(java.util.Locale.ROOT);
		return switch (step) {
			case "ACKNOWLEDGE" -> flagReview.acknowledge(id, actor);
			case "PLAN" -> flagReview.planIntervention(id, request.plan(), request.followUpOn(), actor);
			case "CLOSE" -> flagReview.close(id, request.outcome(), actor);
			default -> throw new InvalidInput("earlywarning.flag.step");
		};
	}

	/** The agency's officers ranked by score with what was known on the date, top {@code limit} (at most 1,000). */
	@GetMapping("/ranking")
	List<RankedOfficer> ranking(@RequestParam String agency,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > 1000) {
			throw new InvalidInput("earlywarning.ranking.limit");
		}
		audit.query(AuditAction.SEARCH, EarlyWarning.COMPONENT, "OfficerHistory",
				Sentence.ofText("audit.detail.search.ranking", "agency=" + agency + " asOf=" + asOf));
		List<RankedOfficer> ranked = earlyWarning.ranking(agency, asOf);
		return ranked.subList(0, Math.min(limit, ranked.size()));
	}

	/** An officer's indicators and allegations by category and finding, with what was known on the date. */
	record IndicatorRecord(Indicators indicators, double score, List<Reason> reasons,
			List<Breakdown> allegations) {
	}

	@GetMapping("/officers/{officer}/indicators")
	IndicatorRecord indicators(@PathVariable UUID officer,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		Indicators indicators = earlyWarning.indicators(officer, asOf);
		audit.read(EarlyWarning.COMPONENT, RecordReference.of("OfficerHistory", officer),
				Sentence.of("audit.detail.officer-history.as-of", indicators.asOf()));
		return new IndicatorRecord(indicators, RiskScore.of(indicators),
				EarlyWarning.reasons(indicators, earlyWarning.settingsByRule()),
				earlyWarning.breakdown(officer, indicators.asOf()));
	}

	@GetMapping("/roster/{officer}/indicators")
	IndicatorRecord rosterIndicators(@PathVariable OfficerId officer,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return indicators(earlyWarning.trackedOfficer(officer), asOf);
	}

	/**
	 * Imports a CSV sent as the body with a shipped or earlier uploaded mapping, named by {@code mapping}. An import
	 * refused as a whole (empty, not text, codes the mapping refuses) is answered 422 with each reason at its line.
	 */
	@PostMapping(path = "/import", consumes = "text/csv")
	@PreAuthorize("hasRole('ADMIN')")
	HistoryImportReport importHistory(@RequestParam String mapping, HttpServletRequest request, Locale locale)
			throws IOException {
		HistoryMapping chosen = historyImport.chosenMapping(mapping);
		try (Reader csv = new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8)) {
			return accepted(historyImport.importCsv(chosen, csv, line -> {
			}), locale);
		}
	}

	/**
	 * Imports the part(s) named {@code "file"} — one CSV, or an export's several files, plain or gzip — with either the
	 * mapping named by {@code mapping} or a mapping file sent as the part {@code mappingFile}, which is then kept under
	 * its file name. A mapping that cannot be used, or does not fit a single file's header, is refused with 422 and
	 * every problem at its line, before anything is stored; an import refused as a whole (a missing column, an empty
	 * file, bytes not in the file's encoding, codes the mapping refuses) is answered 422 too, and nothing of it is
	 * stored.
	 */
	@PostMapping(path = "/import", consumes = "multipart/form-data")
	@PreAuthorize("hasRole('ADMIN')")
	HistoryImportReport importHistory(@RequestParam(required = false) String mapping,
			@RequestParam(required = false) MultipartFile mappingFile, @RequestParam("file") List<MultipartFile> files,
			Actor actor,
			Locale locale) throws IOException {
		boolean custom = mappingFile != null && !mappingFile.isEmpty();
		if (!custom && (mapping == null || mapping.isBlank())) {
			throw new InvalidInput("earlywarning.import.mapping", String.valueOf(historyImport.mappingNames()));
		}
		String text = custom ? new String(mappingFile.getBytes(), StandardCharsets.UTF_8) : null;
		HistoryMapping chosen = custom ? historyImport.readUploaded(mappingFile.getOriginalFilename(), text)
				: historyImport.chosenMapping(mapping);
		if (files.size() == 1 && chosen.roles().size() == 1 && !files.get(0).isEmpty()) {
			MultipartFile file = files.get(0);
			try (Reader header = org.leoprotocol.earlywarning.source.SourceFile.text(
					String.valueOf(file.getOriginalFilename()),
					file.getInputStream(), chosen.charset("allegations"))) {
				List<MappingProblem> problems = historyImport.headerProblems(chosen, header);
				if (!problems.isEmpty()) {
					throw new InvalidMapping(chosen.name(), problems);
				}
			}
		}
		if (custom) {
			historyImport.keep(chosen, text, actor);
		}
		List<ExportFile> export = files.stream()
			.map(file -> ExportFile.of(String.valueOf(file.getOriginalFilename()).replaceFirst(".*[/\\\\]", ""),
					file::getInputStream))
			.toList();
		return accepted(historyImport.importExport(chosen, export, line -> {
		}, problem -> {
		}), locale);
	}

	private HistoryImportReport accepted(HistoryImportReport report, Locale locale) {
		HistoryImportReport worded = historyImport.inLanguage(report, locale);
		if (worded.fileProblem() != null) {
			throw new HistoryImportRefused(worded);
		}
		return worded;
	}

	/**
	 * Rebuilds the roster officers' record from recorded cases, protocol findings and commendations; re-evaluates all.
	 */
	@PostMapping("/recompute")
	@PreAuthorize("hasRole('ADMIN')")
	HistoryBackfill.Result recompute() {
		return backfill.run(line -> {
		});
	}

	/** The mappings an import may name: the shipped ones and those uploaded. */
	@GetMapping("/mappings")
	@PreAuthorize("hasRole('ADMIN')")
	List<String> mappings() {
		return historyImport.mappingNames();
	}

}
