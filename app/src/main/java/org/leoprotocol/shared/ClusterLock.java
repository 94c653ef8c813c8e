package org.leoprotocol.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * A lock for the whole cluster, for work that must not run twice at once on any two nodes (a rebuild of the read
 * models, a history import): a PostgreSQL transaction-level advisory lock, taken in a transaction of its own on a
 * connection of its own and held until that transaction ends. If the node holding it dies, its connection ends and
 * PostgreSQL releases the lock at once, so a killed node never leaves the work locked. A transaction lock rather than a
 * session lock, because behind PgBouncer in transaction mode a session is not one client's: the open transaction keeps
 * the server connection with this client until it ends. The transaction reads nothing, so it holds back no vacuum.
 */
@Component
public class ClusterLock {

	/**
	 * Held by whatever fills an empty database at start (the first administrator, the demo department), so that nodes
	 * started together on one database fill it one after another: the first creates, the others find it there.
	 */
	public static final String START_UP_SEEDING = "leo-start-up-seeding";

	private final DataSource dataSource;

	ClusterLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Takes the lock named if no node holds it; empty if one does. */
	public Optional<Held> tryHold(String name) {
		return Optional.ofNullable(take(name, "select pg_try_advisory_xact_lock(hashtextextended(?, 0))"));
	}

	/** Takes the lock named, waiting while another node holds it. */
	public Held hold(String name) {
		return take(name, "select true from (select pg_advisory_xact_lock(hashtextextended(?, 0))) locked");
	}

	private Held take(String name, String sql) {
		Connection connection = null;
		try {
			connection = dataSource.getConnection();
			connection.setAutoCommit(false);
			try (PreparedStatement lock = connection.prepareStatement(sql)) {
				lock.setString(1, name);
				try (ResultSet rs = lock.executeQuery()) {
					if (rs.next() && rs.getBoolean(1)) {
						Held held = new Held(connection);
						connection = null;
						return held;
					}
					connection.rollback();
					return null;
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not take the cluster lock " + name, ex);
		}
		finally {
			close(connection);
		}
	}

	private static void close(Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ignored) {
				// the connection is gone, and with it the lock
			}
		}
	}

	/** The lock, held until closed. */
	public static final class Held implements AutoCloseable {

		private final Connection connection;

		private Held(Connection connection) {
			this.connection = connection;
		}

		@Override
		public void close() {
			try {
				connection.rollback();
			}
			catch (SQLException failed) {
				// a pooled connection must not keep the lock: end the session itself, which releases it
				try {
					connection.abort(Runnable::run);
				}
				catch (SQLException ignored) {
					// the session is gone already
				}
			}
			finally {
				ClusterLock.close(connection);
			}
		}
	}
}
