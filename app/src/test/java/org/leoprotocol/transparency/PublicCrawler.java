package org.leoprotocol.transparency;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Reads everything the public can reach without signing in, following every link, form action and script source from
 * the seeds, and fails on the first answer that contains a protected name or is a server error.
 */
final class PublicCrawler {

	private static final Pattern LINK = Pattern.compile("(?:href|src|action)=\"(/[^\"#]*)\"");

	private final MockMvc mvc;
	private final List<String> protectedNames;
	private final int mostPages;

	PublicCrawler(MockMvc mvc, List<String> protectedNames, int mostPages) {
		this.mvc = mvc;
		this.protectedNames = protectedNames;
		this.mostPages = mostPages;
	}

	/** Crawls from the seeds; returns every address read. */
	Set<String> crawl(List<String> seeds) throws Exception {
		Set<String> seen = new LinkedHashSet<>(seeds);
		Deque<String> queue = new ArrayDeque<>(seeds);
		while (!queue.isEmpty()) {
			String path = queue.poll();
			MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
			assertThat(response.getStatus()).as("status of %s", path).isLessThan(500);
			String body = response.getContentAsString(StandardCharsets.UTF_8);
			for (String name : protectedNames) {
				assertThat(body.toLowerCase(Locale.ROOT)).as("%s must not show %s", path, name)
					.doesNotContain(name.toLowerCase(Locale.ROOT));
			}
			Matcher links = LINK.matcher(body);
			while (links.find() && seen.size() < mostPages) {
				String link = links.group(1).replace("&amp;", "&");
				if (isPublic(link) && seen.add(link)) {
					queue.add(link);
				}
			}
		}
		return seen;
	}

	private static boolean isPublic(String path) {
		return !path.startsWith("/staff") && !path.startsWith("/login") && !path.startsWith("/logout")
				&& !path.startsWith("/css/")
				&& !path.startsWith("/js/") && !path.startsWith("/webjars/") && !path.startsWith("/images/")
				&& !(path.startsWith("/api/") && !path.startsWith("/api/public/")
						&& !path.startsWith("/api/v1/public/"));
	}
}
