package org.leoprotocol.access.token;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.leoprotocol.shared.InvalidInput;

/**
 * What a token may do, in the scope syntax of OAuth 2.0 (RFC 6749, 3.3): one scope per area of the API and kind of use,
 * {@code incidents:read} for reading incidents, {@code protocol:write} for CAD imports, {@code public:read} for open
 * data. The area is the first path segment after {@code /api/v1/} ({@code public} for every public path); reading is
 * GET and HEAD, everything else writes. Every endpoint thus has exactly one scope, a new endpoint included, and a token
 * allowed to read an area can never change it.
 */
public final class ApiScopes {

	/** The areas of the API; the OpenAPI test fails when an endpoint lies outside them. */
	public static final List<String> AREAS = List.of("audit", "board", "complaints", "conflicts", "duty",
			"early-warning",
			"engagement", "evidence", "hearings", "incidents", "investigations", "investigators", "notifications",
			"officers",
			"protocol", "protocols", "public", "public-texts", "training", "transparency");

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

	private ApiScopes() {
	}

	/** The scope a request to an API path needs; empty for a path outside {@code /api/}. */
	public static Optional<String> required(String method, String path) {
		if (!path.startsWith("/api/")) {
			return Optional.empty();
		}
		String rest = path.substring("/api/".length());
		rest = rest.startsWith("v1/") ? rest.substring(3) : rest;
		String area = rest.startsWith("public/") || rest.equals("public") ? "public" : rest.split("/", 2)[0];
		return Optional.of(area + ":" + (READS.contains(method) ? "read" : "write"));
	}

	/** Every scope a token can be given, in the order the token page lists them. */
	public static List<String> all() {
		return AREAS.stream().flatMap(area -> java.util.stream.Stream.of(area + ":read", area + ":write")).toList();
	}

	static void check(Set<String> scopes) {
		if (scopes.isEmpty()) {
			throw new InvalidInput("access.token.scopes.missing");
		}
		for (String scope : scopes) {
			if (!all().contains(scope)) {
				throw new InvalidInput("access.token.scope.unknown", scope);
			}
		}
	}
}
