package org.leoprotocol.evidence.custody;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.leoprotocol.evidence.ledger.CompletedSubtree;
import org.leoprotocol.evidence.ledger.Subtree;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The ledger's Merkle tree as stored: its leaves in {@code custody_event}, the subtrees of the kept levels above them
 * in {@code custody_tree_node} (insert-only), and in {@code custody_tree_progress} how many leaves those cover.
 */
@Repository
public class StoredSubtrees {

	private final JdbcTemplate template;

	public StoredSubtrees(JdbcTemplate template) {
		this.template = template;
	}

	/** How many leaves the stored subtrees cover: every subtree the first that many leaves complete is stored. */
	long coveredSize() {
		Long size = template.queryForObject("select tree_size from custody_tree_progress", Long.class);
		return size == null ? 0 : size;
	}

	/** Stores the subtrees some leaves completed (a node that got there first stored the same) and the new extent. */
	void store(List<CompletedSubtree> completed, long coveredSize) {
		template.batchUpdate(
				"insert into custody_tree_node (level, number, hash) values (?, ?, ?) on conflict do nothing",
				completed, 1000, (statement, subtree) -> {
					statement.setInt(1, subtree.subtree().level());
					statement.setLong(2, subtree.subtree().index());
					statement.setBytes(3, subtree.hash());
				});
		template.update("update custody_tree_progress set tree_size = greatest(tree_size, ?)", coveredSize);
	}

	/** The hashes of the given subtrees, leaves (level 0) and stored levels alike, in two queries at most. */
	Map<Subtree, byte[]> hashes(Collection<Subtree> wanted) {
		Map<Subtree, byte[]> found = new HashMap<>();
		Long[] leaves = wanted.stream().filter(s -> s.level() == 0).map(Subtree::index).toArray(Long[]::new);
		if (leaves.length > 0) {
			template.query("select position, leaf_hash from custody_event where position = any(?)",
					statement -> statement.setArray(1, statement.getConnection().createArrayOf("int8", leaves)),
					row -> {
						found.put(new Subtree(0, row.getLong(1)), row.getBytes(2));
					});
		}
		List<Subtree> nodes = wanted.stream().filter(s -> s.level() > 0).toList();
		if (!nodes.isEmpty()) {
			Integer[] levels = nodes.stream().map(Subtree::level).toArray(Integer[]::new);
			Long[] numbers = nodes.stream().map(Subtree::index).toArray(Long[]::new);
			template.query("""
					select n.level, n.number, n.hash
					from custody_tree_node n join unnest(?, ?) as wanted (level, number)
					  on n.level = wanted.level and n.number = wanted.number
					""", statement -> {
				statement.setArray(1, statement.getConnection().createArrayOf("int4", levels));
				statement.setArray(2, statement.getConnection().createArrayOf("int8", numbers));
			}, row -> {
				found.put(new Subtree(row.getInt(1), row.getLong(2)), row.getBytes(3));
			});
		}
		return found;
	}
}
