package org.leoprotocol.access;

import org.leoprotocol.access.signin.SignInPolicy;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Turns a staff account and its password credential into what Spring Security checks at login. The account of an
 * officer whose status allows no sign-in ({@link SignInPolicy}) is disabled for the check, whatever its flag says, so
 * HTTP Basic clients are refused on their next request. Failed attempts lock an address out of an account, never the
 * account itself ({@link SourceLockout}).
 */
@Component
class StaffUserDetailsService implements UserDetailsService {

	private final StaffAccounts accounts;
	private final Roster roster;
	private final SignInPolicy policy;

	StaffUserDetailsService(StaffAccounts accounts, Roster roster, SignInPolicy policy) {
		this.accounts = accounts;
		this.roster = roster;
		this.policy = policy;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		StaffAccount account = accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		String hash = accounts.passwordHash(account.id())
			.orElseThrow(() -> new UsernameNotFoundException("no password"));
		return User.withUsername(account.username())
			.password(hash)
			.authorities(account.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList())
			.disabled(!account.enabled() || !signInAllowed(account))
			.build();
	}

	private boolean signInAllowed(StaffAccount account) {
		return account.officerId() == null || roster.find(new OfficerId(account.officerId()))
			.map(officer -> policy.of(officer.status()).allowed()).orElse(true);
	}
}
