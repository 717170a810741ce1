// After the seed's nodes and relationships are written (SET = replaces the nodes' properties): every
// model's copies of its weights licence's SPDX id and category (cypher/model/licence-copies.cypher).
MATCH (m:Model)
SET {{model/licence-copies}}
RETURN count(m) AS models
