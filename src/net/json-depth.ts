/**
 * How deep JSON text nests, counted without parsing it: every parse of text from outside (a server's
 * answer, a transcript file) is refused past a depth no real answer reaches, so nothing downstream
 * recurses into it. Its own file, so a replay can use it without loading the HTTP stack.
 */

/** Deeper than any Bitbucket, Jira or GitHub answer the checks read. */
export const MAX_JSON_DEPTH = 32;

/** The deepest nesting of objects and arrays in JSON text, strings skipped. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') deepest = Math.max(deepest, ++depth);
    else if (c === '}' || c === ']') depth--;
  }
  return deepest;
}
