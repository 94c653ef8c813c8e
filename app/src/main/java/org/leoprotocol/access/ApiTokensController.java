package org.leoprotocol.access;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.access.token.ApiScopes;
import org.leoprotocol.access.token.ApiToken;
import org.leoprotocol.access.token.ApiTokenDesk;
import org.leoprotocol.access.token.IssuedToken;
import org.leoprotocol.access.token.NewToken;
import org.leoprotocol.access.web.TokensView;
import org.leoprotocol.access.web.TokensView.Form;
import org.leoprotocol.access.web.TokensView.Issued;
import org.leoprotocol.access.web.TokensView.Row;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.web.FieldsRefused;
import org.leoprotocol.shared.web.Refusals;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff issue API tokens for themselves; administrators also issue them for a named service, acting as the account made
 * for that service, and revoke anyone's. A token's secret appears once, on the page that issued it.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class ApiTokensController {

	private final ApiTokenDesk tokens;
	private final StaffAccounts accounts;
	private final AuditTrail audit;
	private final Clock clock;
	private final Refusals refusals;

	ApiTokensController(ApiTokenDesk tokens, StaffAccounts accounts, AuditTrail audit, Clock clock,
			Refusals refusals) {
		this.refusals = refusals;
		this.tokens = tokens;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping(TokensView.PATH)
	String list(Actor user, Model model) {
		audit.query(AuditAction.SEARCH, "access", "ApiToken", user.has(Role.ADMIN)
				? Sentence.ofText("audit.detail.search.all") : Sentence.ofText("audit.detail.search.own"));
		return page(user, model, Form.EMPTY, null, null);
	}

	@PostMapping(TokensView.PATH)
	String issue(Actor user, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String account,
			@RequestParam(required = false) List<String> scopes, @RequestParam(defaultValue = "0") int days,
			Model model,
			HttpServletResponse response, Locale locale) {
		Form form = new Form(name, account, scopes == null ? List.of() : scopes, days);
		String holder = user.has(Role.ADMIN) && !account.isBlank() ? account.strip() : user.username();
		String problem = problem(form, holder);
		if (problem != null) {
			refusals.answered(new FieldsRefused(List.of(problem.substring(problem.lastIndexOf('.') + 1))), response,
					locale);
			return page(user, model, form, problem, null);
		}
		Set<String> chosen = new TreeSet<>(form.scopes());
		IssuedToken issued = tokens
			.issue(new NewToken(name, holder, !holder.equals(user.username()), chosen, days), user);
		return page(user, model, Form.EMPTY, null, new Issued(issued.token().name(), issued.secret()));
	}

	@PostMapping(TokensView.PATH + "/{id}/revoke")
	String revoke(Actor user, @PathVariable UUID id) {
		tokens.revoke(id, user);
		return "redirect:" + TokensView.PATH;
	}

	private String problem(Form form, String holder) {
		if (form.name().isBlank() || form.name().strip().length() > 100) {
			return "tokens.problem.name";
		}
		if (form.days() < 1 || form.days() > ApiTokenDesk.LONGEST_DAYS) {
			return "tokens.problem.days";
		}
		if (form.scopes().isEmpty() || !ApiScopes.all().containsAll(form.scopes())) {
			return "tokens.problem.scopes";
		}
		return accounts.findByUsername(holder).isEmpty() ? "tokens.problem.account" : null;
	}

	private String page(Actor user, Model model, Form form, String problem, Issued issued) {
		boolean administrator = user.has(Role.ADMIN);
		List<Row> rows = (administrator ? tokens.all() : tokens.of(user.username())).stream().map(this::row).toList();
		model.addAttribute("view", new TokensView(rows, ApiScopes.all(), administrator, form, problem, issued));
		return "access/tokens";
	}

	private Row row(ApiToken token) {
		String state = token.revokedAt() != null ? "revoked"
				: token.refusalAt(clock.instant()) == null ? "active" : "expired";
		return new Row(token.id(), token.name(), token.username(), token.service(), String.join(" ", token.scopes()),
				token.prefix(),
				token.createdBy(), token.createdAt(), token.expiresAt(), token.lastUsedAt(), state);
	}
}
