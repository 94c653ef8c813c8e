package org.leoprotocol.transparency;

import java.util.List;
import java.util.Locale;

import org.leoprotocol.transparency.web.TransparencyRoutes;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public portal pages: statistics with charts, the officer pages and the data dictionary. No sign-in. */
@Controller
class PortalController {

	static final int OFFICER_ROWS_ON_PAGE = 500;

	private final Portal portal;
	private final Dictionary dictionary;
	private final PublicTables tables;

	PortalController(Portal portal, Dictionary dictionary, PublicTables tables) {
		this.portal = portal;
		this.dictionary = dictionary;
		this.tables = tables;
	}

	@GetMapping(TransparencyRoutes.PORTAL)
	String portal(@RequestParam(required = false) Integer year, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String category, Locale locale, Model model) {
		model.addAttribute("view", portal.view(PortalFilter.of(year, unit, category), locale));
		return "transparency/portal";
	}

	@GetMapping(TransparencyRoutes.OFFICERS)
	String officers(Locale locale, Model model) {
		model.addAttribute("tables", List.of(PublishedTable.OFFICER_OUTCOMES, PublishedTable.OFFICER_COMMENDATIONS).stream()
			.map(table -> dictionary.describe(table, locale, tables.first(table, OFFICER_ROWS_ON_PAGE))).toList());
		return "transparency/officers";
	}

	@GetMapping(TransparencyRoutes.DATA)
	String data(Locale locale, Model model) {
		model.addAttribute("tables", dictionary.all(locale));
		return "transparency/data";
	}
}
