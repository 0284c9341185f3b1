/** The findings of network faults: one cause per host that gave no answer, and unusable proxy settings. */
import { defineFindings, input } from '../findings.js';

export const { words: NETWORK_WORDS, finding } = defineFindings({
  'network.proxy': {
    section: 'network',
    title: 'Proxy settings',
    cause:
      'A proxy variable (HTTPS_PROXY, HTTP_PROXY or NO_PROXY, in either case) is set but cannot be used, so no request was sent. The value is never shown: a proxy URL can hold a password.',
    fix: 'Set the variable to the proxy as a URL, http://host:port (with user:password@ before the host if the proxy needs it), or unset it; NO_PROXY takes host names, .domain suffixes and host:port, separated by commas.',
  },
  'network.dns': {
    section: 'network',
    title: 'Host name lookup',
    cause:
      'The runner could not look up the host (ENOTFOUND, EAI_AGAIN): no DNS, a DNS that does not know the name, or a network where only a proxy resolves names. The checks that needed the host were not checked.',
    fix: "Check the runner's DNS. Behind a proxy, set HTTPS_PROXY so the proxy resolves names, and keep the host out of NO_PROXY.",
  },
  'network.unreachable': {
    section: 'network',
    title: 'Connection',
    cause:
      'The host refused or dropped the connection (ECONNREFUSED, ECONNRESET, EHOSTUNREACH, …): a firewall, an egress allowlist, or a proxy that must be used. The checks that needed the host were not checked.',
    fix: 'Let the runner reach the host on port 443 (firewall, egress allowlist); on self-hosted runners that must use a proxy, set HTTPS_PROXY and NO_PROXY.',
  },
  'network.proxy_failed': {
    section: 'network',
    title: 'Proxy',
    cause:
      'The proxy in HTTPS_PROXY refused or failed the tunnel (CONNECT) to the host: wrong host or port, missing proxy credentials, or a proxy that does not allow the host. The checks that needed the host were not checked.',
    fix: 'Check HTTPS_PROXY (host, port, and user:password@ if the proxy needs them) and that the proxy allows CONNECT to the host on port 443.',
  },
  'network.tls': {
    section: 'network',
    title: 'TLS certificate',
    cause:
      'The TLS certificate presented for the host is not trusted, as happens behind a TLS-inspecting proxy whose CA the runner does not know. Certificate errors are not retried. The checks that needed the host were not checked.',
    fix: "Set NODE_EXTRA_CA_CERTS to the TLS-inspecting proxy's CA certificate (a PEM file) on the step or the runner.",
  },
  'network.not_recorded': {
    section: 'network',
    title: 'Not in the transcript',
    cause:
      'A replay (`--replay`) of a transcript that holds no answer to a request this version sends: it was recorded by another version, before the request was planned. The checks that needed the request were not checked; everything the transcript holds is judged as it was recorded.',
    fix: 'Record the transcript again with this version (the action’s `transcript` input, or the CLI’s --record FILE).',
  },
  'network.timeout': {
    section: 'network',
    title: 'No answer in time',
    cause: `The host (or the proxy on the way) did not answer within the time limit of a request or of the run (${input('timeout-seconds')}). The checks that needed the host were not checked.`,
    fix: `Check that the runner reaches the host (firewall, proxy, NO_PROXY); raise ${input('timeout-seconds')} if the network is slow.`,
  },
});
