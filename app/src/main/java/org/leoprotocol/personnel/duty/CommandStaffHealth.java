package org.leoprotocol.personnel.duty;

import java.util.List;

import org.leoprotocol.shared.web.HomeContributor;
import org.leoprotocol.shared.web.HomePanel;
import org.leoprotocol.shared.web.HomeReader;
import org.leoprotocol.shared.web.PanelItem;

import org.springframework.stereotype.Component;

/**
 * Who a protocol escalation reaches when nobody on duty up the unit's chain of command can take it: the command staff
 * ({@link ShiftDesk#commandStaff()}). On the administrator's home, because a roster imported without command ranks or a
 * units' hierarchy has none, and such an escalation would then reach nobody; the panel says so before a child's
 * incident finds out. A count only: no officer is named.
 */
@Component
class CommandStaffHealth implements HomeContributor {

	private final ShiftDesk shifts;

	CommandStaffHealth(ShiftDesk shifts) {
		this.shifts = shifts;
	}

	@Override
	public List<HomePanel> panels(HomeReader reader) {
		if (!reader.has("ADMIN")) {
			return List.of();
		}
		int staff = shifts.commandStaff().size();
		PanelItem reach = staff == 0
				? PanelItem.fact(reader.t("home.admin.command"), reader.t("home.admin.command.none"), "late",
						reader.t("home.admin.attention"))
				: PanelItem.fact(reader.t("home.admin.command"), reader.t("home.admin.command.count", staff), "ok",
						reader.t("home.admin.ok"));
		return List.of(HomePanel.of("ADMIN", "home-command-staff", reader.t("home.admin.command.title"), "",
				List.of(reach), null));
	}
}
