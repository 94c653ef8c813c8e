package org.leoprotocol.transparency;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The median of values kept as a histogram (value → how many cases had it), the lower middle for an even count. */
final class Median {

	private Median() {
	}

	static Optional<Integer> of(Map<Integer, Long> histogram, long atLeast) {
		long total = histogram.values().stream().mapToLong(Long::longValue).sum();
		if (total == 0 || total < atLeast) {
			return Optional.empty();
		}
		long middle = (total + 1) / 2;
		long seen = 0;
		for (Map.Entry<Integer, Long> bucket : new TreeMap<>(histogram).entrySet()) {
			seen += bucket.getValue();
			if (seen >= middle) {
				return Optional.of(bucket.getKey());
			}
		}
		throw new IllegalStateException("unreachable: the buckets add up to " + total);
	}
}
