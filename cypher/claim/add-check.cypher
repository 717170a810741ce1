// What adding a claim needs: whether its id is taken, the section of the analysis it cites ($section, a
// number), and which of the nodes it is about ($about, keys) and facts that decide it ($decidedBy) exist.
RETURN EXISTS { (:Claim {id: $id}) } AS taken,
       COLLECT { MATCH (s:Source {kind: 'DOCUMENT_SECTION', section: $section}) RETURN s.id }[0] AS sectionSourceId,
       [key IN $about WHERE NOT EXISTS { (:Entity {key: key}) }] AS unknownAbout,
       [id IN $decidedBy WHERE NOT EXISTS { (:Fact {id: id}) }] AS unknownFacts
