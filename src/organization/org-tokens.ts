/**
 * The optional expiry source: an organization admin can read the real expiry of its managed accounts'
 * API tokens from Atlassian's API Access REST API, `GET /admin/api-access/v1/orgs/{orgId}/api-tokens`
 * (an admin API key as a Bearer token). One request (a few pages at most), sent beside the others;
 * the answer is parsed here, once, into the tokens of the integration account.
 */
import { z } from 'zod';
import { field } from '../net/body-fields.js';
import { faultOf, type Reply } from '../net/faults.js';
import { type HttpClient, jsonBody, outcomeLabel } from '../net/outcome.js';

export const ADMIN_HOST = 'api.atlassian.com';
/** The one request's path, with the organization's id as a parameter. */
export const ORG_TOKENS_TEMPLATE = '/admin/api-access/v1/orgs/{orgId}/api-tokens';
const MAX_PAGES = 3;

export interface OrgToken {
  /** As its owner named it; shown only as a short, plain line. */
  readonly label: string;
  /** The day it expires, YYYY-MM-DD (UTC). */
  readonly expiresOn: string;
}

export interface OrgTokensEvidence {
  /** The last page's answer; its fault or status when the tokens could not be read. */
  readonly reply: Reply;
  /** The account's active tokens; undefined when the answer could not be read. */
  readonly tokens: readonly OrgToken[] | undefined;
}

const pageSchema = z.object({
  data: z.array(
    z.object({
      label: field('label').optional(),
      status: field('status').optional(),
      expiresAt: field('date').optional(),
      user: z.object({ email: field('email').optional() }).optional(),
    }),
  ),
  links: z.object({ next: field('next').optional() }).optional(),
});
/** The one schema an organization's answer is read by: what a transcript keeps of one (body-shape.ts). */
export const ORG_TOKENS_BODIES: readonly z.ZodType[] = [pageSchema];

const DAY = /^(\d{4}-\d{2}-\d{2})T/;

export async function gatherOrgTokens(
  http: HttpClient,
  access: { orgId: string; adminKey: string },
  email: string,
): Promise<OrgTokensEvidence> {
  const base = `https://${ADMIN_HOST}${ORG_TOKENS_TEMPLATE.replace('{orgId}', encodeURIComponent(access.orgId))}`;
  const tokens: OrgToken[] = [];
  let url = `${base}?q=${encodeURIComponent(email)}`;
  for (let page = 1; ; page++) {
    const outcome = await http.send({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${access.adminKey}` },
    });
    const request = `GET ${ADMIN_HOST}${ORG_TOKENS_TEMPLATE}`;
    const label = outcomeLabel(outcome);
    const reply: Reply = {
      host: ADMIN_HOST,
      request,
      status: outcome.kind === 'response' ? outcome.status : undefined,
      fault: faultOf(outcome, ADMIN_HOST),
      label,
    };
    const body =
      outcome.kind === 'response' && outcome.status === 200 ? jsonBody(outcome, pageSchema) : undefined;
    if (!body) return { reply, tokens: undefined };
    for (const t of body.data) {
      const day = DAY.exec(t.expiresAt ?? '')?.[1];
      const own = (t.user?.email ?? '').toLowerCase() === email.toLowerCase();
      // Only the account's own tokens that still work: a revoked or blocked one is no concern.
      if (own && day && (t.status ?? 'ALLOWED') === 'ALLOWED')
        tokens.push({ label: t.label ?? '', expiresOn: day });
    }
    const next = body.links?.next;
    if (!next?.startsWith(`${base}?`) || page >= MAX_PAGES) return { reply, tokens };
    url = next;
  }
}
