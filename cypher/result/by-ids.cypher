UNWIND $ids AS id
MATCH (r:BenchmarkResult {id: id})
RETURN {{result/projection}} AS result
