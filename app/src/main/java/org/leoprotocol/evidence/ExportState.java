package org.leoprotocol.evidence;

/** Where an export stands: its watermarked copy being made, ready to download, or failed (the original untouched). */
public enum ExportState {
	RUNNING, READY, FAILED
}
