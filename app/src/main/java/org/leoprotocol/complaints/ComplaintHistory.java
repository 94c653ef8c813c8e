package org.leoprotocol.complaints;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.leoprotocol.personnel.OfficerId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every complaint and commendation Leo has received, replayed as the {@link ComplaintReceived} and
 * {@link CommendationReceived} events published when each arrived, with the time it arrived and the officers it was
 * matched to. For a module that keeps read models from those events and must rebuild them (events from before it was
 * installed, or a lost table). The rows are streamed from a database cursor, a batch at a time, so a million complaints
 * never sit in memory; the records carry ids, times and officers only, as the events do.
 */
@Component
public class ComplaintHistory {

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	ComplaintHistory(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(BATCH);
	}

	/**
	 * Hands each complaint and commendation to its consumer, in no particular order. Runs in the caller's transaction
	 * when there is one, so a caller can read every module's history under one snapshot.
	 */
	@Transactional(readOnly = true)
	public void replay(Consumer<ComplaintReceived> complaints, Consumer<CommendationReceived> commendations) {
		jdbc.query("""
				select c.id, c.kind, c.received_at, c.about_a_child,
				       array(select o.officer_id from complaint_officer o
				             where o.complaint_id = c.id and o.officer_id is not null order by o.position) as officers
				from complaint c""", (ResultSet row) -> {
			ComplaintId id = new ComplaintId(row.getObject("id", UUID.class));
			Timestamp receivedAt = row.getTimestamp("received_at");
			List<OfficerId> officers = officers(row.getArray("officers"));
			if (Kind.valueOf(row.getString("kind")) == Kind.COMPLAINT) {
				complaints.accept(
						new ComplaintReceived(id, receivedAt.toInstant(), officers, row.getBoolean("about_a_child")));
			}
			else {
				commendations.accept(new CommendationReceived(id, receivedAt.toInstant(), officers));
			}
		});
	}

	private static List<OfficerId> officers(Array array) throws SQLException {
		return Arrays.stream((Object[]) array.getArray()).map(id -> new OfficerId((UUID) id)).toList();
	}
}
