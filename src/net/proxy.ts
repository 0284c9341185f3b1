/**
 * The proxy settings a run takes from its environment, read the way undici's EnvHttpProxyAgent reads
 * them (the lower-case variable first; NO_PROXY entries as host, .domain, *.domain, host:port or *).
 * Used to name the proxy when a host does not answer through it, and to report a variable that cannot
 * be used, by name only: a proxy URL can carry a password.
 */
export type Env = Record<string, string | undefined>;

const PROXY_PROTOCOLS = new Set(['http:', 'https:', 'socks5:']);
const DEFAULT_PORTS: Record<string, number> = { 'http:': 80, 'https:': 443 };

export interface ProxyProblem {
  variable: string;
  problem: string;
}

/** Every proxy variable that is set but cannot be used; never its value. */
export function proxyProblems(env: Env): ProxyProblem[] {
  const problems: ProxyProblem[] = [];
  for (const variable of ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY']) {
    const value = env[variable];
    if (value === undefined || value === '') continue;
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (url === undefined || !PROXY_PROTOCOLS.has(url.protocol) || url.hostname === '') {
      problems.push({
        variable,
        problem: 'is not a URL of the form http://host:port (https:// and socks5:// work too)',
      });
    }
  }
  for (const variable of ['no_proxy', 'NO_PROXY']) {
    const value = env[variable];
    if (value && noProxyEntries(value).some((e) => /[/@]/.test(e))) {
      problems.push({
        variable,
        problem:
          'has an entry that is a URL or a path; entries are host names, .domain suffixes or host:port',
      });
    }
  }
  return problems;
}

function noProxyEntries(value: string): string[] {
  return value.split(/[,\s]/).filter((e) => e !== '');
}

function bypasses(entry: string, hostname: string, port: number): boolean {
  const withPort = /^\[(.+)\]:(\d+)$/.exec(entry) ?? /^([^:]+):(\d+)$/.exec(entry);
  const entryHost = (withPort ? (withPort[1] as string) : entry.replace(/^\[(.+)\]$/, '$1'))
    .replace(/^\*?\./, '')
    .replace(/\.$/, '')
    .toLowerCase();
  const entryPort = withPort ? Number(withPort[2]) : 0;
  if (entryPort && entryPort !== port) return false;
  if (entryHost === '*') return true;
  return (!entry.startsWith('*') && hostname === entryHost) || hostname.endsWith(`.${entryHost}`);
}

/** `host:port` of the proxy a request to this URL goes through, or undefined when it goes direct. */
export function proxyFor(env: Env, url: URL): string | undefined {
  const hostname = url.hostname
    .replace(/^\[(.+)\]$/, '$1')
    .replace(/\.$/, '')
    .toLowerCase();
  const port = Number(url.port) || DEFAULT_PORTS[url.protocol] || 0;
  const noProxy = env.no_proxy ?? env.NO_PROXY ?? '';
  if (noProxyEntries(noProxy).some((entry) => bypasses(entry, hostname, port))) return undefined;
  const http = env.http_proxy ?? env.HTTP_PROXY;
  const chosen = url.protocol === 'https:' ? (env.https_proxy ?? env.HTTPS_PROXY) || http : http;
  if (!chosen) return undefined;
  try {
    // Only the host and port: a proxy URL's user name and password are never shown.
    return new URL(chosen).host || undefined;
  } catch {
    return undefined;
  }
}

/** The values of every proxy variable that is set, so an error message can be scrubbed of them. */
export function proxyValues(env: Env): string[] {
  return ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY']
    .map((name) => env[name])
    .filter((value): value is string => value !== undefined && value.length >= 8);
}
