// A page of claims by verdict, kind, section and what they are about ($about: ids or global keys of
// any node), in document order, with the total count.
CALL () {
  MATCH (n:Claim)
  WHERE ($verdicts IS NULL OR n.verdict IN $verdicts)
    AND ($kinds IS NULL OR n.kind IN $kinds)
    AND ($section IS NULL OR n.sectionNumber = $section)
    AND ($about IS NULL OR EXISTS { MATCH (n)-[:ABOUT]->(x:Entity) WHERE x.key IN $about OR x.id IN $about })
  RETURN count(n) AS totalCount
}
CALL () {
  MATCH (n:Claim)
  WHERE ($verdicts IS NULL OR n.verdict IN $verdicts)
    AND ($kinds IS NULL OR n.kind IN $kinds)
    AND ($section IS NULL OR n.sectionNumber = $section)
    AND ($about IS NULL OR EXISTS { MATCH (n)-[:ABOUT]->(x:Entity) WHERE x.key IN $about OR x.id IN $about })
  WITH n ORDER BY n.sectionNumber, n.id
  SKIP toInteger($offset) LIMIT toInteger($limit)
  RETURN collect({{claim/projection}}) AS claims
}
RETURN totalCount, claims
