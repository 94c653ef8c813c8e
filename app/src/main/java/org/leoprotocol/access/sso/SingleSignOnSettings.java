package org.leoprotocol.access.sso;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The agency's single sign-on settings, all under {@code leo.access.sso}: {@code issuer-uri}, {@code client-id} and
 * {@code client-secret} of Leo's registration at the provider (single sign-on is off while the issuer is unset),
 * {@code name} shown on the sign-in button, {@code groups-claim} (default {@code groups}), {@code username-claim}
 * (default {@code preferred_username}), {@code scopes} and {@code roles[GROUP]=ROLE,...}. With
 * {@code leo.access.local-passwords=false} nobody signs in with a Leo password any more. Read when asked, not at start,
 * so that Leo starts while the provider is unreachable.
 */
@Component
public class SingleSignOnSettings {

	private final Environment environment;

	SingleSignOnSettings(Environment environment) {
		this.environment = environment;
	}

	public boolean enabled() {
		return !issuerUri().isBlank();
	}

	public boolean localPasswords() {
		return environment.getProperty("leo.access.local-passwords", Boolean.class, true);
	}

	public String providerName() {
		return property("name", "your department's sign-in");
	}

	String issuerUri() {
		return property("issuer-uri", "");
	}

	String clientId() {
		return property("client-id", "");
	}

	String clientSecret() {
		return property("client-secret", "");
	}

	String groupsClaim() {
		return property("groups-claim", "groups");
	}

	String usernameClaim() {
		return property("username-claim", "preferred_username");
	}

	List<String> scopes() {
		return List.of(property("scopes", "openid,profile,email").split("\\s*,\\s*"));
	}

	GroupRoles groupRoles() {
		Map<String, String> mapping = Binder.get(environment)
			.bind("leo.access.sso.roles", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
		return GroupRoles.parse(mapping);
	}

	private String property(String name, String otherwise) {
		return environment.getProperty("leo.access.sso." + name, otherwise).strip();
	}
}
