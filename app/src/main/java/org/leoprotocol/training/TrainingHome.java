package org.leoprotocol.training;

import java.util.List;

import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.web.HomeContributor;
import org.leoprotocol.shared.web.HomePanel;
import org.leoprotocol.shared.web.HomePanel.Link;
import org.leoprotocol.shared.web.HomeReader;
import org.leoprotocol.shared.web.PanelItem;
import org.leoprotocol.training.web.TrainingRoutes;

import org.springframework.stereotype.Component;

/**
 * The officer's home: the training modules he has not yet acknowledged, each linked to its acknowledgement form, so a
 * new protocol version is learned before it is needed.
 */
@Component
class TrainingHome implements HomeContributor {

	private final Training training;

	TrainingHome(Training training) {
		this.training = training;
	}

	@Override
	public List<HomePanel> panels(HomeReader reader) {
		if (!reader.has(Role.OFFICER.name())) {
			return List.of();
		}
		List<PanelItem> due = training.mine(reader.actor()).stream().filter(module -> !module.acknowledged())
			.map(OfficerTraining::module)
			.map(module -> PanelItem.link(reader.t(module.heading().key(), module.heading().getArguments()),
					TrainingRoutes.PAGE + "#module-" + module.id(),
					reader.t("training.version", module.protocolVersion())))
			.toList();
		return List.of(HomePanel.of(Role.OFFICER.name(), "home-my-training", reader.t("home.officer.training"),
				reader.t("home.officer.training.none"), due,
				new Link(reader.t("home.officer.training.all"), TrainingRoutes.PAGE)));
	}
}
