package org.leoprotocol.evidence.custody;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.leoprotocol.evidence.backup.InstallationBackup;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.web.HomeContributor;
import org.leoprotocol.shared.web.HomePanel;
import org.leoprotocol.shared.web.HomeReader;
import org.leoprotocol.shared.web.PanelItem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The custody ledger and backups on the administrator's home: the latest signed tree head (how many custody events the
 * ledger holds and when it was last signed), the latest checkpoint offered to witnesses and how many cosigned it, and
 * the last finished {@code ./leo backup} ({@link InstallationBackup} records each), which needs attention when none was
 * taken within {@link #BACKUP_DUE} (a nightly backup, with an hour's slack). Sizes and times only: no evidence is
 * named.
 */
@Component
class LedgerHealth implements HomeContributor {

	/** A backup older than this needs the administrator's attention: nightly backups, with an hour's slack. */
	static final Duration BACKUP_DUE = Duration.ofHours(25);

	private final JdbcClient jdbc;
	private final Clock clock;

	LedgerHealth(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<HomePanel> panels(HomeReader reader) {
		if (!reader.has(Role.ADMIN.name())) {
			return List.of();
		}
		return List.of(HomePanel.of(Role.ADMIN.name(), "home-ledger", reader.t("home.admin.ledger"), "",
				List.of(head(reader),
						checkpoint(reader),
						backup(reader)),
				null));
	}

	private PanelItem head(HomeReader reader) {
		return jdbc.sql("select tree_size, issued_at from custody_tree_head order by tree_size desc limit 1")
			.query((rs, row) -> PanelItem.fact(reader.t("home.admin.ledger.head"),
					reader.t("home.admin.ledger.head.detail", rs.getLong("tree_size"),
							reader.when(instant(rs.getTimestamp("issued_at")))),
					"ok",
					reader.t("home.admin.ok")))
			.optional()
			.orElse(PanelItem.fact(reader.t("home.admin.ledger.head"), reader.t("home.admin.ledger.empty"), null,
					null));
	}

	private PanelItem checkpoint(HomeReader reader) {
		return jdbc
			.sql("""
					select c.tree_size, c.signed_at, (select count(*) from custody_cosignature s where s.tree_size = c.tree_size) as witnesses
					from custody_checkpoint c order by c.tree_size desc limit 1""")
			.query((rs, row) -> PanelItem.fact(reader.t("home.admin.checkpoint"),
					reader.t("home.admin.checkpoint.detail", rs.getLong("tree_size"),
							reader.when(instant(rs.getTimestamp("signed_at"))),
							rs.getLong("witnesses")),
					null, null))
			.optional().orElse(PanelItem.fact(reader.t("home.admin.checkpoint"), reader.t("home.admin.checkpoint.none"),
					null, reader.t("home.notRecorded")));
	}

	private PanelItem backup(HomeReader reader) {
		return jdbc.sql("""
				select finished_at, directory, database_rows, evidence_files, evidence_bytes
				from installation_backup order by finished_at desc, id desc limit 1""")
			.query((rs, row) -> {
				Instant finished = instant(rs.getTimestamp("finished_at"));
				boolean recent = finished.isAfter(clock.instant().minus(BACKUP_DUE));
				return PanelItem.fact(reader.t("home.admin.backup"),
						reader.t("home.admin.backup.detail", reader.when(finished), rs.getString("directory"),
								rs.getLong("database_rows"), rs.getLong("evidence_files"),
								DataSize.ofBytes(rs.getLong("evidence_bytes")).toMegabytes()),
						recent ? "ok" : "late", reader.t(recent ? "home.admin.ok" : "home.admin.backup.old"));
			})
			.optional()
			.orElse(PanelItem.fact(reader.t("home.admin.backup"), reader.t("home.admin.backup.none"), "late",
					reader.t("home.admin.attention")));
	}

	private static Instant instant(Timestamp at) {
		return at == null ? null : at.toInstant();
	}
}
