package org.leoprotocol.earlywarning.web;

import org.leoprotocol.earlywarning.rules.RuleSetting;

/** One rule's setting on the rules page, with the message key of its description. */
public record RuleLine(RuleSetting setting, String descriptionKey) {
}
