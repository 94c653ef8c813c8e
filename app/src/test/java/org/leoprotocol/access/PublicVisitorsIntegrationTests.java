package org.leoprotocol.access;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.engagement.Engagement;
import org.leoprotocol.engagement.EventDetails;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A public visitor reads every public page, download and API answer without the server opening a session, and still
 * cannot be made to submit a public form by another site: each form needs the token of its double-submit cookie. Real
 * HTTP, so Spring Session's filter and the cookies are exactly what a browser sees.
 */
@LeoIntegrationTest
class PublicVisitorsIntegrationTests {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	static final Pattern PRIVATE_LINK = Pattern.compile("href=\"(/public/engagement/[A-Za-z0-9_-]+)\"");

	@LocalServerPort
	int port;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MutableClock clock;
	@Autowired
	Engagement engagement;

	String event;

	@BeforeEach
	void planAnEvent() {
		clock.set(Instant.parse("2026-10-01T10:00:00Z"));
		event = engagement
			.plan(new EventDetails("Visitors' open house", Instant.parse("2026-10-01T12:00:00Z"), "Central Precinct",
					"Tour", 40, "en"))
			.id().toString();
	}

	@Test
	void readingPublicPagesOpensNoSession() throws Exception {
		long sessions = sessions();
		Visitor visitor = new Visitor();
		for (String page : List.of("/", "/?lang=es", "/login", "/public/complaints/new",
				"/public/complaints/new?kind=COMMENDATION",
				"/public/complaints/status", "/public/minutes", "/public/events", "/public/events/" + event,
				"/public/events?lang=es", "/public/engagement/results", "/transparency", "/transparency?lang=es",
				"/transparency/officers", "/transparency/data", "/transparency/data/complaints-received.csv",
				"/transparency/data/complaints-received.json", "/api/public/v1/tables", "/api/public/v1/statistics",
				"/api/v1/public/engagement/events", "/no-such-page", "/staff/personnel")) {
			visitor.get(page);
		}
		assertThat(visitor.sessionCookies).isEmpty();
		assertThat(sessions()).isEqualTo(sessions);
	}

	@Test
	void everyPublicFormNeedsItsTokenAndWorksWithoutASession() throws Exception {
		long sessions = sessions();
		Visitor visitor = new Visitor();

		String complaint = visitor.token("/public/complaints/new");
		Map<String, String> narrative = Map.of("kind", "COMMENDATION", "narrative",
				"The officer helped my neighbour home.",
				"occurredOn", "Saturday", "location", "Square", "officerBadge", "77734", "filedFor", "SELF",
				"anonymous", "yes");
		assertThat(visitor.post("/public/complaints", narrative, null).statusCode()).isEqualTo(403);
		assertThat(visitor.post("/public/complaints", narrative, "forged-" + complaint).statusCode()).isEqualTo(403);
		assertThat(visitor.post("/public/complaints", narrative, complaint).statusCode()).isEqualTo(200);

		Map<String, String> lookup = Map.of("trackingCode", "NO-SUCH-CODE", "accessKey", "wrong");
		assertThat(visitor.post("/public/complaints/status", lookup, null).statusCode()).isEqualTo(403);
		assertThat(visitor.post("/public/complaints/status", lookup, visitor.token("/public/complaints/status"))
			.statusCode())
			.isEqualTo(404);

		String registration = "/public/events/" + event + "/registrations";
		Map<String, String> person = Map.of("name", "Vera Visitor", "email",
				"vera-" + UUID.randomUUID() + "@example.org",
				"partySize", "1", "submissionKey", UUID.randomUUID().toString());
		assertThat(visitor.post(registration, person, null).statusCode()).isEqualTo(403);
		HttpResponse<String> registered = visitor.post(registration, person, visitor.token("/public/events/" + event));
		assertThat(registered.statusCode()).isEqualTo(200);
		Matcher link = PRIVATE_LINK.matcher(registered.body());
		assertThat(link.find()).isTrue();

		clock.set(Instant.parse("2026-10-01T15:00:00Z"));
		Map<String, String> ratings = Map.of("first", "5", "second", "4", "third", "5");
		String survey = link.group(1) + "/survey";
		assertThat(visitor.post(survey, ratings, null).statusCode()).isEqualTo(403);
		assertThat(visitor.post(survey, ratings, visitor.token(survey)).statusCode()).isEqualTo(200);

		assertThat(visitor.sessionCookies).isEmpty();
		assertThat(sessions()).isEqualTo(sessions);
	}

	@Test
	void cancellingARegistrationNeedsTheToken() throws Exception {
		Visitor visitor = new Visitor();
		Map<String, String> person = Map.of("name", "Carl Canceller", "email",
				"carl-" + UUID.randomUUID() + "@example.org",
				"partySize", "2", "submissionKey", UUID.randomUUID().toString());
		HttpResponse<String> registered = visitor.post("/public/events/" + event + "/registrations", person,
				visitor.token("/public/events/" + event));
		Matcher link = PRIVATE_LINK.matcher(registered.body());
		assertThat(link.find()).isTrue();
		String cancel = link.group(1) + "/cancel";

		assertThat(visitor.post(cancel, Map.of(), null).statusCode()).isEqualTo(403);
		assertThat(new Visitor().post(cancel, Map.of(), visitor.token(link.group(1))).statusCode())
			.as("a token without its cookie").isEqualTo(403);
		assertThat(visitor.post(cancel, Map.of(), visitor.token(link.group(1))).statusCode()).isEqualTo(200);
		assertThat(visitor.sessionCookies).isEmpty();
	}

	@Test
	void signingInStartsASessionAndRetiresTheVisitorToken() throws Exception {
		Visitor visitor = new Visitor();
		String token = visitor.token("/login");
		String user = org.leoprotocol.StaffAccountsForTests.ensure(staff, Role.OFFICER);
		HttpResponse<String> login = visitor.post("/login",
				Map.of("username", user, "password", org.leoprotocol.StaffAccountsForTests.PASSWORD), token);

		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(visitor.sessionCookies).hasSize(1);
		assertThat(login.headers().allValues("Set-Cookie"))
			.anyMatch(cookie -> cookie.startsWith(VisitorCsrfTokens.COOKIE + "=;"));
		assertThat(visitor.post("/logout", Map.of(), token).statusCode()).as("the visitor token after signing in")
			.isEqualTo(403);
		assertThat(visitor.post("/logout", Map.of(), visitor.token("/staff")).statusCode()).isEqualTo(302);
	}

	@Autowired
	StaffDirectory staff;

	private long sessions() {
		return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
	}

	/** A browser without JavaScript: keeps the cookies it is given and sends them back. */
	class Visitor {

		final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		final Map<String, String> cookies = new LinkedHashMap<>();
		final List<String> sessionCookies = new java.util.ArrayList<>();

		HttpResponse<String> get(String path) throws Exception {
			return send(request(path).GET());
		}

		String token(String page) throws Exception {
			HttpResponse<String> form = get(page);
			assertThat(form.statusCode()).as(page).isEqualTo(200);
			Matcher token = CSRF.matcher(form.body());
			assertThat(token.find()).as("a CSRF field on " + page).isTrue();
			return token.group(1);
		}

		HttpResponse<String> post(String path, Map<String, String> fields, String token) throws Exception {
			Map<String, String> form = new LinkedHashMap<>(fields);
			if (token != null) {
				form.put("_csrf", token);
			}
			String body = form.entrySet().stream()
				.map(field -> encode(field.getKey()) + "=" + encode(field.getValue())).collect(Collectors.joining("&"));
			return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		private HttpRequest.Builder request(String path) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.timeout(Duration.ofSeconds(30)).header("Accept", "text/html");
			if (!cookies.isEmpty()) {
				request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
					.collect(Collectors.joining("; ")));
			}
			return request;
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			for (String header : response.headers().allValues("Set-Cookie")) {
				String pair = header.split(";", 2)[0];
				String name = pair.substring(0, pair.indexOf('='));
				String value = pair.substring(pair.indexOf('=') + 1);
				if (name.equals("LEO_SESSION")) {
					sessionCookies.add(header);
				}
				if (value.isEmpty()) {
					cookies.remove(name);
				}
				else {
					cookies.put(name, value);
				}
			}
			return response;
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}
	}
}
