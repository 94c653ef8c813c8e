package org.leoprotocol.transparency.opendata;

import java.io.StringWriter;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvFormatTests {

	@Test
	void cellsAreQuotedAndFormulaSafe() throws Exception {
		StringWriter out = new StringWriter();
		CsvFormat.line(out, Arrays.asList("2026", "=1+2", "a, b", "say \"hi\"", "<5", null));
		assertThat(out).hasToString("2026,'=1+2,\"a, b\",\"say \"\"hi\"\"\",<5,\r\n");
	}

	@Test
	void aCellWithALineBreakStaysOneCell() throws Exception {
		StringWriter out = new StringWriter();
		CsvFormat.line(out, Arrays.asList("Unit 4", "first line\nsecond line", "-3"));
		assertThat(out).hasToString("Unit 4,\"first line\nsecond line\",'-3\r\n");
	}
}
