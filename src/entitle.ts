/** Facts about Entitle itself that several checks quote. */

/** Entitle's fixed egress addresses, by region, for IP allowlists. */
export const ENTITLE_IPS = {
  EU: ['34.243.199.171', '54.216.133.226'],
  US: ['52.45.229.219', '54.88.235.213', '3.224.15.134'],
  CA: ['35.182.218.208', '15.156.179.153'],
} as const;

/** "EU a, b; US c, d, e; CA f, g" */
export const ENTITLE_IP_LIST = Object.entries(ENTITLE_IPS)
  .map(([region, ips]) => `${region} ${ips.join(', ')}`)
  .join('; ');

export const allowlistFix = (what: string) =>
  `If ${what} has an IP allowlist, add Entitle's addresses (${ENTITLE_IP_LIST}) and this runner's.`;
