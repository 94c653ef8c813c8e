package org.leoprotocol.access.sso;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.Outcome;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the provider's word about a person into a Leo staff account. The account is found by the link to the provider's
 * subject ({@code iss} and {@code sub}, which OpenID Connect Core 1.0 section 5.7 names as the only stable identifier);
 * at a first sign-in, an account with the provider's user name is linked, or else a new account opened. The account's
 * roles are those the agency maps from the person's groups, replaced at every sign-in, so that a person moved out of a
 * group at the provider loses the role at the next sign-in; a person with no mapped role, or whose account an
 * administrator disabled, is refused. Links, openings and refusals are audited.
 */
class SingleSignOnAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private static final Logger log = LoggerFactory.getLogger(SingleSignOnAccounts.class);

	private final OidcUserService provider = new OidcUserService();
	private final SingleSignOnSettings settings;
	private final LinkedIdentities identities;
	private final AuditTrail audit;
	private final TransactionTemplate transactions;
	private final Clock clock;

	SingleSignOnAccounts(SingleSignOnSettings settings, LinkedIdentities identities, AuditTrail audit,
			TransactionTemplate transactions, Clock clock) {
		this.settings = settings;
		this.identities = identities;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser person = provider.loadUser(request);
		String issuer = person.getIdToken().getIssuer().toString();
		String subject = person.getSubject();
		String username = username(person.getClaimAsString(settings.usernameClaim()), subject);
		Set<Role> roles;
		try {
			roles = settings.groupRoles().rolesOf(groups(person.getClaim(settings.groupsClaim())));
		}
		catch (IllegalArgumentException mistake) {
			log.error("Single sign-on refused until the agency's role mapping is corrected: {}", mistake.getMessage());
			throw refused(username, mistake.getMessage());
		}
		if (roles.isEmpty()) {
			throw refused(username, "no group of the provider is mapped to a Leo role");
		}
		LinkedAccount account = transactions.execute(status -> account(person, issuer, subject, username, roles));
		if (!account.enabled()) {
			throw refused(account.username(), "the account is disabled");
		}
		var authorities = roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
		return new StaffMember(account.username(), authorities, person.getIdToken(), person.getUserInfo());
	}

	private LinkedAccount account(OidcUser person, String issuer, String subject, String username, Set<Role> roles) {
		LinkedAccount account = identities.linked(issuer, subject).orElseGet(() -> {
			LinkedAccount found = identities.byUsername(username)
				.filter(existing -> !identities.hasLink(existing.id(), issuer))
				.orElse(null);
			boolean opened = found == null;
			LinkedAccount linked = opened ? identities.open(username, displayName(person, username), clock.instant())
					: found;
			identities.link(linked.id(), issuer, subject, clock.instant());
			audit.access(opened ? AuditAction.CREATE : AuditAction.UPDATE, "access",
					RecordReference.of("StaffAccount", linked.username()),
					Sentence.of(opened ? "audit.detail.sso.opened" : "audit.detail.sso.linked", subject, issuer));
			return linked;
		});
		identities.signedIn(issuer, subject, roles, account.id(), clock.instant());
		return account;
	}

	private OAuth2AuthenticationException refused(String username, String reason) {
		audit.login(AuditAction.LOGIN, username, Outcome.FAILURE, null,
				Sentence.of("audit.detail.login.sso-refused", reason));
		return new OAuth2AuthenticationException(new OAuth2Error("access_denied", reason, null));
	}

	private static Collection<String> groups(Object claim) {
		if (claim instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).toList();
		}
		return claim instanceof String value ? List.of(value.split("\\s*,\\s*")) : List.of();
	}

	/** A Leo user name from the provider's, or from the subject when the provider gives none that fits. */
	static String username(String given, String subject) {
		String name = given == null ? "" : given.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", ".");
		if (name.length() < 2 || !Character.isLetterOrDigit(name.charAt(0))) {
			name = "sso-" + Integer.toHexString(subject.hashCode());
		}
		return name.length() > 40 ? name.substring(0, 40) : name;
	}

	private static String displayName(OidcUser person, String username) {
		String name = person.getFullName();
		return name == null || name.isBlank() ? username : name.strip();
	}
}
