// The benchmark(id:) field and the exports' ?benchmark=: one benchmark by id or name (see benchmark/named),
// whole, or no row.
WITH {{benchmark/named}} AS b
WHERE b IS NOT NULL
RETURN {{benchmark/projection}} AS benchmark
