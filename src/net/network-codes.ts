/**
 * Network error codes, read once: what each means in words, and which are about TLS. One table, so
 * the retry policy (certificate errors are not retried) and the diagnosis (a TLS finding) agree.
 */

/**
 * Not a network's code: a replay's answer to a request the transcript does not hold (recorded by
 * another version, before the request was planned). Never a network fault, never retried.
 */
export const NOT_RECORDED = 'NOT_RECORDED';

const NETWORK_DESCRIPTIONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host name not found (DNS)',
  EAI_AGAIN: 'DNS lookup failed temporarily',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPIPE: 'connection closed while sending',
  UND_ERR_SOCKET: 'connection closed unexpectedly',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_PRX_CONN: 'the proxy refused or failed the connection',
  UND_ERR_PRX_TLS: 'TLS with the proxy failed',
  UND_ERR_CLOSED: 'connection closed',
  EPROTO: 'TLS handshake failed',
  ECONNABORTED: 'connection aborted',
};

/** A certificate that is not trusted: the same on every attempt, so reported, not retried. */
const CERTIFICATE_CODE =
  /^(CERT_|UNABLE_TO_|SELF_SIGNED|DEPTH_ZERO|ERR_TLS_CERT|HOSTNAME_MISMATCH|ERR_SSL_|ERR_TLS_INVALID)/;

export const DNS_CODES: ReadonlySet<string> = new Set(['ENOTFOUND', 'EAI_AGAIN']);
export const PROXY_CODES: ReadonlySet<string> = new Set(['UND_ERR_PRX_CONN', 'UND_ERR_PRX_TLS']);

export function isCertificateCode(code: string): boolean {
  return CERTIFICATE_CODE.test(code);
}

/** Any TLS failure: an untrusted certificate, or a handshake that failed (EPROTO, ERR_TLS_*). */
export function isTlsCode(code: string): boolean {
  return isCertificateCode(code) || code === 'EPROTO' || code.startsWith('ERR_TLS');
}

export function describeNetworkCode(code: string): string {
  if (Object.hasOwn(NETWORK_DESCRIPTIONS, code)) return NETWORK_DESCRIPTIONS[code] as string;
  if (isCertificateCode(code)) return 'the server certificate was not trusted';
  return 'the connection failed';
}
