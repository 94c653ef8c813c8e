package org.leoprotocol.earlywarning.model;

import java.time.LocalDate;
import java.util.List;

/** A trained model, or the reason there is none. */
record RollingFit(Trees trees, LocalDate asOf, List<LocalDate> origins, int rows, int positives,
		RollingOrigin.TooLittle tooLittle) {

	boolean trained() {
		return trees != null;
	}
}
