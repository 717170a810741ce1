// reads: pr
// Fragment: provider pr with how many offerings it has.
pr {.*, offeringCount: COUNT { (pr)-[:OFFERS]->(:Offering) }}
