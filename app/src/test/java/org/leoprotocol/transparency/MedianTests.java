package org.leoprotocol.transparency;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MedianTests {

	@Test
	void theMiddleCaseOfAHistogram() {
		assertThat(Median.of(Map.of(3, 1L, 10, 3L, 40, 1L), 5)).contains(10);
	}

	@Test
	void theLowerMiddleForAnEvenNumberOfCases() {
		assertThat(Median.of(Map.of(2, 3L, 9, 3L), 5)).contains(2);
	}

	@Test
	void noMedianOverTooFewCasesOrNone() {
		assertThat(Median.of(Map.of(2, 4L), 5)).isEmpty();
		assertThat(Median.of(Map.of(), 5)).isEmpty();
	}
}
