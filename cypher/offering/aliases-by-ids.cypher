// Aliases by id (their normal form), with the model each names.
UNWIND $ids AS id
MATCH (a:Alias {id: id})
RETURN {{offering/alias-projection}} AS alias
