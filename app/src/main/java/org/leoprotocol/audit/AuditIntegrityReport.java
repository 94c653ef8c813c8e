package org.leoprotocol.audit;

import java.util.List;

/**
 * What a verification of the audit trail's hash chain found.
 *
 * @param linksChecked links of the chain walked, one per sealed audit row
 * @param unsealedRows audit rows written since the last sealing (not yet protected by the chain)
 * @param ledgerHeadsChecked heads entered in the custody ledger that were compared with the chain
 * @param problems each deleted or changed row, missing or rewritten link, with its position
 */
public record AuditIntegrityReport(long linksChecked, long unsealedRows, long ledgerHeadsChecked,
		List<String> problems) {

	public boolean intact() {
		return problems.isEmpty();
	}

	/** The report as the command line prints it. */
	public List<String> lines() {
		List<String> lines = new java.util.ArrayList<>();
		lines.add("Audit trail: " + linksChecked + " sealed rows checked against the hash chain, " + ledgerHeadsChecked
				+ " chain heads checked against the custody ledger, " + unsealedRows + " rows not yet sealed");
		problems.forEach(problem -> lines.add("  " + problem));
		lines.add(intact() ? "Audit trail INTACT" : "Audit trail TAMPERED: " + problems.size() + " problem(s)");
		return lines;
	}
}
