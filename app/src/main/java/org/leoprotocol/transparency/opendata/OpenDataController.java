package org.leoprotocol.transparency.opendata;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.transparency.PublishedTable;
import org.leoprotocol.transparency.web.TransparencyRoutes;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads of every published table as CSV and JSON, streamed while the rows are read. */
@Controller
class OpenDataController {

	private final OpenData openData;

	OpenDataController(OpenData openData) {
		this.openData = openData;
	}

	@GetMapping(TransparencyRoutes.DATA + "/{table}.csv")
	void csv(@PathVariable String table, HttpServletResponse response) throws IOException {
		PublishedTable found = PublishedTable.named(table);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + found.fileName() + ".csv\"");
		openData.csv(found, response.getOutputStream());
	}

	@GetMapping(TransparencyRoutes.DATA + "/{table}.json")
	void json(@PathVariable String table, HttpServletResponse response) throws IOException {
		PublishedTable found = PublishedTable.named(table);
		response.setContentType("application/json");
		openData.json(found, response.getOutputStream());
	}
}
