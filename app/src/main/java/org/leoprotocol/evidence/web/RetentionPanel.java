package org.leoprotocol.evidence.web;

import java.util.List;

/**
 * How long the item is kept and what holds it; the forms show for investigators and command. {@code categories} are the
 * names of the item's categories in the reader's language; {@code retainUntil} is empty when the item is kept until
 * deleted by hand.
 */
public record RetentionPanel(List<String> categories, String retainUntil, String legalHold, boolean inCase,
		boolean pending,
		List<CategoryOption> allCategories, boolean mayManage, boolean mayCommand) {
}
