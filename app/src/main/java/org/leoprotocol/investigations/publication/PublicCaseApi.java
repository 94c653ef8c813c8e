package org.leoprotocol.investigations.publication;

import org.leoprotocol.investigations.CaseReports;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public case record by case number, as the publication policy allows ({@link PublicCase}). */
@RestController
@RequestMapping("/api/v1/public/cases")
class PublicCaseApi {

	private final CaseReports reports;

	PublicCaseApi(CaseReports reports) {
		this.reports = reports;
	}

	@GetMapping("/{caseNumber}")
	PublicCase publicCase(@PathVariable String caseNumber) {
		return reports.publicCase(caseNumber);
	}
}
