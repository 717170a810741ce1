// All benchmarks, optionally only those measuring a domain, by name.
MATCH (b:Benchmark)
WHERE $domain IS NULL OR EXISTS { (b)-[:MEASURES]->(:Domain {id: $domain}) }
RETURN {{benchmark/projection}} AS benchmark
ORDER BY toLower(b.name)
