/**
 * entitle-bitbucket-check: the same run as the action, for a terminal or another CI system. It reads
 * the integration JSON from --file, standard input, or ENTITLE_BITBUCKET_INTEGRATION, hands it to the
 * run with the options its flags give, and prints the report; it decides no verdict.
 */
import { type Report, shouldFail } from '../findings.js';
import { inWords, reportInWords } from '../report/face.js';
import { safeTerminalText } from '../report/log.js';
import { reportJson } from '../report/outputs.js';
import { renderText, useColour } from '../report/text.js';
import { check } from '../run/check.js';
import { environmentSecrets } from '../run/mask.js';
import { type InputName, type Options, readInputs } from '../run/options.js';
import { clockOf, tuneForShortRun } from '../run/short-run.js';
import { credentialSecrets, makeScrubber } from '../scrub.js';
import { writeTranscriptFile } from '../transcript/transcript-file.js';
import { VERSION } from '../version.js';
import { parseCommandLine, usage } from './flags.js';
import { chooseSource, readIntegrationText } from './input-source.js';
import { replayFile } from './replay-command.js';

export { usage };

/** Exit statuses: the check passed, the check failed, the command line or input was wrong, the check could not run. */
export const EXIT = { pass: 0, fail: 1, usage: 2, couldNotRun: 3 } as const;

const stderrLine = (text: string) => process.stderr.write(`${safeTerminalText(text)}\n`);

const NO_SOURCE =
  'No integration JSON was given: give --file PATH, pipe it to standard input, or set ENTITLE_BITBUCKET_INTEGRATION.';

/** The CLI's words for no JSON at all. */
const NO_INPUT = {
  what: 'No integration JSON was given',
  because: '',
  fix: 'Pass --file PATH, pipe the JSON to standard input, or set ENTITLE_BITBUCKET_INTEGRATION.',
};

export async function main(argv: string[]): Promise<number> {
  performance.mark('ebc:main-loaded');
  tuneForShortRun();
  let secrets: string[] = [];
  try {
    return await runCommand(argv, (found) => {
      secrets = found;
    });
  } catch (error) {
    // The one catch. Never a stack trace at the user: one line, scrubbed of the credentials and proxy settings.
    const scrub = makeScrubber([...secrets, ...environmentSecrets(process.env)]);
    const message = error instanceof Error ? error.message : String(error);
    stderrLine(scrub(`entitle-bitbucket-check could not run: ${message}`));
    if (argv.includes('--verbose') && error instanceof Error && error.stack) stderrLine(scrub(error.stack));
    return EXIT.couldNotRun;
  }
}

async function runCommand(argv: string[], onSecrets: (secrets: string[]) => void): Promise<number> {
  const parsed = parseCommandLine(argv);
  if (!parsed.ok) return written(process.stderr, `${parsed.problem} See --help.\n`, EXIT.usage);
  const args = parsed.values;
  if (args.help) return written(process.stdout, usage, EXIT.pass);
  if (args.version) return written(process.stdout, `${VERSION}\n`, EXIT.pass);
  const format = args.format;
  if (format !== 'text' && format !== 'json')
    return written(process.stderr, '--format must be text or json.\n', EXIT.usage);
  // A secret is never a flag (argv is visible to other processes): the admin key comes from the environment.
  const inputs = readInputs((name: InputName) =>
    name === 'atlassian-admin-key'
      ? (process.env.ATLASSIAN_ADMIN_KEY ?? '')
      : typeof args[name] === 'string'
        ? (args[name] as string)
        : '',
  );
  if (!inputs.ok) {
    const lines = inputs.problems.map((p) => `${inWords(p.message, 'cli')} ${inWords(p.fix, 'cli')}`);
    process.stderr.write(`${lines.join('\n')}\n`);
    return EXIT.usage;
  }
  if (typeof args.replay === 'string') {
    const replayed = await replayFile(args.replay, inputs.options.timeoutSeconds * 1000, stderrLine);
    if (!replayed.ok) return written(process.stderr, `${safeTerminalText(replayed.message)}\n`, EXIT.usage);
    return print(replayed.report, format, inputs.options.failOn);
  }
  const raw = await integrationText(args.file as string | undefined, inputs.options);
  if (typeof raw === 'number') return raw;
  // No JSON at all is a usage error, unless the caller said to skip then (as the action's if-missing).
  if (raw.trim() === '' && inputs.options.ifMissing !== 'skip') {
    return written(process.stderr, `${NO_SOURCE}\n`, EXIT.usage);
  }
  onSecrets([
    ...credentialSecrets(raw),
    ...(inputs.options.organization ? [inputs.options.organization.adminKey] : []),
  ]);
  return checkAndPrint(raw, inputs.options, args, format);
}

async function checkAndPrint(
  raw: string,
  options: Options,
  args: Record<string, unknown>,
  format: 'text' | 'json',
): Promise<number> {
  const verbose = args.verbose === true;
  const record = typeof args.record === 'string' ? args.record : undefined;
  const result = await check(
    { raw, inputs: { ok: true, options }, missing: NO_INPUT, record: record !== undefined },
    // Nothing to register in a terminal: the renderers never print a credential.
    {
      mask: () => {},
      log: stderrLine,
      ...(verbose ? { debug: stderrLine } : {}),
      ...(clockOf(process.env) ? { now: clockOf(process.env) as () => Date } : {}),
    },
  );
  if (record) {
    const problem =
      result.transcriptProblem ??
      (result.transcript ? writeTranscriptFile(record, result.transcript) : undefined);
    if (problem) stderrLine(`The transcript could not be written: ${problem}.`);
  }
  return print(result.report, format, options.failOn);
}

/** Reads the JSON from its source; a problem reading it is a usage error, except a document too large, which the run reports. */
async function integrationText(file: string | undefined, options: Options): Promise<string | number> {
  const source = chooseSource(file, process.env);
  if (source.kind === 'none') return '';
  const read = await readIntegrationText(source, options.timeoutSeconds * 1000);
  if (read.ok) return read.text;
  if (read.reason === 'too-large') return read.text;
  stderrLine(read.message);
  return EXIT.usage;
}

function written(stream: NodeJS.WriteStream, text: string, status: number): number {
  stream.write(text);
  return status;
}

function print(report: Report, format: 'text' | 'json', failOn: Options['failOn']): number {
  const shown = reportInWords(report, 'cli');
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
