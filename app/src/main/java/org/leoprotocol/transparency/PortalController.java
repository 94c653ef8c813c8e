package org.leoprotocol.transparency;

import java.util.Locale;

import org.leoprotocol.transparency.web.TransparencyRoutes;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public portal pages: statistics with charts and the data dictionary. No sign-in. */
@Controller
class PortalController {

	private final Portal portal;
	private final Dictionary dictionary;

	PortalController(Portal portal, Dictionary dictionary) {
		this.portal = portal;
		this.dictionary = dictionary;
	}

	@GetMapping(TransparencyRoutes.PORTAL)
	String portal(@RequestParam(required = false) Integer year, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String category, Locale locale, Model model) {
		model.addAttribute("view", portal.view(PortalFilter.of(year, unit, category), locale));
		return "transparency/portal";
	}

	@GetMapping(TransparencyRoutes.DATA)
	String data(Locale locale, Model model) {
		model.addAttribute("tables", dictionary.all(locale));
		return "transparency/data";
	}
}
