package org.leoprotocol.access.factor;

import org.leoprotocol.audit.AuditTrail;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * Spring Security's WebAuthn relying party over Leo's database. A passkey must verify its user (a PIN or a fingerprint
 * on the device, the "UV" flag of W3C Web Authentication section 6.1) both when it is made and at every sign-in: a
 * passkey is then something the staff member has and something they know or are, which is why it may stand for the
 * second factor, or for both factors (NIST SP 800-63B, 5.1.9, multi-factor cryptographic authenticators). It must also
 * be discoverable (a "resident" key), so that the sign-in page can offer it without a user name.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

	@Bean
	JdbcPublicKeyCredentialUserEntityRepository passkeyUsers(JdbcOperations jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	PasskeyCredentials passkeyCredentials(JdbcOperations jdbc, JdbcPublicKeyCredentialUserEntityRepository users,
			AuditTrail audit) {
		return new PasskeyCredentials(jdbc, users, audit);
	}

	@Bean
	Webauthn4JRelyingPartyOperations passkeyRelyingParty(JdbcPublicKeyCredentialUserEntityRepository users,
			PasskeyCredentials credentials, PasskeySettings settings) {
		Webauthn4JRelyingPartyOperations relyingParty = new Webauthn4JRelyingPartyOperations(users, credentials,
				PublicKeyCredentialRpEntity.builder().id(settings.rpId()).name(settings.rpName()).build(),
				settings.origins());
		relyingParty.setCustomizeCreationOptions(
				options -> options.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
					.userVerification(UserVerificationRequirement.REQUIRED).residentKey(ResidentKeyRequirement.REQUIRED)
					.build()));
		relyingParty
			.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
		return relyingParty;
	}
}
