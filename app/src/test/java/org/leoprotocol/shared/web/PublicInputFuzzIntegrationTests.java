package org.leoprotocol.shared.web;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.leoprotocol.LeoIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * A property-based fuzz test (jqwik) over every input the public reaches without signing in: every endpoint of the
 * handler mappings that Leo's security rules open to an anonymous visitor (asked of Spring Security itself at run time,
 * not listed here), and the sign-in endpoints Spring Security's filters answer ({@code /login},
 * {@code /login/webauthn}, {@code /webauthn/authenticate/options}). Each try draws one piece of hostile text (any
 * character at all, control characters, lone surrogates, bidirectional overrides, emoji, text tens of thousands of
 * characters long, markup, numbers out of range) and one way of delivering it (a form field, a path segment, a JSON
 * property, a JSON value of the wrong type, malformed JSON, a body of the wrong media type) and sends it to every
 * public endpoint. The property: no answer is a 500. The seed is fixed so a run replays; jqwik prints the smallest
 * input it shrank a failure to.
 */
@LeoIntegrationTest
class PublicInputFuzzIntegrationTests {

	private static final String[] PIECES = { "\u0000", "\u0001", "\u001b[2J", "\u007f", "\u0085", "\u2028", "\u202e",
			"\ud800",
			"\udfff", "\ufeff", "\uffff", "😀", "<script>alert(1)</script>", "' or 1=1 --", "%00", "%",
			"../../etc/passwd", "-1", "0",
			"99999999999999999999", "1e309", "NaN", "2026-02-30", "25:61", "true", "null", "{}", "[]", "\"", "\\", "é",
			"ß", "\r\n",
			"\t", " ", "" };
	private static final List<Endpoint> SIGN_IN_FILTERS = List.of(
			new Endpoint("POST", "/login", List.of("username", "password"), null),
			new Endpoint("POST", "/login/webauthn", List.of(), List.of("id", "rawId", "response", "type")),
			new Endpoint("POST", "/webauthn/authenticate/options", List.of(), null));
	private static final AtomicInteger REQUESTS = new AtomicInteger();
	private static final AtomicInteger ENDPOINTS = new AtomicInteger();

	@Autowired
	MockMvc mvc;
	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;
	@Autowired
	WebInvocationPrivilegeEvaluator security;

	/** Where the hostile text goes. */
	enum Delivery {
		FIELD, PATH, JSON_STRING, JSON_WRONG_TYPE, MALFORMED_JSON, WRONG_MEDIA_TYPE
	}

	/**
	 * One public endpoint: its method, path pattern, the fields it reads and the properties of its JSON body (null:
	 * none).
	 */
	record Endpoint(String method, String pattern, List<String> fields, List<String> bodyProperties) {
	}

	/** jqwik runs this class, not JUnit Jupiter: the shared test context is fetched from Spring's context cache. */
	@BeforeProperty
	void shareLeosTestContext() throws Exception {
		new TestContextManager(PublicInputFuzzIntegrationTests.class).prepareTestInstance(this);
	}

	@Property(tries = 25, seed = "15", shrinking = ShrinkingMode.BOUNDED)
	void noPublicInputMakesLeoAnswer500(@ForAll("hostile") String text, @ForAll Delivery delivery,
			@ForAll @IntRange(min = 0, max = 10_000) int pick) throws Exception {
		List<Endpoint> endpoints = publicEndpoints();
		ENDPOINTS.set(endpoints.size());
		assertThat(endpoints).as("public endpoints found").hasSizeGreaterThan(30);
		List<String> failures = new ArrayList<>();
		for (Endpoint endpoint : endpoints) {
			int status = mvc.perform(call(endpoint, text, delivery, pick)).andReturn().getResponse().getStatus();
			REQUESTS.incrementAndGet();
			if (status >= 500) {
				failures.add(endpoint.method() + " " + endpoint.pattern() + " answered " + status + " to " + delivery);
			}
		}
		assertThat(failures).isEmpty();
	}

	@AfterContainer
	static void count() {
		System.out
			.println("public-input fuzz: " + REQUESTS.get() + " requests to " + ENDPOINTS.get() + " public endpoints");
	}

	@Provide
	Arbitrary<String> hostile() {
		return Arbitraries.frequencyOf(
				net.jqwik.api.Tuple.of(3, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40)),
				net.jqwik.api.Tuple.of(3,
						Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(5).map(pieces -> String.join("", pieces))),
				net.jqwik.api.Tuple.of(2,
						Arbitraries.strings().withCharRange('\u0000', '\u001f')
							.withChars('\u007f', '\u0085', '\u2028', '\u202e')
							.ofMinLength(1).ofMaxLength(8).map(controls -> "An officer" + controls + " near the park")),
				net.jqwik.api.Tuple.of(1,
						Arbitraries.integers().between(2_000, 70_000).map(length -> "ß😀a".repeat(length / 4))),
				net.jqwik.api.Tuple.of(1,
						Arbitraries.strings().withCharRange('\u0100', '\uffff').ofMinLength(1).ofMaxLength(30)));
	}

	private List<Endpoint> publicEndpoints() {
		AnonymousAuthenticationToken visitor = new AnonymousAuthenticationToken("fuzz", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
		List<Endpoint> endpoints = new ArrayList<>(SIGN_IN_FILTERS);
		Set<String> seen = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : mappings.getHandlerMethods().entrySet()) {
			for (String pattern : handler.getKey().getPatternValues()) {
				for (RequestMethod method : methods(handler.getKey())) {
					if (security.isAllowed("", concrete(pattern, "1"), method.name(), visitor)
							&& seen.add(method + " " + pattern)) {
						endpoints.add(new Endpoint(method.name(), pattern, fields(handler.getValue()),
								bodyProperties(handler.getValue())));
					}
				}
			}
		}
		return endpoints;
	}

	private MockHttpServletRequestBuilder call(Endpoint endpoint, String text, Delivery delivery, int pick) {
		String path = concrete(endpoint.pattern(), delivery == Delivery.PATH
				? UriUtils.encodePathSegment(text, StandardCharsets.UTF_8) : "00000000-0000-0000-0000-000000000000");
		MockHttpServletRequestBuilder call = request(HttpMethod.valueOf(endpoint.method()), URI.create(path))
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr("198.51.100." + (1 + REQUESTS.get() % 250));
				return request;
			});
		List<String> fields = endpoint.fields();
		String hostileField = fields.isEmpty() ? null : fields.get(pick % fields.size());
		for (String field : fields) {
			boolean hostile = field.equals(hostileField)
					&& (delivery == Delivery.FIELD || endpoint.bodyProperties() == null);
			call.param(field, hostile ? plausible(field) + text : plausible(field));
		}
		if (endpoint.bodyProperties() != null || delivery == Delivery.WRONG_MEDIA_TYPE) {
			body(call, endpoint.bodyProperties() == null ? List.of() : endpoint.bodyProperties(), text, delivery, pick);
		}
		return call;
	}

	private static void body(MockHttpServletRequestBuilder call, List<String> properties, String text,
			Delivery delivery, int pick) {
		Map<String, Object> json = new LinkedHashMap<>();
		String hostile = properties.isEmpty() ? "text" : properties.get(pick % properties.size());
		for (String property : properties) {
			json.put(property, plausible(property));
		}
		Object[] wrongTypes = { pick, -pick * 1e300, List.of(text), Map.of("value", text), true, null };
		json.put(hostile, switch (delivery) {
			case JSON_WRONG_TYPE -> wrongTypes[pick % wrongTypes.length];
			default -> plausible(hostile) + text;
		});
		String written = JsonMapper.builder().build().writeValueAsString(json);
		switch (delivery) {
			case MALFORMED_JSON -> call.contentType(MediaType.APPLICATION_JSON)
				.content(written.substring(0, pick % written.length()) + text);
			case WRONG_MEDIA_TYPE ->
				call.contentType(pick % 2 == 0 ? MediaType.TEXT_PLAIN : MediaType.APPLICATION_XML).content(text);
			default -> call.contentType(MediaType.APPLICATION_JSON).content(written);
		}
	}

	/** A value the field would accept, so that the hostile text in one field gets as far into Leo as it can. */
	private static String plausible(String field) {
		String name = field.toLowerCase(Locale.ROOT);
		if (name.contains("email")) {
			return "visitor@example.org";
		}
		if (name.contains("phone")) {
			return "5551234567";
		}
		if (name.endsWith("at") || name.contains("date") || name.contains("when") || name.contains("time")) {
			return "2026-11-20T14:30";
		}
		if (name.contains("count") || name.contains("seats") || name.contains("age") || name.contains("rating")) {
			return "2";
		}
		if (name.contains("consent") || name.contains("agree")) {
			return "true";
		}
		return "An officer spoke to me near the park";
	}

	private static String concrete(String pattern, String value) {
		return pattern.replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(value));
	}

	/** Request parameters the handler reads, and the components of a form record it binds. */
	private static List<String> fields(HandlerMethod handler) {
		Set<String> fields = new LinkedHashSet<>(List.of("lang", "q", "page"));
		for (Parameter parameter : handler.getMethod().getParameters()) {
			RequestParam param = parameter.getAnnotation(RequestParam.class);
			if (param != null) {
				fields.add(!param.name().isEmpty() ? param.name()
						: !param.value().isEmpty() ? param.value() : parameter.getName());
			}
			else if (parameter.getType().isRecord() && parameter.getAnnotation(RequestBody.class) == null) {
				for (RecordComponent component : parameter.getType().getRecordComponents()) {
					fields.add(component.getName());
				}
			}
		}
		return List.copyOf(fields);
	}

	private static List<String> bodyProperties(HandlerMethod handler) {
		for (Parameter parameter : handler.getMethod().getParameters()) {
			if (parameter.getAnnotation(RequestBody.class) != null) {
				Class<?> type = parameter.getType();
				return type.isRecord()
						? java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList()
						: List.of();
			}
		}
		return null;
	}

	private static Set<RequestMethod> methods(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		return methods.isEmpty() ? Set.of(RequestMethod.GET) : methods;
	}
}
