package org.leoprotocol.transparency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.leoprotocol.transparency.statistics.ReadModels;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a published table row by row through the {@link PublicationGate}, with a database cursor, so that a download of
 * any size is streamed with constant memory: PostgreSQL sends rows in batches of {@value #BATCH} only inside a
 * transaction.
 */
@Component
public class PublicTables {

	static final int BATCH = 2000;

	private final JdbcTemplate jdbc;
	private final TransactionTemplate readOnly;
	private final PublicationGate gate;
	private final ReadModels models;

	PublicTables(DataSource dataSource, PlatformTransactionManager transactions, PublicationGate gate,
			ReadModels models) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(BATCH);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.gate = gate;
		this.models = models;
	}

	/** Receives the public cells of each row in turn. */
	public interface RowSink {
		void row(List<String> cells) throws IOException;
	}

	public void each(PublishedTable table, RowSink sink) {
		gate.rows(table)
			.ifPresent(filter -> readOnly.executeWithoutResult(status -> jdbc.query(table.query(), resultSet -> {
				try {
					sink.row(filter.cells(resultSet));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			})));
	}

	boolean hidden(PublishedTable table) {
		return gate.rows(table).isEmpty();
	}

	public Optional<Instant> lastUpdate(PublishedTable table) {
		return models.lastUpdate(table);
	}
}
