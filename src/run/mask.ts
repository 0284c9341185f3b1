/**
 * Masking, once per run and before anything can be printed: the document, each credential in it,
 * and the Basic header's base64 that goes over the wire (a server may echo that back too).
 */

import { basicAuthorization } from '../net/outcome.js';
import { proxyValues } from '../net/proxy.js';
import { credentialSecrets } from '../scrub.js';
import type { Integration } from '../structure/document-model.js';
import { collectSecrets } from '../structure/secrets.js';
import type { Options } from './options.js';

/** The host's mask, called at most once per value. */
export function onceEach(mask: (secret: string) => void): (secret: string) => void {
  const masked = new Set<string>();
  return (secret) => {
    if (masked.has(secret)) return;
    masked.add(secret);
    mask(secret);
  };
}

/**
 * Masks the whole document and each credential in it, input problems included: the document is one
 * multi-line value, which never matches a line of the log. Returns what findings are scrubbed of.
 */
export function maskCredentials(raw: string, mask: (secret: string) => void): string[] {
  if (raw !== '') mask(raw);
  const collected = collectSecrets(raw);
  for (const secret of collected) mask(secret);
  return credentialSecrets(raw, collected);
}

/** The base64 part of each Basic header the remote checks will send, masked. */
export function maskRequestHeaders(
  integration: Integration | undefined,
  mask: (secret: string) => void,
): string[] {
  if (!integration) return [];
  const pairs = [[integration.email, integration.app_token]];
  const jira = integration.jira_credentials;
  if (jira) pairs.push([jira.user, jira.key]);
  const forms = pairs.map(([user, secret]) =>
    basicAuthorization(user as string, secret as string).slice('Basic '.length),
  );
  for (const form of forms) mask(form);
  return forms;
}

/** Secrets given as inputs rather than in the document: the organization admin key. */
export function maskOptionSecrets(options: Options, mask: (secret: string) => void): string[] {
  const key = options.organization?.adminKey;
  if (!key) return [];
  mask(key);
  return [key];
}

/**
 * Values of the host's environment that a message must never show: the proxy variables (a proxy URL
 * can carry a password). For a host's last-resort error message.
 */
export function environmentSecrets(env: Record<string, string | undefined>): string[] {
  return proxyValues(env);
}
