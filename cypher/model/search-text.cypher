// reads: m
// Fragment (an expression): the words model m is found by besides its name, for the full-text index
// (cypher/schema/003-fulltext.cypher): its id and the name run together ("gpt4o" for GPT-4o,
// "deepseekr1"), the family, the architecture in words and as people abbreviate it, its notes,
// strengths and limitations, and the names its aliases hold (provider ids, snapshot ids), each alias also
// as one word "alias<normal form run together>" that src/questions/search-query.ts asks for a whole name.
// Every write path (the seed, upsertModel, the catalog import) sets it from this one definition.
trim(reduce(text = '', word IN [
    m.id,
    reduce(compact = '', c IN split(toLower(m.name), '') | compact + CASE WHEN c =~ '[a-z0-9]' THEN c ELSE '' END),
    m.family,
    CASE m.architecture WHEN 'MIXTURE_OF_EXPERTS' THEN 'mixture of experts MoE' WHEN 'DENSE' THEN 'dense' END,
    m.notes
  ] + coalesce(m.strengths, []) + coalesce(m.limitations, [])
    + COLLECT { MATCH (m)<-[:NAMES]-(alias:Alias) UNWIND alias.names + ['alias' + replace(alias.id, '-', '')] AS aliasWord RETURN aliasWord }
  | text + CASE WHEN word IS NULL THEN '' ELSE ' ' + word END))
