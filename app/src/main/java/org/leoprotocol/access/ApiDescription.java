package org.leoprotocol.access;

import java.util.List;
import java.util.Map;

import org.leoprotocol.access.token.ApiScopes;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI 3.1 description of every {@code /api} endpoint at {@code /v3/api-docs}, read by staff (and by the API
 * explorer at {@code /swagger-ui/index.html}): each operation names the token scope it needs ({@link ApiScopes}, as
 * {@code x-scope} and as a bearer security requirement), the roles its controller asks for ({@code x-roles}, from
 * {@code @PreAuthorize}) and its refusals as RFC 9457 problem documents.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	static final String BEARER = "apiToken";
	private static final String PROBLEM = "Problem";
	private static final Map<String, String> REFUSALS = Map.of("400", "Bad input", "401", "No valid credentials",
			"403", "Refused for the caller's roles, need-to-know or the token's scopes", "404", "No such record",
			"409", "The record's state does not allow it");

	@Bean
	OpenAPI leoOpenApi() {
		return new OpenAPI().info(new Info().title("Leo API").version("v1")
			.description("Staff API of Leo. Programs authenticate with an API token (Authorization: Bearer), issued on "
					+ "the API tokens page; each operation names the one scope it needs."))
			.components(new Components()
				.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
					.description("An API token; its scopes limit it to areas of the API, read or write"))
				.addSchemas(PROBLEM, problemSchema()));
	}

	@Bean
	GlobalOperationCustomizer rolesFromPreAuthorize() {
		return (operation, handler) -> {
			PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
			rule = rule != null ? rule
					: AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
			operation.addExtension("x-roles", rule == null ? "any signed-in staff member" : rule.value());
			return operation;
		};
	}

	@Bean
	GlobalOpenApiCustomizer scopesAndProblems() {
		return api -> api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			String scope = ApiScopes.required(method.name(), path).orElseThrow();
			operation.addExtension("x-scope", scope);
			operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER, scope)));
			ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
			REFUSALS.forEach((status, description) -> responses.putIfAbsent(status, problem(description)));
			operation.setResponses(responses);
		}));
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description).content(new Content().addMediaType("application/problem+json",
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		Schema<Object> problem = new Schema<>();
		problem.addType("object");
		problem.description("RFC 9457 problem details");
		for (String text : List.of("type", "title", "detail", "instance", "messageKey", "field")) {
			problem.addProperty(text, new Schema<String>().type("string"));
		}
		problem.addProperty("status", new Schema<Integer>().type("integer"));
		return problem;
	}
}
