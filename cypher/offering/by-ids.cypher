// Offerings by id, priced today (the Offering DataLoader: node(id), references from other types).
WITH date() AS asOf
UNWIND $ids AS id
MATCH (o:Offering {id: id})
RETURN {{offering/projection}} AS offering
