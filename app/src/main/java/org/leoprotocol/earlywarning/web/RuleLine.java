package org.leoprotocol.earlywarning.web;

import org.leoprotocol.earlywarning.RuleSetting;

/** One rule's setting and description. */
public record RuleLine(RuleSetting setting, String description) {
}
