package org.leoprotocol.protocol.cad;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.leoprotocol.protocol.CadImport;
import org.leoprotocol.protocol.CadImportResult;
import org.leoprotocol.protocol.web.CadImportView;
import org.leoprotocol.protocol.web.IncidentRoutes;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The page on which command staff and administrators paste or upload a CAD export of closed incidents (the JSON of
 * {@link CadImportApi}). A refused import stores nothing and shows every problem, one per line, above the JSON as sent.
 */
@Controller
@PreAuthorize(CadImportApi.IMPORTERS)
class CadImportController {

	static final String TEMPLATE = "incidents/imports";
	/** Larger exports go through the API. */
	static final int MAX_UPLOAD = 4 * 1024 * 1024;

	private final CadImport cadImport;
	private final JsonMapper json;

	CadImportController(CadImport cadImport, JsonMapper json) {
		this.cadImport = cadImport;
		this.json = json;
	}

	@GetMapping(CadImportView.PATH)
	String page(Model model) {
		model.addAttribute("view", CadImportView.empty());
		return TEMPLATE;
	}

	@PostMapping(CadImportView.PATH)
	String importIncidents(@RequestParam(defaultValue = "") String pasted,
			@RequestParam(required = false) MultipartFile file,
			Actor actor, Model model, HttpServletResponse response) throws IOException {
		boolean uploaded = file != null && !file.isEmpty();
		if (uploaded && file.getSize() > MAX_UPLOAD) {
			CadFileTooLarge refused = new CadFileTooLarge(MAX_UPLOAD);
			return refuse(pasted, List.of(refused.sentence()), refused.status(), model, response);
		}
		String text = uploaded ? new String(file.getBytes(), StandardCharsets.UTF_8) : pasted;
		try {
			List<CadImportResult> results = cadImport.importAll(CadImportApi.read(json, text), actor);
			model.addAttribute("view", new CadImportView("", List.of(), results.stream()
				.map(result -> new CadImportView.Outcome(result.cadNumber(),
						IncidentRoutes.incident(result.incidentId()),
						result.imported(), result.findings()))
				.toList()));
			return TEMPLATE;
		}
		catch (CadImportRefused refused) {
			return refuse(text, refused.problems(), refused.status(), model, response);
		}
	}

	/** The page again with the problems, answered with {@code status}: a refusal's is the status its kind answers. */
	private static String refuse(String text, List<Sentence> problems, int status, Model model,
			HttpServletResponse response) {
		response.setStatus(status);
		model.addAttribute("view", new CadImportView(text, problems, List.of()));
		return TEMPLATE;
	}
}
