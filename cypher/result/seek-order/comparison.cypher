// reads: r
// The properties before the score in the index cypher/result/seek/comparison walks: an ORDER BY that names them
// and then the score is served by the index (fixed by the walk, their direction does not matter).
r.comparisonKey
