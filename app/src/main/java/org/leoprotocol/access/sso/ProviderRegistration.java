package org.leoprotocol.access.sso;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * Leo's one registration at the department's provider, learnt from the provider's discovery document (OpenID Connect
 * Discovery 1.0, {@code /.well-known/openid-configuration}) on the first sign-in rather than at start, and learnt again
 * after a failure.
 */
class ProviderRegistration implements ClientRegistrationRepository {

	static final String ID = "department";

	private final SingleSignOnSettings settings;
	private final AtomicReference<ClientRegistration> discovered = new AtomicReference<>();

	ProviderRegistration(SingleSignOnSettings settings) {
		this.settings = settings;
	}

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		if (!ID.equals(registrationId) || !settings.enabled()) {
			return null;
		}
		ClientRegistration known = discovered.get();
		if (known == null) {
			known = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
				.registrationId(ID)
				.clientId(settings.clientId())
				.clientSecret(settings.clientSecret())
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.scope(settings.scopes())
				.userNameAttributeName("sub")
				.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
				.build();
			discovered.set(known);
		}
		return known;
	}
}
