/**
 * entitle-bitbucket-check: the same engine as the action, for a terminal or another CI system.
 * Reads the integration JSON from --file, standard input, or ENTITLE_BITBUCKET_INTEGRATION. Its
 * flags are the action's inputs (same names, same defaults), built from the one list in inputs.ts.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runChecks } from './engine.js';
import { describeExchange } from './evidence.js';
import { buildReport, type Finding, finding, shouldFail } from './findings.js';
import { type InputName, inputSpecs, type Options, printableOptions, readInputs } from './inputs.js';
import { safeTerminalText } from './report/log.js';
import { reportJson } from './report/outputs.js';
import { renderText, useColour } from './report/text.js';

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
    ['-h, --help', 'show this help'],
  ];
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return rows.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`).join('\n');
}

export const usage = `Usage: entitle-bitbucket-check [--file PATH] [--format text|json] [options]

Checks the integration JSON that BeyondTrust Entitle uses for Bitbucket Cloud.

The JSON is read from --file PATH, else from standard input, else from the
ENTITLE_BITBUCKET_INTEGRATION environment variable.

Options (each is the GitHub Action input of the same name):
${flagHelp()}

Colour is used only when standard output is a terminal, and never when NO_COLOR is set.

Exit status: 0 when the check passes at the --fail-on level, 1 when it fails, 2 on a usage error.
`;

function parseCommandLine(argv: string[]) {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; default?: string | boolean }> =
    {
      file: { type: 'string' },
      format: { type: 'string', default: 'text' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    };
  for (const s of flagSpecs) options[s.name] = { type: 'string' };
  return parseArgs({ args: argv, options, strict: true }).values as Record<
    string,
    string | boolean | undefined
  >;
}

function readSource(file: string | undefined): string | undefined {
  if (
    file === '-' ||
    (file === undefined && !process.stdin.isTTY && !process.env.ENTITLE_BITBUCKET_INTEGRATION)
  ) {
    return readFileSync(0, 'utf8');
  }
  if (file !== undefined) return readFileSync(file, 'utf8');
  return process.env.ENTITLE_BITBUCKET_INTEGRATION;
}

const stderrLine = (text: string) => process.stderr.write(`${safeTerminalText(text)}\n`);

async function check(options: Options, verbose: boolean): Promise<Finding[]> {
  if (verbose) stderrLine(`Options: ${JSON.stringify(printableOptions(options))}`);
  if (options.integrationJson.trim() === '') {
    const fix = 'Pass --file PATH, pipe the JSON to standard input, or set ENTITLE_BITBUCKET_INTEGRATION.';
    return [
      options.ifMissing === 'skip'
        ? finding('input.missing', 'notice', 'No integration JSON was given, so the check was skipped.', {
            fix,
          })
        : finding('input.missing', 'error', 'No integration JSON was given.', { fix }),
    ];
  }
  return runChecks(options.integrationJson, options.mode, {
    // Nothing to register in a terminal; the renderers never print a credential.
    mask: () => {},
    loadRemoteChecks: async (scrub) =>
      (await import('./remote.js')).createRemoteChecks(options, {
        log: (message) => stderrLine(scrub(message)),
        ...(verbose ? { onExchange: (e) => stderrLine(scrub(describeExchange(e))) } : {}),
      }),
  });
}

export async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parseCommandLine>;
  try {
    args = parseCommandLine(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(usage);
    return 0;
  }
  const format = args.format;
  if (format !== 'text' && format !== 'json') {
    process.stderr.write(`--format must be text or json.\n`);
    return 2;
  }
  let raw: string | undefined;
  try {
    raw = readSource(args.file as string | undefined);
  } catch (error) {
    process.stderr.write(
      `Cannot read the integration JSON: ${(error as NodeJS.ErrnoException).code ?? 'error'}\n`,
    );
    return 2;
  }
  const inputs = readInputs((name: InputName) =>
    name === 'integration-json' ? (raw ?? '') : typeof args[name] === 'string' ? (args[name] as string) : '',
  );
  if (!inputs.ok) {
    const flag = (text: string) => text.replace(/`([a-z-]+)`/g, '`--$1`').replace(/^Input /, 'Option ');
    process.stderr.write(`${inputs.problems.map((p) => `${flag(p.message)} ${flag(p.fix)}`).join('\n')}\n`);
    return 2;
  }
  const { options } = inputs;
  const report = buildReport(await check(options, args.verbose === true), {
    skipped: options.integrationJson.trim() === '' && options.ifMissing === 'skip',
  });
  process.stdout.write(
    format === 'json'
      ? `${JSON.stringify(reportJson(report), null, 2)}\n`
      : renderText(report, { colour: useColour(process.env, process.stdout.isTTY === true) }),
  );
  return shouldFail(report, options.failOn) ? 1 : 0;
}
