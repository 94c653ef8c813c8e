package org.leoprotocol.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PublishedCountTests {

	@Test
	void zeroIsShownBecauseItRevealsNoOne() {
		assertThat(PublishedCount.of(0).shown()).isEqualTo("0");
		assertThat(PublishedCount.of(0).suppressed()).isFalse();
	}

	@Test
	void oneToFourAreSuppressed() {
		for (int n = 1; n < 5; n++) {
			assertThat(PublishedCount.of(n).shown()).isEqualTo("<5");
			assertThat(PublishedCount.of(n).plotted()).isZero();
		}
	}

	@Test
	void fiveAndAboveAreShown() {
		assertThat(PublishedCount.of(5).shown()).isEqualTo("5");
		assertThat(PublishedCount.of(1234).plotted()).isEqualTo(1234);
	}

	@Test
	void negativeCountsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> PublishedCount.of(-1));
	}
}
