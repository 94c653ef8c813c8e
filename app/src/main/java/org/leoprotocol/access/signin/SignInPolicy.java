package org.leoprotocol.access.signin;

import java.util.Map;

import org.leoprotocol.personnel.OfficerStatus;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * What an officer's status does to their staff account. An officer relieved of duty keeps no powers he could use
 * against the matter that relieved him: by default a terminated or retired officer's account is disabled at once, a
 * suspended officer cannot sign in, and an officer on administrative leave may read but change nothing (to see notices
 * and answer the investigation through other channels). Each is set with
 * {@code leo.access.sign-in.<STATUS>=FULL|READ_ONLY|NONE|DISABLED}.
 */
@Component
public class SignInPolicy {

	static final Map<OfficerStatus, SignIn> DEFAULTS = Map.of(OfficerStatus.ACTIVE, SignIn.FULL,
			OfficerStatus.ADMINISTRATIVE_LEAVE, SignIn.READ_ONLY, OfficerStatus.SUSPENDED, SignIn.NONE,
			OfficerStatus.TERMINATED, SignIn.DISABLED, OfficerStatus.RETIRED, SignIn.DISABLED);

	private final Environment environment;

	SignInPolicy(Environment environment) {
		this.environment = environment;
	}

	public SignIn of(OfficerStatus status) {
		if (status == null || status == OfficerStatus.ACTIVE) {
			return SignIn.FULL;
		}
		return environment.getProperty("leo.access.sign-in." + status.name(), SignIn.class, DEFAULTS.get(status));
	}
}
