package org.leoprotocol.earlywarning.history;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.earlywarning.EarlyWarning;
import org.leoprotocol.earlywarning.HistoryBackfill;
import org.leoprotocol.earlywarning.HistoryImport;
import org.leoprotocol.earlywarning.history.job.ImportJob;
import org.leoprotocol.earlywarning.history.job.ImportJobs;
import org.leoprotocol.earlywarning.history.job.ImportState;
import org.leoprotocol.earlywarning.web.EarlyWarningRoutes;
import org.leoprotocol.earlywarning.web.HistoryImportView;
import org.leoprotocol.earlywarning.web.ImportJobView;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Refusal;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.WrongState;
import org.leoprotocol.shared.web.FieldsRefused;
import org.leoprotocol.shared.web.Refusals;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page for importing an agency's complaint history: with a shipped mapping, one uploaded earlier,
 * or a mapping file sent with the CSV (kept for next time). A mapping Leo cannot use is refused before anything is
 * stored, with each problem at its line and the mapping's text kept on the form to fix. The import itself runs in the
 * background on this node; its page, on any node, shows the progress, then the report and the rejected rows as CSV.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class HistoryImportController {

	private final AgencyTime time;
	private final HistoryImport historyImport;
	private final ImportJobs jobs;
	private final HistoryBackfill backfill;
	private final AuditTrail audit;
	private final Refusals refusals;
	private final MessageSource messages;

	HistoryImportController(HistoryImport historyImport, ImportJobs jobs, HistoryBackfill backfill, AuditTrail audit,
			AgencyTime time, Refusals refusals, MessageSource messages) {
		this.refusals = refusals;
		this.messages = messages;
		this.time = time;
		this.historyImport = historyImport;
		this.backfill = backfill;
		this.jobs = jobs;
		this.audit = audit;
	}

	@GetMapping(EarlyWarningRoutes.IMPORT)
	String importForm(Model model) {
		model.addAttribute("view",
				HistoryImportView.empty(historyImport.mappingNames(), recent(), (String) model.getAttribute("notice")));
		return "earlywarning/import";
	}

	@PostMapping(EarlyWarningRoutes.IMPORT)
	String importHistory(@RequestParam(defaultValue = "") String mapping,
			@RequestParam(required = false) MultipartFile mappingFile,
			@RequestParam(defaultValue = "") String mappingName, @RequestParam(defaultValue = "") String mappingText,
			@RequestParam(value = "file", required = false) List<MultipartFile> files, Actor actor, Model model,
			HttpServletResponse response, java.util.Locale locale) throws IOException {
		boolean uploaded = mappingFile != null && !mappingFile.isEmpty();
		String name = uploaded ? mappingFile.getOriginalFilename() : mappingName.strip();
		String text = uploaded ? new String(mappingFile.getBytes(), StandardCharsets.UTF_8) : mappingText;
		boolean custom = uploaded || !text.isBlank();
		HistoryImportView form = new HistoryImportView(historyImport.mappingNames(), mapping, custom ? name : "",
				custom ? text : "",
				List.of(), recent(), null);
		List<MultipartFile> sent = files == null ? List.of() : files.stream().filter(file -> !file.isEmpty()).toList();
		if (sent.isEmpty()) {
			return refused(form, List.of(messages.getMessage("historyimport.files.none", null, locale)),
					new FieldsRefused(List.of("file")), model, response, locale);
		}
		List<Path> uploads = new ArrayList<>();
		try {
			List<String> names = new ArrayList<>();
			for (MultipartFile file : sent) {
				Path upload = Files.createTempFile("leo-import", ".upload");
				uploads.add(upload);
				file.transferTo(upload);
				names.add(file.getOriginalFilename() == null ? upload.getFileName().toString()
						: Path.of(file.getOriginalFilename().replace('\\', '/')).getFileName().toString());
			}
			HistoryMapping chosen = custom ? historyImport.readUploaded(name, text)
					: historyImport.chosenMapping(mapping);
			List<ExportFile> export = new ArrayList<>();
			for (int i = 0; i < uploads.size(); i++) {
				Path upload = uploads.get(i);
				export.add(ExportFile.of(names.get(i), () -> Files.newInputStream(upload)));
			}
			List<String> problems = historyImport.fileProblems(chosen, export, locale);
			if (!problems.isEmpty()) {
				return refused(form, problems, new FieldsRefused(List.of("file")), model, response, locale);
			}
			if (custom) {
				historyImport.keep(chosen, text, actor);
			}
			UUID job = jobs.start(chosen, uploads, names, actor.username());
			uploads = List.of();
			return "redirect:" + EarlyWarningRoutes.importJob(job);
		}
		catch (InvalidInput refused) {
			List<String> listed = refusals.problems(refused, locale);
			return refused(form, listed.isEmpty() ? List.of(refusals.said(refused, locale)) : listed, refused, model,
					response, locale);
		}
		finally {
			for (Path upload : uploads) {
				Files.deleteIfExists(upload);
			}
		}
	}

	/** Rebuilds the roster officers' record from the cases, protocol findings and commendations Leo holds. */
	@PostMapping(EarlyWarningRoutes.RECOMPUTE)
	String recompute(RedirectAttributes redirect, java.util.Locale locale) {
		HistoryBackfill.Result result = backfill.run(line -> {
		});
		redirect.addFlashAttribute("notice", messages.getMessage("historyimport.backfilled", new Object[] {
				result.officers(), result.findings(), result.protocolFindings(), result.commendations(),
				result.flagged() },
				locale));
		return "redirect:" + EarlyWarningRoutes.IMPORT;
	}

	@GetMapping(EarlyWarningRoutes.IMPORT + "/jobs/{id}")
	String job(@PathVariable UUID id, Model model) {
		model.addAttribute("job", view(job(id)));
		return "earlywarning/importJob";
	}

	@GetMapping(EarlyWarningRoutes.IMPORT + "/jobs/{id}/progress")
	String progress(@PathVariable UUID id, Model model) {
		model.addAttribute("job", view(job(id)));
		return "earlywarning/importProgress";
	}

	/** The rejected rows as CSV, each problem in the language of the administrator who downloads them. */
	@GetMapping(EarlyWarningRoutes.IMPORT + "/jobs/{id}/problems.csv")
	void problems(@PathVariable UUID id, HttpServletResponse response, java.util.Locale locale) throws IOException {
		if (job(id).state() == ImportState.RUNNING) {
			throw new WrongState("earlywarning.import.running");
		}
		audit.query(AuditAction.EXPORT, EarlyWarning.COMPONENT, "HistoryImport",
				Sentence.ofText("audit.detail.search.import-rejected-rows", id));
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("rejected-rows-" + id + ".csv").build().toString());
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		jobs.writeProblems(id, out, sentence -> messages.getMessage(sentence, locale));
		out.flush();
	}

	/** The form again with its problems, answered with the status of the refusal's kind. */
	private String refused(HistoryImportView form, List<String> problems, Refusal refusal, Model model,
			HttpServletResponse response, java.util.Locale locale) {
		refusals.answered(refusal, response, locale);
		model.addAttribute("view",
				new HistoryImportView(form.mappings(), form.mapping(), form.mappingName(), form.mappingText(),
						problems, form.recent(), null));
		return "earlywarning/import";
	}

	private ImportJob job(UUID id) {
		return jobs.job(id)
			.orElseThrow(() -> new UnknownRecord("earlywarning.import.unknown", id, String.valueOf(ImportJobs.KEPT)));
	}

	private List<ImportJobView> recent() {
		return jobs.recent().stream().map(this::view).toList();
	}

	private ImportJobView view(ImportJob job) {
		return new ImportJobView(job.id().toString(), job.mapping(), job.fileName(), job.startedBy(),
				time.stamp(job.startedAt()), job.state() == ImportState.RUNNING, job.percent(),
				job.lastProgress(), job.report(), job.failure());
	}
}
