/**
 * The CLI's flags, built from the one list of inputs (src/run/options.ts): the same names and
 * defaults as the action's inputs, plus the CLI's own (where the JSON comes from, the format, a
 * transcript to record or replay).
 */
import { parseArgs } from 'node:util';
import { closest, distance } from 'fastest-levenshtein';
import { inputSpecs } from '../run/options.js';

type FlagSpec = Extract<(typeof inputSpecs)[number], { cli: { flag: true } }>;
const flagSpecs = inputSpecs.filter((s): s is FlagSpec => s.cli.flag);

function flagHelp(): string {
  const rows: [string, string][] = [
    ['--file PATH', 'read the integration JSON from PATH ("-" for standard input)'],
    ['--format FORMAT', 'text (default) or json'],
    ...flagSpecs.map((s): [string, string] => [
      `--${s.name} ${s.cli.value}`,
      `${s.cli.help}${s.default ? ` (default ${s.default})` : ''}`,
    ]),
    ['--verbose', 'print the options and every request (method, host, path, status, time) on standard error'],
    [
      '--record FILE',
      'write a transcript of the run to FILE: what the services answered, without credentials',
    ],
    ['--replay FILE', 'run the checks against a transcript instead of the network'],
    ['-V, --version', 'print the version'],
    ['-h, --help', 'show this help'],
  ];
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return rows.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`).join('\n');
}

export const usage = `Usage: entitle-bitbucket-check [--file PATH] [--format text|json] [options]

Checks the integration JSON that BeyondTrust Entitle uses for Bitbucket Cloud.

The JSON is read from --file PATH ("-" for standard input); else from standard
input when it is not a terminal and ENTITLE_BITBUCKET_INTEGRATION is unset; else
from that variable. At most 64 KiB is read, within --timeout-seconds.

Options (each is the GitHub Action input of the same name):
${flagHelp()}

With --atlassian-org-id, the organization admin API key is read from the ATLASSIAN_ADMIN_KEY
variable: a secret is never a flag, since other processes can read a command line.

Colour is used when standard output is a terminal (not TERM=dumb), or when FORCE_COLOR is set;
never when NO_COLOR is set.

Exit status: 0 when the check passes at the --fail-on level; 1 when it fails;
2 on a usage error (a bad option, a file that cannot be read or is empty);
3 when the check could not run at all.
`;

type FlagOptions = Record<string, { type: 'string' | 'boolean'; short?: string; default?: string | boolean }>;

function flagOptions(): FlagOptions {
  const options: FlagOptions = {
    file: { type: 'string' },
    format: { type: 'string', default: 'text' },
    verbose: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
    version: { type: 'boolean', short: 'V', default: false },
    record: { type: 'string' },
    replay: { type: 'string' },
  };
  for (const s of flagSpecs) options[s.name] = { type: 'string' };
  return options;
}

export type CommandLine =
  | { ok: true; values: Record<string, string | boolean | undefined> }
  | { ok: false; problem: string };

export function parseCommandLine(argv: string[]): CommandLine {
  const options = flagOptions();
  try {
    const { values } = parseArgs({ args: argv, options, strict: true });
    return { ok: true, values: values as Record<string, string | boolean | undefined> };
  } catch (error) {
    return { ok: false, problem: usageProblem(error, Object.keys(options)) };
  }
}

/** The parser's complaint as a sentence: the flag that is wrong, and the one most likely meant. */
function usageProblem(error: unknown, flags: readonly string[]): string {
  const { code, message } = error as { code?: string; message?: string };
  const named = /'(-{1,2}[^' ]+)/.exec(message ?? '')?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const name = named.replace(/^-+/, '');
    const meant = name === '' ? undefined : closest(name, [...flags]);
    const hint = meant !== undefined && distance(name, meant) <= 3 ? ` Did you mean --${meant}?` : '';
    return `There is no option ${named}.${hint}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return `${named} needs a value, as in ${named} ${named === '--file' || named === '--record' || named === '--replay' ? 'PATH' : 'VALUE'}.`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    return 'The command takes options only; give the JSON with --file PATH, standard input or ENTITLE_BITBUCKET_INTEGRATION.';
  }
  return 'The command line could not be read.';
}
