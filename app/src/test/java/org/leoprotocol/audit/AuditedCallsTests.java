package org.leoprotocol.audit;

import java.lang.reflect.Method;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditedCallsTests {

	record CaseNumber(UUID value) {
	}

	record Opened(CaseNumber id, String summary) {
	}

	static class Facade {

		@Audited(value = AuditAction.READ, record = "Case", detail = "audit.detail.investigation.read")
		void read(CaseNumber id, String reason) {
		}

		@Audited(value = AuditAction.UPDATE, record = "Case",
				detail = "audit.detail.investigation.investigator-assigned")
		void assign(String investigator, @AuditedRecord CaseNumber id) {
		}
	}

	@Test
	void aTypedIdentifierIsRecordedByItsValue() throws NoSuchMethodException {
		UUID id = UUID.randomUUID();
		Method read = Facade.class.getDeclaredMethod("read", CaseNumber.class, String.class);

		assertThat(AuditedCalls.identifier(read, new Object[] { new CaseNumber(id), "why" })).isEqualTo(id);
	}

	@Test
	void theMarkedParameterIdentifiesTheRecord() throws NoSuchMethodException {
		UUID id = UUID.randomUUID();
		Method assign = Facade.class.getDeclaredMethod("assign", String.class, CaseNumber.class);

		assertThat(AuditedCalls.identifier(assign, new Object[] { "sgt.reyes", new CaseNumber(id) })).isEqualTo(id);
	}

	@Test
	void aCallThatMakesTheRecordNamesItByItsResult() {
		UUID id = UUID.randomUUID();

		assertThat(AuditedCalls.identifierOf(new Opened(new CaseNumber(id), "opened"))).isEqualTo(id);
		assertThat(AuditedCalls.identifierOf(null)).isNull();
	}

	@Test
	void aResultWithoutAnIdCannotNameTheRecord() {
		assertThatThrownBy(() -> AuditedCalls.identifierOf("no id")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("String");
	}

	@Test
	void theComponentIsTheFacadesModule() {
		assertThat(AuditedCalls.component(AuditTrail.class)).isEqualTo("audit");
		assertThat(AuditedCalls.component(org.leoprotocol.audit.chain.ChainVerification.class)).isEqualTo("audit");
	}
}
