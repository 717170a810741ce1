import { ROLES, hashToken, newToken, type Role } from './tokens.js';

/**
 * `npm run token -- editor` (or reader): a new random bearer token, shown once, and the API_TOKENS
 * entry (its role and SHA-256) for the operator's configuration. The server never sees the token itself.
 */
const role = (process.argv[2] ?? 'editor') as Role;
if (!ROLES.includes(role)) {
  process.stderr.write(`usage: npm run token -- <${ROLES.join('|')}>   (got "${role}")\n`);
  process.exit(2);
}
const token = newToken();
process.stdout.write(`token (give it to the client, it is not stored anywhere): ${token}\n`);
process.stdout.write(`API_TOKENS entry (comma-separate several): ${role}:${hashToken(token)}\n`);
