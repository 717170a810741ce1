// The capability domains, with how many benchmarks measure each.
MATCH (d:Domain)
RETURN {{benchmark/domain-projection}} AS domain
ORDER BY d.id
