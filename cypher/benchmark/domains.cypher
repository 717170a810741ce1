// The capability domains, with how many benchmarks measure each.
MATCH (d:Domain)
RETURN d {.*, benchmarkCount: COUNT { (d)<-[:MEASURES]-(:Benchmark) }} AS domain
ORDER BY d.id
