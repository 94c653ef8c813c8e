-- The custody ledger's Merkle tree above its leaves (the leaves are custody_event.leaf_hash): the hash of every
-- complete, aligned subtree at levels 4, 8, 12, ... (2^level leaves from number * 2^level on), about one row for
-- every 15 events. A node keeps only the tree's right edge in memory and reads the few stored subtrees a root or proof
-- needs, so its memory does not grow with the ledger. Derived data: written by whichever node catches up first (two
-- nodes write the same hashes), and ./leo verify-ledger still rebuilds the whole tree from the events.
create table custody_tree_node (
  level   smallint not null check (level > 0 and level % 4 = 0 and level < 63),
  number  bigint not null check (number >= 0),
  hash    bytea not null check (length(hash) = 32),
  primary key (level, number)
);

create trigger custody_tree_node_append_only before update or delete on custody_tree_node
  for each row execute function leo_refuse_change();
create trigger custody_tree_node_no_truncate before truncate on custody_tree_node
  for each statement execute function leo_refuse_change();

insert into leo_insert_only (table_name) values ('custody_tree_node');

-- How many leaves custody_tree_node covers: every subtree completed by the first tree_size events is stored.
create table custody_tree_progress (
  one        boolean primary key default true check (one),
  tree_size  bigint not null check (tree_size >= 0)
);
insert into custody_tree_progress (tree_size) values (0);
