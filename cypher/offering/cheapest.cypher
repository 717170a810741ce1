// reads: m, asOf
// Fragment: model m's cheapest offering on day asOf by blended price, as offering/projection gives it, or
// null when none has a price that day. A free tier (price 0: rate-limited, a promotion) is not a price.
head(COLLECT {
  MATCH (m)<-[:SERVES]-(o:Offering)
  WITH o, {{offering/projection}} AS cheapOffering
  WHERE cheapOffering.price.blendedPerMTokens > 0
  RETURN cheapOffering
  ORDER BY cheapOffering.price.blendedPerMTokens, cheapOffering.id
  LIMIT 1
})
