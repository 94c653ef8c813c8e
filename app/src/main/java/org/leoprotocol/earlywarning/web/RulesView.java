package org.leoprotocol.earlywarning.web;

import java.util.List;

/** The agency's rule settings, each with what the rule looks for; editable by command and administrators. */
public record RulesView(List<RuleLine> rules, boolean mayEdit, String problem, String notice) {
}
