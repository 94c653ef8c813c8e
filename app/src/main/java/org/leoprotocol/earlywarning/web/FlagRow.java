package org.leoprotocol.earlywarning.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.leoprotocol.earlywarning.ModelExplanation;

/**
 * A flag in the list: whom it concerns, its score, its strongest reasons and where its review stands, and what the
 * agency's learned model says ({@code model} null where the list does not ask).
 */
public record FlagRow(UUID id, String officer, String score, List<String> topReasons, String status, String statusLabel,
		LocalDate raisedOn, LocalDate followUpOn, ModelExplanation model) {
}
