/** The scrubber and the sanitiser, exactly: what each keeps, what each replaces, character by character. */
import { describe, expect, it } from 'vitest';
import { SERVER_CLOSE, SERVER_OPEN } from '../../src/findings.js';
import { codeSpan, plainText, segments, withoutControls } from '../../src/report/server-text.js';
import { credentialSecrets, echoForms, makeScrubber } from '../../src/scrub.js';

describe('the credentials a document holds', () => {
  it('are its collected secrets but the document itself, and none shorter than a piece', () => {
    const raw = '  {"app_token":"x"}  ';
    expect(credentialSecrets(raw, [raw, raw.trim(), 'short', 'exactly8', 'a-longer-secret'])).toEqual([
      'exactly8',
      'a-longer-secret',
    ]);
  });
});

describe('the scrubber', () => {
  const scrub = makeScrubber(['SeCrEt-ToKeN-1234']);

  it.each([
    ['no secret here', 'no secret here'],
    ['token SeCrEt-ToKeN-1234 end', 'token *** end'],
    ['upper SECRET-TOKEN-1234 and lower secret-token-1234', 'upper *** and lower ***'],
    ['a piece: cReT-tOkEn and more', 'a piece: *** and more'],
    ['ends with SeCrEt-To', 'ends with ***'],
    ['SeCrEt-ToKeN-1234', '***'],
    ['URL-encoded: secret-token-1234%2F', 'URL-encoded: ***%2F'],
    ['Keep Capitals Here', 'Keep Capitals Here'],
    ['', ''],
  ])('%j becomes %j', (text, expected) => {
    expect(scrub(text)).toBe(expected);
  });

  it('scrubs a secret of exactly one piece, and its URL-encoded form', () => {
    expect(makeScrubber(['abcdefgh'])('x abcdefgh y')).toBe('x *** y');
    expect(echoForms('a/b c+d')).toEqual(['a/b c+d', 'a%2Fb%20c%2Bd']);
    expect(makeScrubber(['ab/cd/ef/gh'])('echo ab%2Fcd%2Fef%2Fgh.')).toBe('echo ***.');
  });

  it('changes nothing without secrets', () => {
    expect(makeScrubber([])('anything SeCrEt at all')).toBe('anything SeCrEt at all');
  });
});

const quote = (text: string) => `${SERVER_OPEN}${text}${SERVER_CLOSE}`;

describe('the sanitiser', () => {
  it('drops control, separator and bidirectional characters and keeps everything else', () => {
    expect(withoutControls('a\u0000b\u0007c\u001bd\u007fe\u009bf\u2028g\u202eh\u2066i\tj\nk')).toBe(
      'abcdefghi\tj\nk',
    );
  });

  it('quotes server text in plain text', () => {
    expect(plainText(`Bitbucket said: ${quote('no\u202e way')}.`)).toBe('Bitbucket said: “no way”.');
  });

  it.each([
    ['plain', [{ text: 'plain', server: false }]],
    [
      `a ${quote('x')} b ${quote('y')}`,
      [
        { text: 'a ', server: false },
        { text: 'x', server: true },
        { text: ' b ', server: false },
        { text: 'y', server: true },
      ],
    ],
    [
      `${quote('x')}${quote('')}tail`,
      [
        { text: 'x', server: true },
        { text: 'tail', server: false },
      ],
    ],
  ])('cuts %j into what the action wrote and what a server sent', (text, expected) => {
    expect(segments(text)).toEqual(expected);
  });

  it.each([
    ['simple', '`simple`'],
    ['a|b', '`a\\|b`'],
    ['one ` tick', '`` one ` tick ``'],
    ['two `` ticks and one `', '``` two `` ticks and one ` ```'],
    ['`starts', '`` `starts ``'],
    ['ends`', '`` ends` ``'],
    ['', '``'],
  ])('holds %j in a code span: %s', (text, expected) => {
    expect(codeSpan(text)).toBe(expected);
  });
});
