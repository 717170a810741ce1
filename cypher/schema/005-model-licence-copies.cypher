// Models written before they kept their licence's SPDX id and category (a graph seeded by an earlier
// version) get them, from the one definition in cypher/model/licence-copies.cypher; later writes (seed,
// upsertModel) keep them current. Closed models have a licence too (their vendor terms), so after this
// every model with one has a category, and the next start finds nothing to do.
MATCH (m:Model) WHERE m.licenceCategory IS NULL AND EXISTS { (m)-[:LICENSED_UNDER]->(:Licence) }
SET {{model/licence-copies}};
