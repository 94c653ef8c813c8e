package org.leoprotocol.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AuditQueryTests {

	private final Map<String, Object> params = new HashMap<>();

	@Test
	void anEmptyQueryHasNoConditions() {
		AuditQuery query = new AuditQuery(null, null, null, null, null, null, null, null);

		assertThat(query.where(params)).isEmpty();
		assertThat(params).isEmpty();
	}

	@Test
	void blankFieldsDoNotFilter() {
		AuditQuery query = new AuditQuery("  ", null, "", "\t", null, null, null, null);

		assertThat(query.where(params)).isEmpty();
		assertThat(params).isEmpty();
	}

	@Test
	void everyFieldAddsItsCondition() {
		AuditQuery query = new AuditQuery("jdoe", AuditAction.EXPORT, "officer", "42", Outcome.FAILURE,
				LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), 900L);

		assertThat(query.where(params)).isEqualTo("where actor = :actor and action = :action"
				+ " and record_type = :recordType and record_id = :recordId and outcome = :outcome"
				+ " and occurred_at >= :from and occurred_at < :to and position < :before");
		assertThat(params).containsOnlyKeys("actor", "action", "recordType", "recordId", "outcome", "from", "to",
				"before");
	}

	@Test
	void onlyTheGivenFieldsAddConditions() {
		AuditQuery query = new AuditQuery(null, AuditAction.LOGIN, " ", null, Outcome.SUCCESS, null, null, null);

		assertThat(query.where(params)).isEqualTo("where action = :action and outcome = :outcome");
		assertThat(params).containsOnly(entry("action", "LOGIN"), entry("outcome", "SUCCESS"));
	}

	@Test
	void textIsStripped() {
		AuditQuery query = new AuditQuery(" jdoe ", null, " officer", "42 ", null, null, null, null);

		query.where(params);

		assertThat(params).containsOnly(entry("actor", "jdoe"), entry("recordType", "officer"),
				entry("recordId", "42"));
	}

	@Test
	void fromStartsAtTheBeginningOfItsUtcDay() {
		AuditQuery query = new AuditQuery(null, null, null, null, null, LocalDate.of(2024, 3, 1), null, null);

		assertThat(query.where(params)).isEqualTo("where occurred_at >= :from");
		assertThat(params).containsOnly(entry("from", OffsetDateTime.parse("2024-03-01T00:00Z")));
	}

	@Test
	void toIncludesItsWholeUtcDayByEndingBeforeTheNextOne() {
		AuditQuery query = new AuditQuery(null, null, null, null, null, null, LocalDate.of(2024, 3, 31), null);

		assertThat(query.where(params)).isEqualTo("where occurred_at < :to");
		assertThat(params).containsOnly(entry("to", OffsetDateTime.parse("2024-04-01T00:00Z")));
	}

	@Test
	void theSameFromAndToCoverOneWholeDay() {
		LocalDate day = LocalDate.of(2024, 2, 29);
		AuditQuery query = new AuditQuery(null, null, null, null, null, day, day, null);

		query.where(params);

		assertThat(params).containsOnly(entry("from", OffsetDateTime.parse("2024-02-29T00:00Z")),
				entry("to", OffsetDateTime.parse("2024-03-01T00:00Z")));
	}

	@Test
	void beforeContinuesBelowAPosition() {
		AuditQuery query = new AuditQuery(null, null, null, null, null, null, null, 120L);

		assertThat(query.where(params)).isEqualTo("where position < :before");
		assertThat(params).containsOnly(entry("before", 120L));
	}

	@Test
	void anUnfilteredQueryDescribesItselfAsAll() {
		assertThat(new AuditQuery(null, null, " ", null, null, null, null, null).describe()).isEqualTo("all");
	}

	@Test
	void theDescriptionIgnoresThePage() {
		assertThat(new AuditQuery(null, null, null, null, null, null, null, 120L).describe()).isEqualTo("all");
	}

	@Test
	void theDescriptionListsTheFiltersInOrder() {
		AuditQuery query = new AuditQuery(" jdoe ", AuditAction.LOGIN, null, null, Outcome.FAILURE, null, null, 7L);

		assertThat(query.describe()).isEqualTo("{actor=jdoe, action=LOGIN, outcome=FAILURE}");
	}

	@Test
	void theDescriptionShowsTheDaysAsGiven() {
		AuditQuery query = new AuditQuery(null, null, null, null, null, LocalDate.of(2024, 3, 1),
				LocalDate.of(2024, 3, 31), null);

		assertThat(query.describe()).isEqualTo("{from=2024-03-01, to=2024-03-31}");
	}
}
