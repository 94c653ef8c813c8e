package org.leoprotocol.notifications.preferences;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.leoprotocol.access.StaffContact;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.notifications.NoticeKind;
import org.leoprotocol.notifications.web.NotificationRoutes;
import org.leoprotocol.notifications.web.PreferencesView;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.UnknownRecord;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Each staff member chooses, per kind of notice, whether it is also mailed and paged, and their language. */
@Controller
class PreferencesController {

	private final Preferences preferences;
	private final StaffDirectory staff;

	PreferencesController(Preferences preferences, StaffDirectory staff) {
		this.preferences = preferences;
		this.staff = staff;
	}

	@GetMapping(NotificationRoutes.PREFERENCES)
	String page(@RequestParam(required = false) String saved, Actor user, Model model) {
		StaffContact me = me(user);
		List<PreferencesView.Row> rows = preferences.of(me.accountId()).entrySet().stream()
			.map(entry -> new PreferencesView.Row(entry.getKey().name(), entry.getValue().email(),
					entry.getValue().webhook()))
			.toList();
		model.addAttribute("view",
				new PreferencesView(rows, me.email(), preferences.language(me.accountId()).getLanguage(),
						saved != null));
		return "notifications/preferences";
	}

	@PostMapping(NotificationRoutes.PREFERENCES)
	String save(@RequestParam(required = false) List<String> email,
			@RequestParam(required = false) List<String> webhook,
			@RequestParam(defaultValue = "en") String language, Actor user) {
		UUID account = me(user).accountId();
		Map<NoticeKind, Choice> chosen = new EnumMap<>(NoticeKind.class);
		for (NoticeKind kind : NoticeKind.values()) {
			chosen.put(kind, new Choice(contains(email, kind), contains(webhook, kind)));
		}
		preferences.save(account, chosen, Locale.forLanguageTag(language));
		return "redirect:" + NotificationRoutes.PREFERENCES + "?saved";
	}

	private StaffContact me(Actor user) {
		return staff.contactOf(user.username())
			.orElseThrow(() -> new UnknownRecord("access.account.unknown", user.username()));
	}

	private static boolean contains(List<String> chosen, NoticeKind kind) {
		return chosen != null && chosen.contains(kind.name());
	}
}
