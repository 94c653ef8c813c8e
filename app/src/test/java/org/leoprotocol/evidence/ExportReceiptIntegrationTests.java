package org.leoprotocol.evidence;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.evidence.custody.CustodyLedger;
import org.leoprotocol.evidence.export.ExportCopies;
import org.leoprotocol.evidence.ledger.ExportProof;
import org.leoprotocol.evidence.ledger.ExportVerifier;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An export's receipt checks against the published checkpoint and key with no database; a changed file fails. */
@LeoIntegrationTest
class ExportReceiptIntegrationTests {

	@Autowired
	CustodyLedger ledger;
	@Autowired
	MockMvc mvc;
	@Autowired
	org.leoprotocol.access.StaffDirectory staff;

	@Test
	void aReceiptProvesTheExportedFileAgainstTheSignedCheckpoint() throws Exception {
		Path directory = Files.createTempDirectory("leo-export");
		Path file = directory.resolve("LEO-TEST-clip.txt");
		Files.writeString(file, "an exported copy for defence counsel");
		CustodyEvent exported = ledger.record(EvidenceId.random(), CustodyAction.EXPORTED, "export=" + UUID.randomUUID()
				+ " code=TEST recipient=Defence parent_sha256=" + "0".repeat(64) + " export_sha256="
				+ ExportCopies.sha256(file), Actor.leo());
		ledger.record(EvidenceId.random(), CustodyAction.VIEWED, "after the export", Actor.leo());
		Files.writeString(directory.resolve("LEO-TEST-clip.txt.proof"), ledger.proveEntry(exported).text());
		String key = "--key=" + ledger.verifierKey();

		StringWriter out = new StringWriter();
		assertThat(ExportVerifier.run(List.of(file.toString(), key), new PrintWriter(out, true))).as(out.toString())
			.isZero();
		assertThat(out.toString()).contains("recorded as event " + exported.position())
			.contains("VERIFIED: the ledger recorded this file");

		Files.writeString(file, "an exported copy for defence counsel, altered");
		StringWriter altered = new StringWriter();
		assertThat(ExportVerifier.run(List.of(file.toString(), key), new PrintWriter(altered, true))).isEqualTo(1);
		assertThat(altered.toString()).contains("NOT VERIFIED").contains("is not the one the custody event recorded");

		ExportProof proof = ExportProof.parse(Files.readString(directory.resolve("LEO-TEST-clip.txt.proof")));
		ExportProof moved = new ExportProof(proof.entry(), proof.index() + 1, proof.path(), proof.checkpoint());
		assertThat(moved.check(new byte[32], java.util.Optional.empty()))
			.anySatisfy(f -> assertThat(f).contains("is not leaf " + (exported.position() + 1)));
	}

	@Test
	void theReceiptOfAnUnknownExportIsNotFound() throws Exception {
		mvc.perform(get("/api/v1/evidence/exports/{id}/proof", UUID.randomUUID()).with(as(staff, Role.INVESTIGATOR)))
			.andExpect(status().isNotFound());
	}
}
