package org.leoprotocol.evidence.custody;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.leoprotocol.evidence.CustodyEvent;
import org.leoprotocol.evidence.EvidenceCustody;
import org.leoprotocol.evidence.EvidenceCustody.EvidenceRecord;
import org.leoprotocol.evidence.EvidenceId;
import org.leoprotocol.evidence.EvidenceRoles;
import org.leoprotocol.evidence.custody.CustodyLedger.HeadView;
import org.leoprotocol.evidence.web.EvidenceRoutes;
import org.leoprotocol.shared.Actor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * An item's chain of custody as JSON, CSV and a court-ready PDF, for the API and the item's page alike; the PDF is
 * written in its reader's language, its times in UTC as a forensic record read beside other agencies' is.
 */
@RestController
@PreAuthorize(EvidenceRoles.HANDLES_EVIDENCE)
class CustodyReportApi {

	private final EvidenceCustody custody;
	private final CustodyLedger ledger;
	private final String agency;
	private final MessageSource messages;

	CustodyReportApi(EvidenceCustody custody, CustodyLedger ledger, @Value("${leo.agency.name}") String agency,
			MessageSource messages) {
		this.messages = messages;
		this.custody = custody;
		this.ledger = ledger;
		this.agency = agency;
	}

	@GetMapping("/api/v1/evidence/{id}/custody")
	List<CustodyEvent> json(@PathVariable String id, Actor actor) {
		return custody.custodyReport(EvidenceId.of(id), "json", actor).custody();
	}

	@GetMapping({ "/api/v1/evidence/{id}/custody.csv", EvidenceRoutes.LIST + "/{id}/custody.csv" })
	ResponseEntity<StreamingResponseBody> csv(@PathVariable String id, Actor actor) {
		EvidenceRecord record = custody.custodyReport(EvidenceId.of(id), "csv", actor);
		StreamingResponseBody body = out -> {
			OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			CustodyReport.csv(record, writer);
			writer.flush();
		};
		return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"custody-" + id + ".csv\"").body(body);
	}

	@GetMapping({ "/api/v1/evidence/{id}/custody.pdf", EvidenceRoutes.LIST + "/{id}/custody.pdf" })
	ResponseEntity<StreamingResponseBody> pdf(@PathVariable String id, Actor actor, java.util.Locale reader) {
		EvidenceRecord record = custody.custodyReport(EvidenceId.of(id), "pdf", actor);
		ledger.publishHead();
		java.util.Optional<HeadView> head = ledger.heads().stream().reduce((first, second) -> second);
		StreamingResponseBody body = out -> CustodyReport.pdf(record, head, agency,
				(key, arguments) -> messages.getMessage(key, arguments, reader), out);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"custody-" + id + ".pdf\"").body(body);
	}
}
