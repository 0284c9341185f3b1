/**
 * entitle-bitbucket-check: the same engine as the action, for a terminal or another CI system.
 * Reads the integration JSON from --file, standard input, or ENTITLE_BITBUCKET_INTEGRATION. Its
 * flags are the action's inputs (same names, same defaults), built from the one list in inputs.ts.
 */

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chooseSource, readIntegrationText } from './cli-input.js';
import { runChecks, WATCHDOG_GRACE_MS } from './engine.js';
import { describeExchange } from './evidence.js';
import { buildReport, type Finding, finding, type Report, shouldFail } from './findings.js';
import { type InputName, inputSpecs, type Options, printableOptions, readInputs } from './inputs.js';
import type { StructureResult } from './integration/schema.js';
import { proxyValues } from './proxy.js';
import { reportInCliWords } from './report/face.js';
import { safeTerminalText } from './report/log.js';
import { reportJson } from './report/outputs.js';
import { renderText, useColour } from './report/text.js';
import { credentialSecrets, makeScrubber, type Scrubber } from './scrub.js';
import type { Recorder } from './transcript.js';
import { VERSION } from './version.js';

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
    ['--version', 'print the version'],
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

Colour is used when standard output is a terminal (not TERM=dumb), or when FORCE_COLOR is set;
never when NO_COLOR is set.

Exit status: 0 when the check passes at the --fail-on level; 1 when it fails;
2 on a usage error (a bad option, a file that cannot be read or is empty);
3 when the check could not run at all.
`;

function parseCommandLine(argv: string[]) {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; default?: string | boolean }> =
    {
      file: { type: 'string' },
      format: { type: 'string', default: 'text' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', default: false },
      record: { type: 'string' },
      replay: { type: 'string' },
    };
  for (const s of flagSpecs) options[s.name] = { type: 'string' };
  return parseArgs({ args: argv, options, strict: true }).values as Record<
    string,
    string | boolean | undefined
  >;
}

const stderrLine = (text: string) => process.stderr.write(`${safeTerminalText(text)}\n`);

interface Recording {
  recorder: Recorder;
  structure?: StructureResult;
  scrub: Scrubber;
}

async function check(options: Options, verbose: boolean, recording?: Recording): Promise<Finding[]> {
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
    watchdogMs: options.timeoutSeconds * 1000 + WATCHDOG_GRACE_MS,
    // Nothing to register in a terminal; the renderers never print a credential.
    mask: () => {},
    onStructure: (structure) => {
      if (recording) recording.structure = structure;
    },
    loadRemoteChecks: async (scrub) => {
      if (recording) recording.scrub = scrub;
      return (await import('./remote.js')).createRemoteChecks(options, {
        log: (message) => stderrLine(scrub(message)),
        ...(recording ? { onOutcome: recording.recorder.record } : {}),
        ...(verbose ? { onExchange: (e) => stderrLine(scrub(describeExchange(e))) } : {}),
      });
    },
  });
}

/** Exit statuses: the check passed, the check failed, the command line or input was wrong, the check could not run. */
export const EXIT = { pass: 0, fail: 1, usage: 2, couldNotRun: 3 } as const;

/** Reads the JSON from its source; a problem reading it is a usage error, except a document too large, which is a finding. */
async function integrationText(
  args: Record<string, unknown>,
  options: Options,
): Promise<string | number | Finding> {
  const source = chooseSource(args.file as string | undefined, process.env);
  if (source.kind === 'none') return '';
  const read = await readIntegrationText(source, options.timeoutSeconds * 1000);
  if (read.ok) return read.text;
  if (read.reason === 'too-large') return finding('structure.size', 'error', read.message);
  stderrLine(read.message);
  return EXIT.usage;
}

export async function main(argv: string[]): Promise<number> {
  performance.mark('ebc:main-loaded');
  let secrets: string[] = [];
  try {
    return await runCommand(argv, (found) => {
      secrets = found;
    });
  } catch (error) {
    // Never a stack trace at the user: one line, scrubbed of the credentials and proxy settings.
    const scrub = makeScrubber([...secrets, ...proxyValues(process.env)]);
    stderrLine(
      scrub(
        `entitle-bitbucket-check could not run: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
    if (argv.includes('--verbose') && error instanceof Error && error.stack) stderrLine(scrub(error.stack));
    return EXIT.couldNotRun;
  }
}

async function runCommand(argv: string[], onSecrets: (secrets: string[]) => void): Promise<number> {
  let args: ReturnType<typeof parseCommandLine>;
  try {
    args = parseCommandLine(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}`);
    return EXIT.usage;
  }
  if (args.help) {
    process.stdout.write(usage);
    return EXIT.pass;
  }
  if (args.version) {
    process.stdout.write(`${VERSION}\n`);
    return EXIT.pass;
  }
  const format = args.format;
  if (format !== 'text' && format !== 'json') {
    process.stderr.write(`--format must be text or json.\n`);
    return EXIT.usage;
  }
  const inputs = readInputs((name: InputName) =>
    name === 'integration-json' ? '' : typeof args[name] === 'string' ? (args[name] as string) : '',
  );
  if (!inputs.ok) {
    const flag = (text: string) => text.replace(/`([a-z-]+)`/g, '`--$1`').replace(/^Input /, 'Option ');
    process.stderr.write(`${inputs.problems.map((p) => `${flag(p.message)} ${flag(p.fix)}`).join('\n')}\n`);
    return EXIT.usage;
  }
  if (typeof args.replay === 'string') return replay(args.replay, inputs.options, format);
  const text = await integrationText(args, inputs.options);
  if (typeof text === 'number') return text;
  const options = { ...inputs.options, integrationJson: typeof text === 'string' ? text : '' };
  if (typeof text === 'string') onSecrets(credentialSecrets(text));
  const recording =
    typeof args.record === 'string'
      ? { recorder: (await import('./record.js')).startRecording(), scrub: (t: string) => t }
      : undefined;
  const findings = typeof text === 'string' ? await check(options, args.verbose === true, recording) : [text];
  const given = typeof text === 'string' && text.trim() !== '';
  const report = buildReport(findings, {
    skipped: !given && typeof text === 'string' && options.ifMissing === 'skip',
    structureOnly: given && options.mode === 'offline',
  });
  if (recording && typeof args.record === 'string') {
    const { recorder, structure, scrub } = recording as Recording;
    (await import('./record.js')).writeTranscript(args.record, recorder, {
      options,
      structure,
      report,
      scrub,
    });
  }
  return print(report, format, options.failOn);
}

function print(report: Report, format: 'text' | 'json', failOn: Options['failOn']): number {
  const shown = reportInCliWords(report);
  process.stdout.write(
    format === 'json'
      ? `${JSON.stringify(reportJson(shown), null, 2)}\n`
      : renderText(shown, {
          colour: useColour(process.env, process.stdout.isTTY === true),
          sectionTitles: { input: 'Options and input' },
        }),
  );
  return shouldFail(report, failOn) ? EXIT.fail : EXIT.pass;
}

/** --replay FILE: the same checks, answered from a transcript, with no network. */
async function replay(file: string, options: Options, format: 'text' | 'json'): Promise<number> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    stderrLine(`Cannot read the transcript ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`);
    return EXIT.usage;
  }
  const parsed = (await import('./record.js')).parseTranscript(text);
  if (!parsed.ok) {
    stderrLine(`${file} is not a transcript this version can replay (${parsed.reason}).`);
    return EXIT.usage;
  }
  const { replayFindings } = await import('./replay.js');
  return print(buildReport(await replayFindings(parsed.transcript, stderrLine)), format, options.failOn);
}
