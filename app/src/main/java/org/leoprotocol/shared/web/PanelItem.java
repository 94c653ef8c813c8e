package org.leoprotocol.shared.web;

import java.time.Instant;

/**
 * One thing that needs the reader.
 *
 * @param href where to act on it, or {@code null} for a plain fact (an installation's health)
 * @param detail a second line: the next step, who, which case
 * @param due when it falls due, or {@code null}; shown in the agency's zone with its label
 * @param state {@code late}, {@code due} (running), {@code ok} or {@code null}: also a CSS class, always said in words
 * too
 * @param stateText the state in words, e.g. "late by 12 min"
 */
public record PanelItem(String text, String href, String detail, Instant due, String state, String stateText) {

	public static PanelItem link(String text, String href, String detail) {
		return new PanelItem(text, href, detail, null, null, null);
	}

	public static PanelItem fact(String text, String detail, String state, String stateText) {
		return new PanelItem(text, null, detail, null, state, stateText);
	}

	public PanelItem due(Instant at, String clockState, String clockText) {
		return new PanelItem(text, href, detail, at, clockState, clockText);
	}
}
