package org.leoprotocol.transparency;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.leoprotocol.transparency.statistics.Tally;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationGateTests {

	final PublicationGate gate = new PublicationGate(null, null, null);

	@Test
	void smallCountsAreSuppressedAndPlottedAsZero() {
		assertThat(gate.count(0)).isEqualTo("0");
		assertThat(gate.count(1)).isEqualTo("<5");
		assertThat(gate.count(4)).isEqualTo("<5");
		assertThat(gate.count(5)).isEqualTo("5");
		assertThat(gate.plotted(3)).isZero();
		assertThat(gate.plotted(12)).isEqualTo(12);
	}

	@Test
	void aTotalLeavesOutTheSuppressedCellsBeneathIt() {
		assertThat(PublicationGate.withheld(3)).isEqualTo(3);
		assertThat(PublicationGate.withheld(5)).isZero();
		assertThat(PublicationGate.withheld(0)).isZero();
		assertThat(gate.total(new Tally("FORCE", 17, 7)).shown()).isEqualTo("10");
		assertThat(gate.total(new Tally("FORCE", 3, 3)).shown()).isEqualTo("0");
		assertThat(gate.total(new Tally("2026", 1, 2)).shown())
			.as("a complaint in two suppressed units").isEqualTo("0");
	}

	@Test
	void aCellHasEveryGeneralisationOfItsKeyAsATotalAboveIt() {
		assertThat(Addition.totalsAbove(java.util.List.of(2026, "A", "FORCE"))).containsExactlyInAnyOrder(
				java.util.List.of(0, "A", "FORCE"), java.util.List.of(2026, "*", "FORCE"),
				java.util.List.of(0, "*", "FORCE"),
				java.util.List.of(2026, "A", "*"), java.util.List.of(0, "A", "*"), java.util.List.of(2026, "*", "*"),
				java.util.List.of(0, "*", "*"));
	}

	@Test
	void onlyPlainCodesPass() {
		assertThat(gate.code("CENTRAL-A")).isEqualTo("CENTRAL-A");
		assertThat(gate.code("NEGLECT_OF_DUTY")).isEqualTo("NEGLECT_OF_DUTY");
		assertThat(gate.code("2026")).isEqualTo("2026");
		assertThat(gate.code("Cora Miller")).isEqualTo(PublicationGate.WITHHELD);
		assertThat(gate.code("=HYPERLINK(\"x\")")).isEqualTo(PublicationGate.WITHHELD);
		assertThat(gate.code(null)).isEqualTo(PublicationGate.WITHHELD);
	}

	@Test
	void aMedianNeedsFiveCases() {
		assertThat(gate.median(Map.of(12, 4L))).isEmpty();
		assertThat(gate.median(Map.of(12, 5L))).contains(12);
	}
}
