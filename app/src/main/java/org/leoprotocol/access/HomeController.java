package org.leoprotocol.access;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.access.web.HomeView;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.web.Chrome;
import org.leoprotocol.shared.web.HomeContributor;
import org.leoprotocol.shared.web.HomePanel;
import org.leoprotocol.shared.web.HomeReader;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff home page, the page a staff member lands on after signing in: for each of their roles, what needs them now,
 * gathered from every module's {@link HomeContributor} (each applies its own need-to-know and conflict rules and audits
 * its reads), under the role it serves, in the order of {@link Role}, the panels with something late first; then the
 * tiles to every page. Opening the home is itself audited as a staff read.
 */
@Controller
class HomeController {

	static final String COMPONENT = "access";

	/** Panels with something late first, then those with anything at all, then the quiet ones; each by id. */
	static final Comparator<HomePanel> URGENT_FIRST = Comparator
		.comparing((HomePanel panel) -> panel.items().stream().noneMatch(item -> "late".equals(item.state())))
		.thenComparing(panel -> panel.items().isEmpty() && panel.charts().isEmpty()).thenComparing(HomePanel::id);

	private final List<HomeContributor> contributors;
	private final AuditTrail audit;
	private final Clock clock;

	HomeController(List<HomeContributor> contributors, AuditTrail audit, Clock clock) {
		this.clock = clock;
		this.contributors = contributors;
		this.audit = audit;
	}

	@GetMapping({ "/staff", "/staff/home" })
	String home(Actor actor, Model model) {
		audit.query(AuditAction.SEARCH, COMPONENT, "Home",
				Sentence.ofText("audit.detail.search.home", actor.username()));
		HomeReader reader = new HomeReader(actor, (Chrome) model.getAttribute("chrome"));
		model.addAttribute("home", new HomeView(clock.instant(), sections(reader)));
		return "staff/home";
	}

	private List<HomeView.Section> sections(HomeReader reader) {
		List<HomePanel> panels = new ArrayList<>();
		contributors.forEach(contributor -> panels.addAll(contributor.panels(reader)));
		return Arrays.stream(Role.values()).filter(role -> reader.has(role.name()))
			.map(role -> new HomeView.Section(role.name(), reader.t("home.role." + role.name()),
					panels.stream().filter(panel -> panel.role().equals(role.name())).sorted(URGENT_FIRST).toList()))
			.filter(section -> !section.panels().isEmpty()).toList();
	}
}
