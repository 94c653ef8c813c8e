package org.leoprotocol.earlywarning;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InvestigationFindingListenerTests {

	@Test
	void theFadoCategoriesAndNeglectOfDutyKeepTheirNames() {
		for (var category : new org.leoprotocol.investigations.Category[] {
				org.leoprotocol.investigations.Category.FORCE,
				org.leoprotocol.investigations.Category.ABUSE_OF_AUTHORITY,
				org.leoprotocol.investigations.Category.DISCOURTESY,
				org.leoprotocol.investigations.Category.OFFENSIVE_LANGUAGE,
				org.leoprotocol.investigations.Category.NEGLECT_OF_DUTY }) {
			assertThat(InvestigationFindingListener.category(category).name()).isEqualTo(category.name());
		}
	}

	@Test
	void leosOtherCategoriesCountAsOther() {
		assertThat(InvestigationFindingListener.category(org.leoprotocol.investigations.Category.PROTOCOL_VIOLATION))
			.isEqualTo(Category.OTHER);
		assertThat(
				InvestigationFindingListener.category(org.leoprotocol.investigations.Category.FAILURE_TO_TAKE_REPORT))
			.isEqualTo(Category.OTHER);
	}
}
