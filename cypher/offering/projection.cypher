// reads: o, asOf
// Fragment: an offering with its provider's id, the model it serves (if any) and its price on day asOf.
o {
  .*,
  providerId: {{offering/provider-id}},
  modelId: head(COLLECT { MATCH (o)-[:SERVES]->(sm:Model) RETURN sm.id }),
  price: {{offering/price-at}}
}
