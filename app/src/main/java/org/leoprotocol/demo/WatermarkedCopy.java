package org.leoprotocol.demo;

/**
 * A watermarked copy of the holding-room clip that went out, stamped ahead of time: its code, recipient and purpose.
 * The code is what traces a leaked copy back to the one recipient it was given to.
 */
record WatermarkedCopy(String code, String recipient, String purpose) {

	String resource() {
		return "demo/holding-room-2.LEO-" + code + ".mp4";
	}
}
