// A page of claims by verdict, kind, section and what they are about ($about: ids or global keys of
// any node), in document order (section, then id), with the total count. The page is a keyset page
// (cypher/page/: rows past $page.after, $limit of them); each claim comes with its position, for its cursor.
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
  WITH n, coalesce(toFloat(n.sectionNumber), 1.0e308) AS sortValue, n.id AS sortId
  WHERE {{page/seek}}
  ORDER BY {{page/order}}
  LIMIT toInteger($limit)
  RETURN collect({at: [sortValue, sortId], node: {{claim/projection}} }) AS claims
}
RETURN totalCount, claims
