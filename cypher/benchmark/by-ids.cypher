// Benchmarks by id.
UNWIND $ids AS id
MATCH (b:Benchmark {id: id})
RETURN {{benchmark/projection}} AS benchmark
