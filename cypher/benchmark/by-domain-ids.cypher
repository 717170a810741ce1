// The benchmarks that measure each domain.
UNWIND $ids AS groupId
MATCH (b:Benchmark)-[:MEASURES]->(:Domain {id: groupId})
WITH groupId, b ORDER BY toLower(b.name)
RETURN groupId, {{benchmark/projection}} AS benchmark
