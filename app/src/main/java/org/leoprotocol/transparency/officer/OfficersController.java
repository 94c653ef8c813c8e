package org.leoprotocol.transparency.officer;

import java.util.Locale;

import org.leoprotocol.transparency.web.TransparencyRoutes;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public officer pages: the index, searchable, sortable and paged, and each officer's page by its key, as the
 * publication policy allows now. No sign-in. A key no published page has is a 404 page, a bad search a 400 page.
 */
@Controller
class OfficersController {

	private final OfficerPageViews pages;

	OfficersController(OfficerPageViews pages) {
		this.pages = pages;
	}

	@GetMapping(TransparencyRoutes.OFFICERS)
	String officers(@RequestParam(name = "q", required = false) String text,
			@RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page,
			@RequestParam(required = false) String after, @RequestParam(required = false) String before, Locale locale,
			Model model) {
		OfficerQuery query = OfficerQuery.of(text, sort, page, after, before);
		model.addAttribute("view", pages.index(query, TransparencyRoutes.OFFICERS, locale));
		return "transparency/officers";
	}

	@GetMapping(TransparencyRoutes.OFFICERS + "/{key}")
	String officer(@PathVariable String key, Locale locale, Model model) {
		model.addAttribute("view", pages.page(key, locale));
		return "transparency/officer";
	}
}
