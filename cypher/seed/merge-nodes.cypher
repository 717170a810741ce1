// One batch of seed nodes of one label. The label comes from the loader's fixed list (src/seed/plan.ts),
// never from user input. Every seeded node is an :Entity with a global key, so references of any kind
// resolve through one unique index. SET = replaces the properties: the seed file is the truth.
UNWIND $rows AS row
MERGE (n:Entity {key: row.key})
SET n = row.props, n.key = row.key, n.origin = 'seed'
SET n:$(row.label)
RETURN count(n) AS written
