// One batch of catalog nodes (providers, offerings, prices, aliases, the packages as sources). A node is
// rewritten only when its content hash changed, so an import run twice writes nothing the second time and
// says so. The label comes from the importer's fixed list (src/entity/keys.ts), never from user input.
UNWIND $rows AS row
MERGE (n:Entity {key: row.key})
WITH n, row, n.origin IS NULL AS created, coalesce(n.catalogHash, '') <> row.hash AS changed
CALL (n, row, changed) {
  WITH * WHERE changed
  SET n = row.props, n.key = row.key, n.origin = 'catalog', n.catalogHash = row.hash
  SET n:$(row.label)
}
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, sum(CASE WHEN changed AND NOT created THEN 1 ELSE 0 END) AS updated
