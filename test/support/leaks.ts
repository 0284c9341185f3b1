/** Leak detection shared by the secret-hygiene tests. */

/** Every `size`-character piece of a secret. */
export function pieces(secret: string, size = 8): string[] {
  const out: string[] = [];
  for (let i = 0; i + size <= secret.length; i++) out.push(secret.slice(i, i + size));
  return out;
}

/** The pieces of any secret visible in the text, ignoring the `::add-mask::` lines that register them. */
export function leaks(text: string, secrets: string[]): string[] {
  const visible = text
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  return secrets.flatMap((s) => pieces(s)).filter((piece) => visible.includes(piece));
}
