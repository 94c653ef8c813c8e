package org.leoprotocol.access;

import java.time.Clock;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Turns a staff account and its password credential into what Spring Security checks at login. */
@Component
class StaffUserDetailsService implements UserDetailsService {

	private final StaffAccounts accounts;
	private final Clock clock;

	StaffUserDetailsService(StaffAccounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		StaffAccount account = accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		String hash = accounts.passwordHash(account.id()).orElseThrow(() -> new UsernameNotFoundException("no password"));
		return User.withUsername(account.username())
			.password(hash)
			.authorities(account.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList())
			.accountLocked(account.loginCounter().isLockedAt(clock.instant()))
			.disabled(!account.enabled())
			.build();
	}
}
