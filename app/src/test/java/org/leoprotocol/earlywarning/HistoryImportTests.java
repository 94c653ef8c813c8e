package org.leoprotocol.earlywarning;

import org.leoprotocol.earlywarning.history.InvalidMapping;
import org.leoprotocol.shared.phrase.Sentence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryImportTests {

	@Test
	void anUploadedMappingIsKeptUnderItsFileNameButNeverAShippedOne() {
		assertThat(HistoryImport.mappingName("C:\\exports\\Agency-2024.properties")).isEqualTo("Agency-2024");
		assertThat(HistoryImport.mappingName("/tmp/springfield.txt")).isEqualTo("springfield");
		assertThatThrownBy(() -> HistoryImport.mappingName("ccrb.properties"))
			.isInstanceOfSatisfying(InvalidMapping.class, refused -> assertThat(refused.problems())
				.containsExactly(Sentence.of("earlywarning.mapping.shippedName", "ccrb")));
		assertThatThrownBy(() -> HistoryImport.mappingName("my agency.properties"))
			.isInstanceOfSatisfying(InvalidMapping.class, refused -> assertThat(refused.problems())
				.containsExactly(Sentence.of("earlywarning.mapping.name")));
	}
}
