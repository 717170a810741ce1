// reads: o, asOf
// Fragment: what offering o cost on day asOf, or null: genai-prices' dated prices first (they say from and
// until when), models.dev's list price (from the day its entry was last updated) where those say nothing;
// where prices differ by time of day (DeepSeek's standard and off-peak hours), the one for most of the day.
head(COLLECT {
  MATCH (o)-[:PRICED_AT]->(p:Price)
  WHERE (p.from IS NULL OR p.from <= asOf) AND (p.until IS NULL OR p.until > asOf)
  RETURN {{offering/price-projection}}
  ORDER BY p.pricedAs IS NULL, coalesce(p.hoursPerDay, 24) DESC, p.from DESC
})
