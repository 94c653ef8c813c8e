package org.leoprotocol.access;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.token.ApiScopes;
import org.leoprotocol.access.token.ApiTokenDesk;
import org.leoprotocol.access.token.ApiTokenDesk.NewToken;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LeoIntegrationTest
class ApiDocumentIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired StaffDirectory staff;
	@Autowired ApiTokenDesk tokens;
	@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

	@Test
	void everyApiEndpointIsInTheOpenApi31Document() throws Exception {
		JsonNode document = document();
		Set<String> documented = new TreeSet<>(operations(document).keySet());

		Set<String> missing = new TreeSet<>(served());
		missing.removeAll(documented);

		assertThat(document.get("openapi").asString()).startsWith("3.1");
		assertThat(served()).hasSizeGreaterThan(50);
		assertThat(missing).as("endpoints missing from /v3/api-docs").isEmpty();
	}

	@Test
	void everyOperationNamesItsScopeRolesAndProblemDocuments() throws Exception {
		operations(document()).forEach((operation, node) -> {
			String[] methodAndPath = operation.split(" ", 2);
			String scope = ApiScopes.required(methodAndPath[0], methodAndPath[1]).orElseThrow();
			assertThat(node.path("x-scope").asString()).as(operation).isEqualTo(scope);
			assertThat(node.path("security").get(0).path(ApiDescription.BEARER).get(0).asString()).as(operation).isEqualTo(scope);
			assertThat(node.path("x-roles").asString()).as(operation).isNotBlank();
			assertThat(node.path("responses").path("403").path("content").has("application/problem+json")).as(operation).isTrue();
			assertThat(ApiScopes.AREAS).as(operation).contains(scope.substring(0, scope.indexOf(':')));
		});
	}

	@Test
	void everyOperationInTheDocumentRefusesATokenWithoutItsScope() throws Exception {
		String admin = StaffAccountsForTests.ensure(staff, Role.ADMIN);
		Map<String, String> withoutScope = new TreeMap<>();
		List<String> unrefused = new ArrayList<>();
		for (String operation : operations(document()).keySet()) {
			String[] methodAndPath = operation.split(" ", 2);
			String scope = ApiScopes.required(methodAndPath[0], methodAndPath[1]).orElseThrow();
			String secret = withoutScope.computeIfAbsent(scope, needed -> {
				Set<String> others = new HashSet<>(ApiScopes.all());
				others.remove(needed);
				return tokens.issue(new NewToken("all but " + needed, admin, false, others, 1), admin).secret();
			});
			MvcResult result = mvc.perform(request(HttpMethod.valueOf(methodAndPath[0]), concrete(methodAndPath[1]))
				.header("Authorization", "Bearer " + secret)).andReturn();
			if (result.getResponse().getStatus() != 403
					|| !String.valueOf(result.getResponse().getHeader("WWW-Authenticate")).contains("insufficient_scope")) {
				unrefused.add(operation + " answered " + result.getResponse().getStatus());
			}
		}
		assertThat(unrefused).isEmpty();
		assertThat(withoutScope).isNotEmpty();
	}

	@Test
	void everyReadOperationLetsATokenWithItsScopeThrough() throws Exception {
		String admin = StaffAccountsForTests.ensure(staff, Role.ADMIN);
		List<String> refused = new ArrayList<>();
		for (String operation : operations(document()).keySet()) {
			String[] methodAndPath = operation.split(" ", 2);
			if (!methodAndPath[0].equals("GET")) {
				continue;
			}
			String scope = ApiScopes.required("GET", methodAndPath[1]).orElseThrow();
			String secret = tokens.issue(new NewToken("only " + scope, admin, false, Set.of(scope), 1), admin).secret();
			MvcResult result = mvc.perform(get(concrete(methodAndPath[1])).header("Authorization", "Bearer " + secret)).andReturn();
			if (result.getResponse().getStatus() == 401 || result.getResponse().getHeader("WWW-Authenticate") != null) {
				refused.add(operation + " answered " + result.getResponse().getStatus());
			}
		}
		assertThat(refused).isEmpty();
	}

	@Test
	void theDocumentAndTheExplorerAreForStaffOnly() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
		mvc.perform(get("/swagger-ui/index.html").accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isUnauthorized());
		mvc.perform(get("/swagger-ui/index.html").with(StaffAccountsForTests.as(staff, Role.OFFICER))).andExpect(status().isOk());
	}

	private JsonNode document() throws Exception {
		String json = mvc.perform(get("/v3/api-docs").with(StaffAccountsForTests.as(staff, Role.ADMIN)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonMapper.builder().build().readTree(json);
	}

	/** "METHOD /path" of every operation in the document, with its node. */
	private static Map<String, JsonNode> operations(JsonNode document) {
		Map<String, JsonNode> operations = new TreeMap<>();
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
				operations.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
			}
		}
		return operations;
	}

	/** "METHOD /path" of every handler Leo serves under /api/. */
	private Set<String> served() {
		Set<String> served = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/")) {
					continue;
				}
				String path = pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
				(methods.isEmpty() ? Set.of(RequestMethod.GET) : methods).forEach(method -> served.add(method.name() + " " + path));
			}
		}
		return served;
	}

	private static String concrete(String path) {
		return path.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
	}
}
