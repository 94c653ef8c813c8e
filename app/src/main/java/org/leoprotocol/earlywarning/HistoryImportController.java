package org.leoprotocol.earlywarning;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.leoprotocol.earlywarning.web.EarlyWarningRoutes;
import org.leoprotocol.earlywarning.web.HistoryImportView;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The administrators' page for importing an agency's complaint history with one of the shipped mappings. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class HistoryImportController {

	private final HistoryImport historyImport;

	HistoryImportController(HistoryImport historyImport) {
		this.historyImport = historyImport;
	}

	@GetMapping(EarlyWarningRoutes.IMPORT)
	String importForm(Model model) {
		model.addAttribute("view", new HistoryImportView(historyImport.builtInMappings(), "ccrb", null, null));
		return "earlywarning/import";
	}

	@PostMapping(EarlyWarningRoutes.IMPORT)
	String importHistory(@RequestParam(defaultValue = "") String mapping, @RequestParam("file") MultipartFile file, Model model)
			throws IOException {
		if (!historyImport.builtInMappings().contains(mapping)) {
			throw new IllegalArgumentException("Choose one of the mappings " + historyImport.builtInMappings());
		}
		if (file.isEmpty()) {
			throw new IllegalArgumentException("Choose a CSV file to import; the one sent was empty");
		}
		try (Reader csv = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			model.addAttribute("view", new HistoryImportView(historyImport.builtInMappings(), mapping,
					historyImport.importCsv(mapping, csv, line -> { }), file.getOriginalFilename()));
		}
		return "earlywarning/import";
	}
}
