import type { Context } from '../context.js';
import { keysetChoices, keysetParams, type KeysetPage, type PositionedPage } from '../one-trip/asked.js';
import { cypher } from '../neo4j/cypher.js';
import { column, grouped } from '../neo4j/rows.js';
import type { ClaimRow, EvidenceRow, FactRow, VerdictChangeRow } from './claim.rows.js';

/** The only code that turns claim and fact questions into Cypher (cypher/claim/) and rows. */

export const factsByIds = (ctx: Context, ids: readonly string[]) => column<FactRow>(ctx, 'claim/facts-by-ids', { ids }, 'fact');

export const claimsByIds = (ctx: Context, ids: readonly string[]) => column<ClaimRow>(ctx, 'claim/by-ids', { ids }, 'claim');

/** The claims about each of these nodes (by global key), in document order, per key in the order asked. */
export const claimsAbout = (ctx: Context, keys: readonly string[]) => grouped<ClaimRow>(ctx, 'claim/about-keys', keys, 'claim');

/** The evidence of each claim's rule (none without a rule), per claim in the order asked. */
export const evidenceOfClaims = (ctx: Context, ids: readonly string[]) => grouped<EvidenceRow>(ctx, 'claim/evidence-of-claims', ids, 'piece');

/** Each claim's changes of verdict decided by its rule, oldest first. */
export const verdictHistoryOfClaims = (ctx: Context, ids: readonly string[]) => grouped<VerdictChangeRow>(ctx, 'claim/verdict-history-of-claims', ids, 'change');

export interface ClaimFilter {
  verdicts: readonly string[] | null;
  kinds: readonly string[] | null;
  section: number | null;
  about: readonly string[] | null;
}

/** The list a claims cursor belongs to. */
export const CLAIM_LIST = 'Claim:document-order';

/** One keyset page of the claims a filter keeps, in document order, with their total. */
export async function claimPage(ctx: Context, filter: ClaimFilter, page: KeysetPage): Promise<PositionedPage<ClaimRow>> {
  const query = cypher('claim/list', keysetChoices('ASC', page.inverted), ctx.queryShapes);
  const [row] = await ctx.db.read(query, { ...filter, ...keysetParams(page) });
  return { totalCount: row?.totalCount as number, items: row?.claims as PositionedPage<ClaimRow>['items'] };
}
