// reads: m, modelFilter
// Condition on model m: curated (from seed/ or written through the API) when modelFilter.curated is true,
// made from the model catalogs (origin 'catalog') when false.
(coalesce(m.origin, '') <> 'catalog') = modelFilter.curated
