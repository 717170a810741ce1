// The cheapest offering of models on day $asked.asOf (today when null), for Model.cheapestOffering.
WITH coalesce(date($asked.asOf), date()) AS asOf
UNWIND $ids AS id
MATCH (m:Model {id: id})
RETURN id, {{offering/cheapest}} AS offering
