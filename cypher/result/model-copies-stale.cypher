// reads: r, m
// Fragment (a condition): whether result r's copies of its model m's openness and licence
// (cypher/result/model-copies) differ from what they copy, a missing copy included: the results a write of
// the copies has to touch (the seed's step, so that a second load writes nothing, and cypher/schema/006).
coalesce(r.modelOpenness, '') <> coalesce(m.openness, '') OR coalesce(r.modelLicenceSpdx, '') <> coalesce(m.licenceSpdx, '')
   OR coalesce(r.modelLicenceCategory, '') <> coalesce(m.licenceCategory, '')
