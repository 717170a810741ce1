// Capability domains by id, for the domain DataLoader (node(id), a claim's subjects).
UNWIND $ids AS id
MATCH (d:Domain {id: id})
RETURN {{benchmark/domain-projection}} AS domain
