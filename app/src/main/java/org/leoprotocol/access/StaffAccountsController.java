package org.leoprotocol.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.access.web.AccountsView;
import org.leoprotocol.access.web.AccountsView.Form;
import org.leoprotocol.access.web.AccountsView.Issued;
import org.leoprotocol.access.web.AccountsView.Row;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.personnel.Officer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.OfficerUnavailableRefused;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.WrongState;
import org.leoprotocol.shared.web.Refusals;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators open staff accounts, link them to officers of the roster, unlock them and reissue passwords. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class StaffAccountsController {

	private final StaffDirectory directory;
	private final Roster roster;
	private final AuditTrail audit;
	private final Refusals refusals;

	StaffAccountsController(StaffDirectory directory, Roster roster, AuditTrail audit, Refusals refusals) {
		this.directory = directory;
		this.roster = roster;
		this.audit = audit;
		this.refusals = refusals;
	}

	@GetMapping(AccountsView.PATH)
	String list(Model model) {
		audit.query(AuditAction.SEARCH, "access", "StaffAccount", Sentence.ofText("audit.detail.search.all"));
		return page(model, Form.EMPTY, null, null);
	}

	@PostMapping(AccountsView.PATH)
	String open(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "") String badgeNumber, @RequestParam(required = false) List<String> roles,
			Locale locale, Model model, HttpServletResponse response) {
		List<String> chosen = roles == null ? List.of() : roles;
		Form form = new Form(username, displayName, badgeNumber, chosen);
		try {
			UUID officer = badgeNumber.isBlank() ? null : roster.findByBadge(badgeNumber).map(Officer::id)
				.map(OfficerId::value)
				.orElseThrow(() -> new InvalidInput("access.account.badge.unknown", badgeNumber.strip()));
			String password = directory.open(username.strip(), displayName, officer, roles(chosen));
			return page(model, Form.EMPTY, null, new Issued(username.strip(), password));
		}
		catch (OfficerUnavailableRefused unavailable) {
			throw unavailable;
		}
		catch (InvalidInput | WrongState refused) {
			return page(model, form, refusals.answered(refused, response, locale), null);
		}
	}

	@PostMapping(AccountsView.PATH + "/{username}/unlock")
	String unlock(@PathVariable String username) {
		directory.unlock(username);
		return "redirect:" + AccountsView.PATH;
	}

	@PostMapping(AccountsView.PATH + "/{username}/enabled")
	String enable(@PathVariable String username, @RequestParam boolean enabled) {
		directory.setEnabled(username, enabled);
		return "redirect:" + AccountsView.PATH;
	}

	/** Sets the address Leo mails the staff member's notifications to; blank clears it. */
	@PostMapping(AccountsView.PATH + "/{username}/email")
	String email(@PathVariable String username, @RequestParam(defaultValue = "") String email, Locale locale,
			Model model, HttpServletResponse response) {
		try {
			directory.setEmail(username, email);
		}
		catch (InvalidInput refused) {
			return page(model, Form.EMPTY, refusals.answered(refused, response, locale), null);
		}
		return "redirect:" + AccountsView.PATH;
	}

	@PostMapping(AccountsView.PATH + "/{username}/password")
	String reissue(@PathVariable String username, Model model) {
		return page(model, Form.EMPTY, null, new Issued(username, directory.issuePassword(username)));
	}

	private String page(Model model, Form form, String problem, Issued issued) {
		List<Row> rows = directory.accounts().stream().map(this::row).toList();
		model.addAttribute("view",
				new AccountsView(rows, Arrays.stream(Role.values()).map(Enum::name).toList(), form, problem, issued));
		return "access/accounts";
	}

	private Row row(StaffAccountSummary account) {
		String officer = account.officerId() == null ? "" : roster.find(new OfficerId(account.officerId()))
			.map(o -> o.fullName() + " (" + o.badgeNumber() + ")").orElse("");
		return new Row(account.username(), account.displayName(),
				String.join(", ", account.roles().stream().map(Enum::name).sorted().toList()),
				officer, account.locked(), account.enabled(),
				directory.contactOf(account.username()).map(StaffContact::email).orElse(""));
	}

	private static Set<Role> roles(List<String> names) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : names) {
			try {
				roles.add(Role.valueOf(name));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInput("access.account.role.unknown", name);
			}
		}
		return roles;
	}
}
