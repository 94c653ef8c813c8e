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
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Imports closed incidents from a department's CAD system over JSON: one incident or a list of them
 * ({@link HistoricalIncident}). Command staff and administrators only; each import is audited. A request with any
 * problem stores nothing and is answered 422 ({@link CadImportRefused}) with every problem listed under
 * {@code problems}, in the client's {@code Accept-Language}.
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
			throw new CadImportRefused(Sentence.of("protocol.cad.unreadable", unreadable.getOriginalMessage()));
		}
		if (tree == null || tree.isMissingNode() || tree.isNull()) {
			throw new CadImportRefused(Sentence.of("protocol.cad.notIncidents"));
		}
		List<JsonNode> nodes = new ArrayList<>();
		if (tree.isArray()) {
			tree.forEach(nodes::add);
		}
		else {
			nodes.add(tree);
		}
		List<HistoricalIncident> incidents = new ArrayList<>();
		List<Sentence> problems = new ArrayList<>();
		for (int i = 0; i < nodes.size(); i++) {
			try {
				incidents.add(json.treeToValue(nodes.get(i), HistoricalIncident.class));
			}
			catch (JacksonException unreadable) {
				Sentence where = Sentence.of("protocol.cad.where.incident", String.valueOf(i + 1));
				problems.add(unreadable.getPathReference() == null
						? Sentence.of(IncidentCheck.AT, where, unreadable.getOriginalMessage())
						: Sentence.of("protocol.cad.unreadableAt", where, unreadable.getOriginalMessage(),
								unreadable.getPathReference()));
			}
		}
		if (!problems.isEmpty()) {
			throw new CadImportRefused(problems);
		}
		return incidents;
	}

}
