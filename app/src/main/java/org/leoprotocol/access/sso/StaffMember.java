package org.leoprotocol.access.sso;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A staff member signed in through the provider: the provider's claims, with the roles and the user name of the linked
 * Leo account, so that everything in Leo (the audit trail above all) names the account, not the subject.
 */
class StaffMember extends DefaultOidcUser {

	private final String username;

	StaffMember(String username, Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
			OidcUserInfo userInfo) {
		super(authorities, idToken, userInfo);
		this.username = username;
	}

	@Override
	public String getName() {
		return username;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StaffMember member && member.username.equals(username) && super.equals(other);
	}

	@Override
	public int hashCode() {
		return username.hashCode();
	}
}
