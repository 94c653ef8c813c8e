package org.leoprotocol.transparency;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.transparency.officer.OfficerPageViews;
import org.leoprotocol.transparency.officer.OfficerQuery;
import org.leoprotocol.transparency.opendata.OpenData;
import org.leoprotocol.transparency.web.OfficerIndexView;
import org.leoprotocol.transparency.web.OfficerPageView;
import org.leoprotocol.transparency.web.PortalView;
import org.leoprotocol.transparency.web.TableView;
import org.leoprotocol.transparency.web.TransparencyRoutes;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public API, version 1, documented in {@code docs/transparency.md}: the list of tables with their data dictionary,
 * each table as JSON (the same document as the download), the portal's filtered statistics, and the officer index and
 * officer pages.
 */
@RestController
class PublicApi {

	private final Dictionary dictionary;
	private final OpenData openData;
	private final Portal portal;
	private final OfficerPageViews officers;

	PublicApi(Dictionary dictionary, OpenData openData, Portal portal, OfficerPageViews officers) {
		this.dictionary = dictionary;
		this.openData = openData;
		this.portal = portal;
		this.officers = officers;
	}

	@GetMapping(TransparencyRoutes.API + "/tables")
	List<TableView> tables(Locale locale) {
		return dictionary.all(locale);
	}

	@GetMapping(TransparencyRoutes.API + "/tables/{table}")
	void table(@PathVariable String table, HttpServletResponse response) throws IOException {
		PublishedTable found = PublishedTable.named(table);
		response.setContentType("application/json");
		openData.json(found, response.getOutputStream());
	}

	@GetMapping(TransparencyRoutes.API + "/statistics")
	PortalView statistics(@RequestParam(required = false) Integer year, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String category, Locale locale) {
		return portal.view(PortalFilter.of(year, unit, category), locale);
	}

	@GetMapping(TransparencyRoutes.API + "/officers")
	OfficerIndexView officers(@RequestParam(name = "q", required = false) String text,
			@RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page,
			@RequestParam(required = false) String after, @RequestParam(required = false) String before,
			Locale locale) {
		return officers.index(OfficerQuery.of(text, sort, page, after, before), TransparencyRoutes.API + "/officers",
				locale);
	}

	@GetMapping(TransparencyRoutes.API + "/officers/{key}")
	OfficerPageView officer(@PathVariable String key, Locale locale) {
		return officers.page(key, locale);
	}
}
