import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Bearer tokens for the API. The operator configures only their SHA-256 hashes, each with a role
 * (API_TOKENS="editor:<sha256 hex>,reader:<sha256 hex>"), so a leaked configuration leaks no token;
 * `npm run token -- editor` makes a new token and prints the line to add. A presented token is hashed and
 * compared with every configured hash in constant time.
 */
export const ROLES = ['reader', 'editor'] as const;
export type Role = (typeof ROLES)[number];

export interface TokenHash {
  role: Role;
  sha256: string;
}

export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

export function newToken(): string {
  return `lg_${randomBytes(24).toString('base64url')}`;
}

/** What an Authorization header says about its sender. */
export type Caller = { role: Role } | { role: undefined; problem?: 'invalid-token' | 'malformed-header' };

export function identify(authorization: string | null, hashes: readonly TokenHash[]): Caller {
  if (!authorization) return { role: undefined };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) return { role: undefined, problem: 'malformed-header' };
  const presented = Buffer.from(hashToken(match[1]!), 'hex');
  let role: Role | undefined;
  // No early exit: the time taken does not depend on which hash (if any) matched.
  for (const hash of hashes) {
    if (timingSafeEqual(presented, Buffer.from(hash.sha256, 'hex')) && (role === undefined || hash.role === 'editor')) role = hash.role;
  }
  return role ? { role } : { role: undefined, problem: 'invalid-token' };
}
