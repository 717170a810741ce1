// The analysis document's three tiers, by rank.
MATCH (t:Tier)
RETURN t {.*} AS tier
ORDER BY t.rank
