package org.leoprotocol.earlywarning;

import org.leoprotocol.earlywarning.history.InvalidMapping;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryImportTests {

	@Test
	void anUploadedMappingIsKeptUnderItsFileNameButNeverAShippedOne() {
		assertThat(HistoryImport.mappingName("C:\\exports\\Agency-2024.properties")).isEqualTo("Agency-2024");
		assertThat(HistoryImport.mappingName("/tmp/springfield.txt")).isEqualTo("springfield");
		assertThatThrownBy(() -> HistoryImport.mappingName("ccrb.properties")).isInstanceOf(InvalidMapping.class)
			.hasMessageContaining("is the name of a shipped mapping");
		assertThatThrownBy(() -> HistoryImport.mappingName("my agency.properties")).isInstanceOf(InvalidMapping.class)
			.hasMessageContaining("must be 1 to 60 letters, digits, dots, dashes or underscores");
	}
}
