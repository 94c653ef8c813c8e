package org.leoprotocol.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The most heap a benchmark's run held at once: the sum of every heap pool's peak since the pools were last reset. */
public final class PeakHeap {

	private PeakHeap() {
	}

	/** The line each benchmark prints: the peak beside the heap's limit, in MB. */
	public static String line() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return String.format("Peak heap %,d MB of max %,d MB", peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
	}
}
