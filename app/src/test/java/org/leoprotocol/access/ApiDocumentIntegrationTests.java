package org.leoprotocol.access;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.token.ApiScopes;
import org.leoprotocol.access.token.ApiTokenDesk;
import org.leoprotocol.access.token.IssuedToken;
import org.leoprotocol.access.token.NewToken;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI document describes every endpoint under {@code /api/}, and every operation in it, generated from the
 * document rather than listed here, enforces API tokens: a token without the operation's scope is refused (403), a
 * token with only that scope gets through, a revoked or expired token is refused (401), and every use, accepted or
 * refused, is in the audit trail.
 */
@LeoIntegrationTest
class ApiDocumentIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	ApiTokenDesk tokens;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

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
			assertThat(node.path("security").get(0).path(ApiDescription.BEARER).get(0).asString()).as(operation)
				.isEqualTo(scope);
			assertThat(node.path("x-roles").asString()).as(operation).isNotBlank();
			assertThat(node.path("responses").path("403").path("content").has("application/problem+json")).as(operation)
				.isTrue();
			assertThat(ApiScopes.AREAS).as(operation).contains(scope.substring(0, scope.indexOf(':')));
		});
	}

	@Test
	void everyOperationInTheDocumentRefusesATokenWithoutItsScopeAndAuditsTheRefusal() throws Exception {
		String admin = StaffAccountsForTests.ensure(staff, Role.ADMIN);
		Map<String, String> withoutScope = new TreeMap<>();
		List<String> unrefused = new ArrayList<>();
		List<String> expectedAudit = new ArrayList<>();
		for (String operation : operations(document()).keySet()) {
			String[] methodAndPath = operation.split(" ", 2);
			String scope = ApiScopes.required(methodAndPath[0], methodAndPath[1]).orElseThrow();
			String secret = withoutScope.computeIfAbsent(scope, needed -> {
				Set<String> others = new HashSet<>(ApiScopes.all());
				others.remove(needed);
				return tokens
					.issue(new NewToken("all but " + needed, admin, false, others, 1), Actor.staff(admin, Role.ADMIN))
					.secret();
			});
			MvcResult result = mvc.perform(request(HttpMethod.valueOf(methodAndPath[0]), concrete(methodAndPath[1]))
				.header("Authorization", "Bearer " + secret)).andReturn();
			if (result.getResponse().getStatus() != 403
					|| !String.valueOf(result.getResponse().getHeader("WWW-Authenticate"))
						.contains("insufficient_scope")) {
				unrefused.add(operation + " answered " + result.getResponse().getStatus());
			}
			expectedAudit
				.add("FAILURE audit.detail.token.scope-missing|all but " + scope + "|" + scope + "|" + methodAndPath[0]
						+ " "
						+ concrete(methodAndPath[1]));
		}
		assertThat(unrefused).isEmpty();
		assertThat(withoutScope).isNotEmpty();
		List<String> audited = tokenAudit(admin);
		assertThat(expectedAudit).allSatisfy(line -> assertThat(audited).contains(line));
	}

	@Test
	void everyOperationLetsATokenWithItsScopeThroughAndAuditsTheUse() throws Exception {
		String admin = StaffAccountsForTests.ensure(staff, Role.ADMIN);
		Map<String, String> onlyScope = new TreeMap<>();
		Map<String, String> expectedAudit = new TreeMap<>();
		List<String> refused = new ArrayList<>();
		for (String operation : operations(document()).keySet()) {
			String[] methodAndPath = operation.split(" ", 2);
			String scope = ApiScopes.required(methodAndPath[0], methodAndPath[1]).orElseThrow();
			String secret = onlyScope.computeIfAbsent(scope,
					needed -> tokens
						.issue(new NewToken("scope check " + needed, admin, false, Set.of(needed), 1),
								Actor.staff(admin, Role.ADMIN))
						.secret());
			String path = concrete(methodAndPath[1]);
			MvcResult result = mvc
				.perform(
						request(HttpMethod.valueOf(methodAndPath[0]), path).header("Authorization", "Bearer " + secret))
				.andReturn();
			String challenge = result.getResponse().getHeader("WWW-Authenticate");
			if (result.getResponse().getStatus() == 401 || (challenge != null && challenge.startsWith("Bearer"))) {
				refused.add(operation + " answered " + result.getResponse().getStatus() + " " + challenge);
			}
			expectedAudit.put(operation,
					"SUCCESS audit.detail.token.used|scope check " + scope + "|" + methodAndPath[0] + " " + path);
		}
		assertThat(refused).isEmpty();
		List<String> audited = tokenAudit(admin);
		assertThat(expectedAudit.values()).allSatisfy(line -> assertThat(audited).contains(line));
	}

	@Test
	void everyOperationRefusesRevokedAndExpiredTokensAndAuditsTheRefusal() throws Exception {
		String admin = StaffAccountsForTests.ensure(staff, Role.ADMIN);
		IssuedToken revoked = tokens
			.issue(new NewToken("revoked, all scopes", admin, false, Set.copyOf(ApiScopes.all()), 30),
					Actor.staff(admin, Role.ADMIN));
		tokens.revoke(revoked.token().id(), Actor.staff(admin, Role.ADMIN));
		IssuedToken expired = tokens.issue(
				new NewToken("expired, all scopes", admin, false, Set.copyOf(ApiScopes.all()), 1),
				Actor.staff(admin, Role.ADMIN));
		jdbc.sql("update api_token set expires_at = created_at - interval '1 second' where id = :id")
			.param("id", expired.token().id()).update();
		List<String> accepted = new ArrayList<>();
		int operations = 0;
		for (String operation : operations(document()).keySet()) {
			String[] methodAndPath = operation.split(" ", 2);
			for (IssuedToken token : List.of(revoked, expired)) {
				MvcResult result = mvc.perform(request(HttpMethod.valueOf(methodAndPath[0]), concrete(methodAndPath[1]))
					.header("Authorization", "Bearer " + token.secret())).andReturn();
				if (result.getResponse().getStatus() != 401
						|| !"Bearer error=\"invalid_token\""
							.equals(result.getResponse().getHeader("WWW-Authenticate"))) {
					accepted.add(operation + " with the " + token.token().name() + " token answered "
							+ result.getResponse().getStatus());
				}
			}
			operations++;
		}
		assertThat(accepted).isEmpty();
		List<String> audited = tokenAudit(admin);
		assertThat(audited.stream().filter(line -> line.startsWith("FAILURE audit.detail.token.refused|revoked|")))
			.hasSizeGreaterThanOrEqualTo(operations);
		assertThat(audited.stream().filter(line -> line.startsWith("FAILURE audit.detail.token.refused|expired|")))
			.hasSizeGreaterThanOrEqualTo(operations);
	}

	private List<String> tokenAudit(String username) {
		return jdbc.sql(
				"select outcome || ' ' || detail from audit_event where actor = :user and action = 'LOGIN' and detail like 'audit.detail.token.%'")
			.param("user", username).query(String.class).list();
	}

	@Test
	void theDocumentAndTheExplorerAreForStaffOnly() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
		mvc.perform(get("/swagger-ui/index.html").accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isUnauthorized());
		mvc.perform(get("/swagger-ui/index.html").with(StaffAccountsForTests.as(staff, Role.OFFICER)))
			.andExpect(status().isOk());
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
				operations.put(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), method.getValue());
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
				(methods.isEmpty() ? Set.of(RequestMethod.GET) : methods)
					.forEach(method -> served.add(method.name() + " " + path));
			}
		}
		return served;
	}

	private static String concrete(String path) {
		return path.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
	}
}
