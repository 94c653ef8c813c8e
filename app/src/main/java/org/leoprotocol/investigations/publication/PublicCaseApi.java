package org.leoprotocol.investigations.publication;

import java.util.Locale;

import org.leoprotocol.investigations.CaseReports;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public case record by case number, as the publication policy allows ({@link PublicCase}), its words in the
 * client's language.
 */
@RestController
@RequestMapping("/api/v1/public/cases")
class PublicCaseApi {

	private final CaseReports reports;
	private final MessageSource messages;

	PublicCaseApi(CaseReports reports, MessageSource messages) {
		this.reports = reports;
		this.messages = messages;
	}

	@GetMapping("/{caseNumber}")
	PublicCase publicCase(@PathVariable String caseNumber, Locale language) {
		return PublicCase.of(reports.published(caseNumber), key -> messages.getMessage(key, null, language));
	}
}
