package org.leoprotocol.shared.web;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.leoprotocol.LeoIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
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
 * Random, hostile text (control characters, lone surrogates, bidirectional overrides, markup, huge and numeric-looking
 * values) in every field, path variable and JSON property of every endpoint the public reaches without signing in:
 * no answer may be a 500. The seed is fixed, and printed with every failure, so a failure replays.
 */
@LeoIntegrationTest
class PublicInputFuzzIntegrationTests {

	private static final long SEED = Long.getLong("leo.fuzz.seed", 15L);
	private static final int ROUNDS = Integer.getInteger("leo.fuzz.rounds", 6);
	private static final List<String> PUBLIC = List.of("/public", "/transparency", "/api/public/", "/api/v1/public/", "/login");
	private static final String[] PIECES = { "\u0000", "\u0001", "\u001b[2J", "\u007f", "\u0085", "\u202e", "\ud800", "\udfff",
			"\uffff", "😀", "<script>alert(1)</script>", "' or 1=1 --", "%00", "%", "../../etc/passwd", "-1", "0",
			"99999999999999999999", "1e309", "NaN", "2026-02-30", "25:61", "true", "null", "{}", "[]", "\"", "\\", "é", "ß", "\r\n",
			"\t", " ", "" };

	@Autowired MockMvc mvc;
	@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

	@Test
	void noPublicInputMakesLeoAnswer500() throws Exception {
		Random random = new Random(SEED);
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (int round = 0; round < ROUNDS; round++) {
			for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : mappings.getHandlerMethods().entrySet()) {
				for (String pattern : handler.getKey().getPatternValues()) {
					if (PUBLIC.stream().noneMatch(pattern::startsWith)) {
						continue;
					}
					for (RequestMethod method : methods(handler.getKey())) {
						MockHttpServletRequestBuilder call = call(method, pattern, handler.getValue(), random);
						int status = mvc.perform(call).andReturn().getResponse().getStatus();
						requests++;
						if (status >= 500) {
							failures.add(method + " " + pattern + " answered " + status + " (seed " + SEED + ", round " + round + ")");
						}
					}
				}
			}
		}
		assertThat(requests).isGreaterThan(50);
		assertThat(failures).isEmpty();
	}

	private MockHttpServletRequestBuilder call(RequestMethod method, String pattern, HandlerMethod handler, Random random) {
		String path = pattern.replaceAll("\\{[^}]+}", UriUtils.encodePathSegment(nasty(random), java.nio.charset.StandardCharsets.UTF_8));
		MockHttpServletRequestBuilder call = request(HttpMethod.valueOf(method.name()), java.net.URI.create(path))
			.with(csrf()).with(request -> {
				request.setRemoteAddr("192.0.2." + (1 + random.nextInt(250)));
				return request;
			});
		List<String> fields = new ArrayList<>(fields(handler));
		String hostile = fields.get(random.nextInt(fields.size()));
		for (String field : fields) {
			call.param(field, field.equals(hostile) ? plausible(field) + nasty(random) : plausible(field));
		}
		Class<?> body = bodyType(handler);
		if (body != null) {
			Map<String, Object> json = new java.util.LinkedHashMap<>();
			if (body.isRecord() && body.getRecordComponents().length > 0) {
				RecordComponent[] components = body.getRecordComponents();
				RecordComponent hostileProperty = components[random.nextInt(components.length)];
				for (RecordComponent component : components) {
					json.put(component.getName(), component != hostileProperty ? plausible(component.getName())
							: random.nextInt(5) == 0 ? (Object) random.nextLong() : plausible(component.getName()) + nasty(random));
				}
			}
			call.contentType(MediaType.APPLICATION_JSON).content(JsonMapper.builder().build().writeValueAsString(json));
		}
		return call;
	}

	/** Request parameters the handler reads, and the components of a form record it binds. */
	/**
	 * A value the field would accept, so that the hostile text in one field gets past the checks of the others and
	 * reaches as far into Leo as it can.
	 */
	private static String plausible(String field) {
		String name = field.toLowerCase(java.util.Locale.ROOT);
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

	private static Set<String> fields(HandlerMethod handler) {
		Set<String> fields = new LinkedHashSet<>(List.of("lang", "q", "page"));
		for (Parameter parameter : handler.getMethod().getParameters()) {
			RequestParam param = parameter.getAnnotation(RequestParam.class);
			if (param != null) {
				fields.add(!param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value() : parameter.getName());
			}
			else if (parameter.getType().isRecord() && parameter.getAnnotation(RequestBody.class) == null) {
				for (RecordComponent component : parameter.getType().getRecordComponents()) {
					fields.add(component.getName());
				}
			}
		}
		return fields;
	}

	private static Class<?> bodyType(HandlerMethod handler) {
		for (Parameter parameter : handler.getMethod().getParameters()) {
			if (parameter.getAnnotation(RequestBody.class) != null) {
				return parameter.getType();
			}
		}
		return null;
	}

	private static Set<RequestMethod> methods(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		return methods.isEmpty() ? Set.of(RequestMethod.GET) : methods;
	}

	private static String nasty(Random random) {
		StringBuilder text = new StringBuilder();
		int pieces = random.nextInt(4) == 0 ? 2000 : 1 + random.nextInt(4);
		for (int i = 0; i < pieces; i++) {
			text.append(PIECES[random.nextInt(PIECES.length)]);
		}
		return text.toString();
	}
}
