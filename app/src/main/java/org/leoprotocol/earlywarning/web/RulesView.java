package org.leoprotocol.earlywarning.web;

import java.util.List;

import org.leoprotocol.earlywarning.RuleSetting;

/** The agency's rule settings, each with what the rule looks for; editable by command and administrators. */
public record RulesView(List<Rule> rules, boolean mayEdit, String problem, String notice) {

	/** One rule's setting and description. */
	public record Rule(RuleSetting setting, String description) {
	}
}
