package org.leoprotocol.protocol;

import java.util.ArrayList;
import java.util.List;

import org.leoprotocol.protocol.cad.BatchCheck;
import org.leoprotocol.protocol.cad.CadImportCheck;
import org.leoprotocol.protocol.cad.CadImportRefused;
import org.leoprotocol.protocol.cad.IncidentImport;
import org.leoprotocol.shared.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings closed incidents from a department's computer-aided dispatch (CAD) system into Leo's record, so years of past
 * responses count in the statistics and in early warning like incidents Leo saw live. An imported incident keeps its
 * own times; its steps are measured against the protocol version it names, but no step clock is scheduled, because
 * every deadline lies in the past. Gap analysis runs on its timeline as on a live one, and the events a live response
 * publishes ({@link IncidentOpened}, {@link EscalationRaised}, {@link IncidentReunified},
 * {@link ProtocolFindingRecorded}) carry the historical times. The incident and each of its timeline entries are marked
 * as coming from CAD; the CAD incident number makes a repeated import store nothing. A batch is checked whole first
 * ({@link BatchCheck}), then each incident stored ({@link IncidentImport}).
 */
@Service
public class CadImport {

	/** How many incidents one request may carry. */
	public static final int MAX_BATCH = 1000;

	private final BatchCheck check;
	private final IncidentImport incidents;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;

	CadImport(BatchCheck check, IncidentImport incidents, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		this.check = check;
		this.incidents = incidents;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * Imports the incidents all together or not at all: when any of them has a problem, nothing is stored and
	 * {@link CadImportRefused} lists every problem of every incident. The events are published in the same transaction,
	 * so an import and its events are stored together or not at all.
	 */
	public List<CadImportResult> importAll(List<HistoricalIncident> batch, Actor importer) {
		List<EscalationRaised> raised = new ArrayList<>();
		return transactions.execute(status -> {
			List<CadImportResult> results = store(batch, importer.username(), raised);
			raised.forEach(events::publishEvent);
			return results;
		});
	}

	private List<CadImportResult> store(List<HistoricalIncident> batch, String importedBy,
			List<EscalationRaised> raised) {
		List<CadImportCheck.Checked> checks = check.check(batch);
		List<CadImportResult> results = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			results.add(checks.get(i) == null ? incidents.alreadyImported(batch.get(i).cadNumber().strip())
					: incidents.store(batch.get(i), checks.get(i), importedBy, raised));
		}
		return results;
	}

	/** Imports one incident; see {@link #importAll}. */
	public CadImportResult importIncident(HistoricalIncident incident, Actor importer) {
		return importAll(List.of(incident), importer).get(0);
	}
}
