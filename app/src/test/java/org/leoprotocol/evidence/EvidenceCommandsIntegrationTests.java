package org.leoprotocol.evidence;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.evidence.custody.CustodyLedger;
import org.leoprotocol.shared.Actor;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The command-line modes, run in the test context: {@code verify-ledger} and {@code trace}. */
@LeoIntegrationTest
class EvidenceCommandsIntegrationTests {

	@Autowired
	EvidenceCommands commands;
	@Autowired
	CustodyLedger ledger;

	@Test
	void verifyLedgerReportsAnIntactLedger() throws Exception {
		ledger.record(EvidenceId.random(), CustodyAction.VIEWED, "before verification", Actor.leo());
		ledger.publishHead();
		StringWriter out = new StringWriter();
		int exit = commands.run(List.of("verify-ledger"), true, null, new PrintWriter(out, true));
		assertThat(out.toString()).contains("Custody ledger:").contains("INTACT");
		assertThat(exit).isZero();
	}

	@Test
	void traceExplainsItsUsageAndUnknownCodes() throws Exception {
		StringWriter out = new StringWriter();
		assertThat(commands.run(List.of("trace"), false, null, new PrintWriter(out, true))).isEqualTo(2);
		assertThat(out.toString()).contains("usage: leo trace FILE");
		StringWriter unknown = new StringWriter();
		assertThat(commands.run(List.of("trace"), false, List.of("LEO-0000000000"), new PrintWriter(unknown, true)))
			.isEqualTo(1);
		assertThat(unknown.toString()).contains("No export has the code LEO-0000000000");
	}
}
