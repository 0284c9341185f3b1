/**
 * Turns the raw integration text into a JSON tree without ever quoting the input. jsonc-parser (the
 * parser behind VS Code) reports syntax errors as an error code and an offset, so a message can say
 * "line 3, column 16: expected a comma" without repeating the secret text around it, as V8's
 * JSON.parse messages do.
 */
import { createScanner, type Node, type ParseError, parseTree } from 'jsonc-parser';
import { SECRET_HELP } from '../entitle.js';
import { defineFindings, type Finding } from '../findings.js';
import { ParseErrorCode, SyntaxKind } from './json-syntax.js';

/** The findings of a document that cannot be parsed. */
export const { words: PARSE_WORDS, finding } = defineFindings({
  'structure.size': {
    section: 'structure',
    title: 'Input size',
    cause: 'The integration JSON is larger than 64 KiB; a real one is well under 1 KiB.',
    fix: `Put only the integration JSON in the secret. ${SECRET_HELP}`,
  },
  'structure.control_character': {
    section: 'structure',
    title: 'Control character',
    cause:
      'The input contains a control character (other than tab, CR or LF), usually from a bad copy and paste.',
    fix: `Retype or re-copy the JSON as plain text. ${SECRET_HELP}`,
  },
  'structure.depth': {
    section: 'structure',
    title: 'Nesting depth',
    cause: 'The JSON nests objects or arrays more deeply than any integration document can.',
    fix: `Use the documented shape: email, app_token and an optional jira_credentials object. ${SECRET_HELP}`,
  },
  'structure.json': {
    section: 'structure',
    title: 'JSON syntax',
    cause: 'The input is not valid JSON.',
    fix: `Correct the JSON at the position given. ${SECRET_HELP}`,
  },
});

/** A real integration document is well under 1 KiB; anything near this is not one. */
export const MAX_INPUT_BYTES = 64 * 1024;
/** The document nests two levels; allow slack, refuse pathological input before parsing it. */
export const MAX_DEPTH = 16;

export interface Location {
  line: number;
  column: number;
}

/** 1-based line and column of an offset; columns count UTF-16 code units, as editors do. */
export function locate(text: string, offset: number): Location {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

export function describeLocation(loc: Location): string {
  return `line ${loc.line}, column ${loc.column}`;
}

export interface ParsedDocument {
  /** The text as parsed (a leading byte-order mark removed). */
  text: string;
  tree: Node;
  /** The plain value of the tree; objects are built so that `__proto__` keys stay ordinary keys. */
  value: unknown;
  /** JSON paths (dotted) of keys that appear more than once in their object. */
  duplicateKeys: { path: string; location: Location }[];
}

export type ParseOutcome =
  | { ok: true; document: ParsedDocument }
  /** `recovered`: what the parser's error recovery made of a document that is not valid JSON. */
  | { ok: false; findings: Finding[]; recovered?: ParsedDocument };

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** What stops a document before it is parsed: its size, a control character, or a depth no document has. */
function unparsable(raw: string, text: string): Finding | undefined {
  if (Buffer.byteLength(raw, 'utf8') > MAX_INPUT_BYTES) {
    const message = `The input holds more than ${MAX_INPUT_BYTES} bytes (64 KiB); an integration JSON is well under 1 KiB.`;
    return finding('structure.size', 'error', message);
  }
  const control = CONTROL_CHARACTER.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    const location = locate(text, control.index);
    return finding(
      'structure.control_character',
      'error',
      `The input contains the control character U+${code} at ${describeLocation(location)}.`,
      looksLikeUtf16(text)
        ? {
            location,
            fix: 'The text looks like UTF-16 (a NUL between the characters): save it as UTF-8, then paste it again.',
          }
        : { location },
    );
  }
  const deep = findExcessiveDepth(text);
  if (deep === undefined) return undefined;
  const location = locate(text, deep);
  const message = `The JSON nests more than ${MAX_DEPTH} levels deep (at ${describeLocation(location)}).`;
  return finding('structure.depth', 'error', message, { location });
}

export function parseIntegrationText(raw: string): ParseOutcome {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const stopped = unparsable(raw, text);
  if (stopped) return fail(stopped);
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const first = errors[0];
  if (first !== undefined || tree === undefined) {
    const offset = first?.offset ?? 0;
    const location = locate(text, offset);
    const what = first ? explainParseError(first, text) : 'the input is empty';
    const message = `The input is not valid JSON: at ${describeLocation(location)}, ${what}.`;
    const syntax = finding('structure.json', 'error', message, { location });
    // The recovered tree lets the other problems be reported in the same run, not one at a time.
    if (tree === undefined) return fail(syntax);
    const duplicateKeys: ParsedDocument['duplicateKeys'] = [];
    const recovered = { text, tree, value: toValue(tree, text, '', duplicateKeys), duplicateKeys };
    return { ok: false, findings: [syntax], recovered };
  }
  const duplicateKeys: ParsedDocument['duplicateKeys'] = [];
  const value = toValue(tree, text, '', duplicateKeys);
  return { ok: true, document: { text, tree, value, duplicateKeys } };
}

function fail(f: Finding): ParseOutcome {
  return { ok: false, findings: [f] };
}

/**
 * Scans without building anything (so without recursion), returning the offset where depth runs
 * over. Only a closer that matches the innermost opener closes it: the parser's error recovery skips
 * a stray `}` inside an array, so a scan that let it close something would undercount what the
 * parser then nests (`[},[},…` passes a naive count and overflows the parser's stack).
 */
function findExcessiveDepth(text: string): number | undefined {
  const scanner = createScanner(text, true);
  const open: number[] = [];
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.OpenBrace || kind === SyntaxKind.OpenBracket) {
      open.push(kind);
      if (open.length > MAX_DEPTH) return scanner.getTokenOffset();
    } else if (kind === SyntaxKind.CloseBrace || kind === SyntaxKind.CloseBracket) {
      const matching = kind === SyntaxKind.CloseBrace ? SyntaxKind.OpenBrace : SyntaxKind.OpenBracket;
      if (open[open.length - 1] === matching) open.pop();
    }
  }
  return undefined;
}

function previousSignificantCharacter(text: string, offset: number): string | undefined {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text[i] as string;
    if (!/\s/.test(c)) return c;
  }
  return undefined;
}

/** Names the quote that was used instead of a straight double quote; the character is punctuation, never input. */
function quoteHint(found: string | undefined): string | undefined {
  if (found === "'") return 'single quotes are not JSON: strings and keys need double quotes `"`';
  if (found !== undefined && '\u201c\u201d\u2018\u2019\u00ab\u00bb'.includes(found)) {
    return 'curly quotes are not JSON (a word processor or chat app may have added them): use straight double quotes `"`';
  }
  return undefined;
}

/** UTF-16 text read as UTF-8 has a NUL beside every ASCII character. */
function looksLikeUtf16(text: string): boolean {
  const sample = text.slice(0, 200);
  const nuls = sample.split('\u0000').length - 1;
  return nuls > 0 && nuls >= sample.length / 3;
}

/** Says what the parser expected, never what it found: what it found may be part of a secret. */
function explainParseError(error: ParseError, text: string): string {
  const atEnd = text.slice(error.offset).trim() === '';
  switch (error.error) {
    case ParseErrorCode.CloseBraceExpected:
      return atEnd
        ? 'the closing brace `}` is missing at the end of the document'
        : 'expected a comma `,` before the next member, or a closing brace `}`';
    case ParseErrorCode.CloseBracketExpected:
      return atEnd
        ? 'the closing bracket `]` is missing at the end of the document'
        : 'expected a comma `,` before the next element, or a closing bracket `]`';
    case ParseErrorCode.CommaExpected:
      return 'expected a comma `,` between two members (is one missing at the end of the previous line?)';
    case ParseErrorCode.PropertyNameExpected:
      if (previousSignificantCharacter(text, error.offset) === ',')
        return 'expected a property name after the comma; JSON allows no comma after the last member';
      return quoteHint(text[error.offset]) ?? 'expected a property name in double quotes';
    case ParseErrorCode.ColonExpected:
      return 'expected a colon `:` after the property name';
    case ParseErrorCode.ValueExpected:
      return atEnd ? 'the document ends where a value was expected' : 'expected a value';
    case ParseErrorCode.EndOfFileExpected:
      return 'expected the end of the document after the first JSON value (give exactly one object)';
    case ParseErrorCode.InvalidCommentToken:
    case ParseErrorCode.UnexpectedEndOfComment:
      return 'JSON does not allow comments';
    case ParseErrorCode.UnexpectedEndOfString:
      return 'a string is not closed: a double quote `"` is missing';
    case ParseErrorCode.InvalidUnicode:
      return 'a \\u escape needs four hexadecimal digits';
    case ParseErrorCode.InvalidEscapeCharacter:
      return 'a backslash starts an escape JSON does not know (write \\\\ for a backslash)';
    case ParseErrorCode.InvalidCharacter:
      return 'a string contains a raw line break or control character; strings must stay on one line';
    case ParseErrorCode.InvalidNumberFormat:
    case ParseErrorCode.UnexpectedEndOfNumber:
      return 'a number is malformed';
    default:
      return quoteHint(text[error.offset]) ?? 'expected a JSON value; strings and keys need double quotes';
  }
}

function toValue(
  node: Node,
  text: string,
  path: string,
  duplicates: ParsedDocument['duplicateKeys'],
): unknown {
  switch (node.type) {
    case 'object': {
      // Own properties defined explicitly: a `__proto__` key must not change the prototype.
      const result: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (keyNode === undefined) continue;
        const key = String(keyNode.value);
        const childPath = path === '' ? key : `${path}.${key}`;
        if (Object.hasOwn(result, key)) {
          duplicates.push({ path: childPath, location: locate(text, keyNode.offset) });
        }
        Object.defineProperty(result, key, {
          value: valueNode === undefined ? undefined : toValue(valueNode, text, childPath, duplicates),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return result;
    }
    case 'array':
      return (node.children ?? []).map((child, i) => toValue(child, text, `${path}[${i}]`, duplicates));
    default:
      return node.value;
  }
}
