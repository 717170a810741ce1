// What adding or updating a model needs to know first: the model as it is (null when new), with its
// licence's category, and whether the organization, licence and tier it names exist (null: not named).
OPTIONAL MATCH (m:Model {id: $id})
OPTIONAL MATCH (m)-[:LICENSED_UNDER]->(current:Licence)
RETURN m {.status, .weightsAvailable, .openTrainingData, .openTrainingCode, .origin} AS existing,
       current.category AS currentLicenceCategory,
       CASE WHEN $organization IS NULL THEN null ELSE EXISTS { (:Organization {id: $organization}) } END AS organizationFound,
       CASE WHEN $licence IS NULL THEN null ELSE COLLECT { MATCH (l:Licence {id: $licence}) RETURN l.category }[0] END AS licenceCategory,
       CASE WHEN $tier IS NULL THEN null ELSE EXISTS { (:Tier {id: $tier}) } END AS tierFound
