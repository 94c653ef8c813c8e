package org.leoprotocol.earlywarning.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.leoprotocol.earlywarning.ModelExplanation;

/**
 * A flag in the list: whom it concerns, its score, its strongest reasons, where its review stands (a {@code FlagStatus}
 * name, shown through the keys {@code ew.flag.status.*}) and what the agency's learned model says ({@code model} null
 * where the list does not ask).
 */
public record FlagRow(UUID id, String officer, String score, List<String> topReasons, String status,
		LocalDate raisedOn, LocalDate followUpOn, ModelExplanation model) {
}
