package org.leoprotocol.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetSafeTests {

	@ParameterizedTest
	@ValueSource(strings = { "=SUM(A1:A9)", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=" })
	void prefixesCellsThatASpreadsheetWouldRunAsAFormula(String value) {
		assertThat(SpreadsheetSafe.cell(value)).isEqualTo("'" + value);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Jane Doe", "4711", "a=b", "jdoe@example.org", "'=1", " =1", "\n" })
	void leavesOtherCellsAlone(String value) {
		assertThat(SpreadsheetSafe.cell(value)).isEqualTo(value);
	}

	@Test
	void leavesNullAndEmptyAlone() {
		assertThat(SpreadsheetSafe.cell(null)).isNull();
		assertThat(SpreadsheetSafe.cell("")).isEmpty();
	}
}
