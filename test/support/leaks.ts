/**
 * Leak detection shared by the secret-hygiene tests. A credential leaks when any 8-character piece
 * of it shows, in any case, as sent, URL-encoded, or inside the Basic header's base64 (with the
 * account email the tests use): the forms a server could echo it back in.
 */

export const TEST_USERS = ['integration@example.com'];

/** Every `size`-character piece of a secret. */
export function pieces(secret: string, size = 8): string[] {
  const out: string[] = [];
  for (let i = 0; i + size <= secret.length; i++) out.push(secret.slice(i, i + size));
  return out;
}

/** The forms a secret can be echoed in. */
export function echoedForms(secret: string, users: readonly string[] = TEST_USERS): string[] {
  return [
    secret,
    encodeURIComponent(secret),
    ...users.map((user) => Buffer.from(`${user}:${secret}`).toString('base64')),
  ];
}

/** The pieces of any secret, in any of its forms and any case, visible in the text. */
export function visiblePieces(text: string, secrets: readonly string[]): string[] {
  const folded = text.toLowerCase();
  return secrets
    .flatMap((s) => echoedForms(s))
    .flatMap((form) => pieces(form))
    .filter((piece) => folded.includes(piece.toLowerCase()));
}

/** The same, ignoring the `::add-mask::` lines that register the secrets with the runner. */
export function leaks(text: string, secrets: string[]): string[] {
  const visible = text
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  return visiblePieces(visible, secrets);
}
