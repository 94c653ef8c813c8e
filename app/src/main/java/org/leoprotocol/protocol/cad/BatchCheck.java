package org.leoprotocol.protocol.cad;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.leoprotocol.personnel.Roster;
import org.leoprotocol.protocol.CadImport;
import org.leoprotocol.protocol.HistoricalIncident;
import org.leoprotocol.protocol.Protocols;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.stereotype.Component;

/**
 * Checks a whole CAD import before anything of it is stored: its size, a CAD number given twice, and each incident by
 * {@link CadImportCheck}. An incident imported before is not checked again (the import leaves it as it is).
 */
@Component
public class BatchCheck {

	private final CadImports imports;
	private final Protocols protocols;
	private final Roster roster;
	private final Clock clock;

	BatchCheck(CadImports imports, Protocols protocols, Roster roster, Clock clock) {
		this.imports = imports;
		this.protocols = protocols;
		this.roster = roster;
		this.clock = clock;
	}

	/**
	 * Each incident of the batch as checked, in order, {@code null} for one imported before; or, when any incident has
	 * a problem, {@link CadImportRefused} with every problem of every incident.
	 */
	public List<CadImportCheck.Checked> check(List<HistoricalIncident> batch) {
		if (batch == null || batch.isEmpty()) {
			throw new CadImportRefused(Sentence.of("protocol.cad.noIncident"));
		}
		if (batch.size() > CadImport.MAX_BATCH) {
			throw new CadImportRefused(Sentence.of("protocol.cad.tooMany", String.valueOf(CadImport.MAX_BATCH),
					String.valueOf(batch.size())));
		}
		List<Sentence> problems = new ArrayList<>();
		List<CadImportCheck.Checked> checks = new ArrayList<>();
		Set<String> numbers = new HashSet<>();
		for (int i = 0; i < batch.size(); i++) {
			HistoricalIncident incident = batch.get(i);
			Sentence where = incident == null || incident.cadNumber() == null
					? Sentence.of("protocol.cad.where.incident", String.valueOf(i + 1))
					: Sentence.of("protocol.cad.where.cadIncident", String.valueOf(i + 1),
							incident.cadNumber().strip());
			if (incident == null) {
				problems.add(Sentence.of(IncidentCheck.AT, where, Sentence.of("protocol.cad.empty")));
				checks.add(null);
				continue;
			}
			if (incident.cadNumber() != null && !numbers.add(incident.cadNumber().strip())) {
				problems.add(Sentence.of(IncidentCheck.AT, where, Sentence.of("protocol.cad.twice")));
			}
			if (incident.cadNumber() != null && imports.incidentOf(incident.cadNumber().strip()).isPresent()) {
				checks.add(null);
				continue;
			}
			CadImportCheck.Checked checked = new CadImportCheck(
					CadImportCheck.measuredAgainst(protocols, incident.protocolVersion()),
					badge -> roster.findByBadge(badge).map(officer -> officer.id()), clock.instant())
				.check(incident);
			checked.problems().forEach(problem -> problems.add(Sentence.of(IncidentCheck.AT, where, problem)));
			checks.add(checked);
		}
		if (!problems.isEmpty()) {
			throw new CadImportRefused(problems);
		}
		return checks;
	}
}
