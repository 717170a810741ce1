/**
 * The graph's closed vocabularies, each written once: the seed's zod schemas and the mutations' checks
 * take these lists, and each GraphQL enum states its values with `satisfies Record<...>` over the same
 * list, so that a value added to one and not the other fails the type check. (Openness, model status and
 * licence category live with their rules, in src/model/openness.ts.)
 */
export const ARCHITECTURES = ['DENSE', 'MIXTURE_OF_EXPERTS'] as const;
export const MODALITIES = ['text', 'image', 'audio', 'video'] as const;
/** Which version of a model a result scored: the pre-trained base or the instruction-tuned (chat) one. */
export const MODEL_VARIANTS = ['BASE', 'INSTRUCT'] as const;
export const BENCHMARK_METRICS = ['PERCENT', 'RATING'] as const;
/** Who ran a benchmark result (cypher/result/evaluator.cypher). */
export const RESULT_EVALUATORS = ['DEVELOPER', 'OTHER_DEVELOPER', 'INDEPENDENT'] as const;
export const SOURCE_KINDS = ['DOCUMENT_SECTION', 'WEB', 'REVIEW', 'PACKAGE'] as const;
export const ORGANIZATION_KINDS = ['COMPANY', 'NON_PROFIT', 'RESEARCH_LAB'] as const;
export const RELEASE_STANCES = ['OPEN_RELEASE', 'CLOSED_RELEASE'] as const;
export const TECHNIQUE_KINDS = ['FINE_TUNING', 'DISTILLATION', 'MERGING', 'QUANTIZATION', 'API_CUSTOMIZATION', 'RETRIEVAL', 'COST_REDUCTION'] as const;
export const REGULATORY_EFFECTS = ['FAVOURS', 'BURDENS', 'RESTRICTS'] as const;
export const DEPLOYMENT_ROLES = ['OPEN', 'CLOSED'] as const;
export const CLAIM_KINDS = ['FACT', 'COMPARISON', 'PROJECTION'] as const;
/** The questions a claim's rule can ask of the graph (src/claim/rules.ts). */
export const CLAIM_RULE_QUESTIONS = ['LEADS'] as const;
export const CLAIM_VERDICTS = ['SUPPORTED', 'PARTLY_SUPPORTED', 'MIXED', 'CONTRADICTED', 'UNVERIFIED', 'PROJECTION'] as const;
/** The verdicts that the sourced facts decide: a claim with one of them names those facts. */
export const DECIDED_VERDICTS: ReadonlyArray<(typeof CLAIM_VERDICTS)[number]> = ['SUPPORTED', 'PARTLY_SUPPORTED', 'MIXED', 'CONTRADICTED'];
