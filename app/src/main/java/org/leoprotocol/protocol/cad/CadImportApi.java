package org.leoprotocol.protocol.cad;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.leoprotocol.protocol.CadImport;
import org.leoprotocol.protocol.CadImportResult;
import org.leoprotocol.protocol.HistoricalIncident;
import org.leoprotocol.shared.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Imports closed incidents from a department's CAD system over JSON: one incident or a list of them
 * ({@link HistoricalIncident}). Command staff and administrators only; each import is audited. A request with any
 * problem stores nothing and is answered 422 with every problem listed under {@code problems}.
 */
@RestController
@RequestMapping("/api/v1/protocol/incidents/imports")
@PreAuthorize(CadImportApi.IMPORTERS)
class CadImportApi {

	static final String IMPORTERS = "hasAnyRole('COMMAND','ADMIN')";

	private final CadImport cadImport;
	private final JsonMapper json;

	CadImportApi(CadImport cadImport, JsonMapper json) {
		this.cadImport = cadImport;
		this.json = json;
	}

	@PostMapping
	List<CadImportResult> importIncidents(@RequestBody String body, Actor actor) {
		return cadImport.importAll(read(json, body), actor);
	}

	/** Reads one incident or a list; an element that cannot be read is named with its position and the reason. */
	static List<HistoricalIncident> read(JsonMapper json, String body) {
		JsonNode tree;
		try {
			tree = json.readTree(body == null ? "" : body);
		}
		catch (JacksonException unreadable) {
			throw new CadImportRefused(List.of("the JSON cannot be read: " + unreadable.getOriginalMessage()));
		}
		if (tree == null || tree.isMissingNode() || tree.isNull()) {
			throw new CadImportRefused(List.of("send one incident (a JSON object) or a list of them"));
		}
		List<JsonNode> nodes = new ArrayList<>();
		if (tree.isArray()) {
			tree.forEach(nodes::add);
		}
		else {
			nodes.add(tree);
		}
		List<HistoricalIncident> incidents = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < nodes.size(); i++) {
			try {
				incidents.add(json.treeToValue(nodes.get(i), HistoricalIncident.class));
			}
			catch (JacksonException unreadable) {
				problems.add("incident " + (i + 1) + ": " + unreadable.getOriginalMessage()
						+ (unreadable.getPathReference() == null ? "" : " at " + unreadable.getPathReference()));
			}
		}
		if (!problems.isEmpty()) {
			throw new CadImportRefused(problems);
		}
		return incidents;
	}

	@ExceptionHandler(CadImportRefused.class)
	@PreAuthorize("permitAll()")
	ProblemDetail refused(CadImportRefused refused) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				refused.getMessage());
		problem.setTitle("The incidents cannot be imported");
		problem.setProperty("problems", refused.problems());
		return problem;
	}
}
