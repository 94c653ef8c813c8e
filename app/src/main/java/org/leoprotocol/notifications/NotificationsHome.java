package org.leoprotocol.notifications;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.leoprotocol.notifications.inbox.Inbox;
import org.leoprotocol.notifications.inbox.StoredNotification;
import org.leoprotocol.notifications.web.NotificationRoutes;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.web.HomeContributor;
import org.leoprotocol.shared.web.HomePanel;
import org.leoprotocol.shared.web.HomePanel.Link;
import org.leoprotocol.shared.web.HomeReader;
import org.leoprotocol.shared.web.PanelItem;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Notifications on the home pages. A supervisor (or, without that role, a member of command) sees the escalations
 * addressed to him that he has not acknowledged, oldest first, each linked to its row in the inbox where he
 * acknowledges it; only his own notices, read through the audited inbox. An administrator sees how delivery by mail and
 * to the paging webhooks is going: what waits, what failed and what was delivered in the last day.
 */
@Component
class NotificationsHome implements HomeContributor {

	static final Duration RECENT = Duration.ofDays(1);

	private final Inbox inbox;
	private final MessageSource texts;
	private final JdbcClient jdbc;
	private final Clock clock;

	NotificationsHome(Inbox inbox, MessageSource texts, JdbcClient jdbc, Clock clock) {
		this.inbox = inbox;
		this.texts = texts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<HomePanel> panels(HomeReader reader) {
		List<HomePanel> panels = new ArrayList<>();
		String role = reader.has(Role.SUPERVISOR.name()) ? Role.SUPERVISOR.name()
				: reader.has(Role.COMMAND.name()) ? Role.COMMAND.name() : null;
		if (role != null) {
			panels.add(escalations(reader, role));
		}
		if (reader.has(Role.ADMIN.name())) {
			panels.add(delivery(reader));
		}
		return panels;
	}

	private HomePanel escalations(HomeReader reader, String role) {
		List<PanelItem> waiting = inbox.of(reader.actor()).stream()
			.filter(notice -> notice.kind() == NoticeKind.ESCALATION && !notice.acknowledged())
			.sorted(java.util.Comparator.comparing(StoredNotification::createdAt))
			.map(notice -> PanelItem.link(
					org.leoprotocol.notifications.delivery.Subjects.say(texts, notice.subjectKey(), notice.arguments(),
							reader.page().text().locale()),
					NotificationRoutes.INBOX + "#notification-" + notice.id().value(),
					reader.t("home.escalation.raised", reader.when(notice.createdAt())))
				.due(null, "late", reader.t("home.escalation.unacknowledged")))
			.toList();
		return HomePanel.of(role, "home-escalations", reader.t("home.supervisor.escalations"),
				reader.t("home.supervisor.escalations.none"),
				waiting, new Link(reader.t("home.supervisor.inbox"), NotificationRoutes.INBOX));
	}

	private HomePanel delivery(HomeReader reader) {
		List<PanelItem> channels = jdbc
			.sql("""
					select channel, count(*) filter (where state = 'QUEUED') as queued, count(*) filter (where state = 'FAILED') as failed,
					       count(*) filter (where state = 'DELIVERED' and delivered_at > :since) as delivered
					from notification_delivery where channel in ('EMAIL', 'WEBHOOK') group by channel order by channel""")
			.param("since", java.sql.Timestamp.from(clock.instant().minus(RECENT)))
			.query((rs, row) -> {
				long failed = rs.getLong("failed");
				return PanelItem.fact(reader.t("home.admin.channel." + rs.getString("channel")),
						reader.t("home.admin.delivery.counts", rs.getLong("queued"), failed, rs.getLong("delivered")),
						failed == 0 ? "ok" : "late", reader.t(failed == 0 ? "home.admin.ok" : "home.admin.attention"));
			}).list();
		return HomePanel.of(Role.ADMIN.name(), "home-delivery", reader.t("home.admin.delivery"),
				reader.t("home.admin.delivery.none"),
				channels, new Link(reader.t("home.admin.delivery.all"), NotificationRoutes.DELIVERIES));
	}
}
