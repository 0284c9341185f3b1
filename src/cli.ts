/**
 * entitle-bitbucket-check: the same engine as the action, for a terminal or another CI system.
 * Reads the integration JSON from --file, standard input, or ENTITLE_BITBUCKET_INTEGRATION.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runChecks } from './engine.js';
import { buildReport, failOnLevels, finding, shouldFail } from './findings.js';
import { modeChoices, readInputs } from './inputs.js';
import { safeTerminalText } from './report/log.js';
import { reportJson } from './report/outputs.js';
import { renderText, useColour } from './report/text.js';

export const usage = `Usage: entitle-bitbucket-check [--file PATH] [--format text|json] [--fail-on LEVEL] [--mode full|offline]

Checks the integration JSON that BeyondTrust Entitle uses for Bitbucket Cloud.

The JSON is read from --file PATH, else from standard input, else from the
ENTITLE_BITBUCKET_INTEGRATION environment variable.

Options:
  --file PATH         read the integration JSON from PATH ("-" for standard input)
  --format FORMAT     text (default) or json
  --fail-on LEVEL     ${failOnLevels.join(' | ')} (default error): the lowest severity that exits 1
  --mode MODE         ${modeChoices.join(' | ')} (default full)
  --workspace ID      the Bitbucket workspace to probe (default: the first administered one)
  --jira MODE         auto | required | skip (default auto)
  --timeout-seconds N time budget for the whole run (default 60)
  --verbose           list every request sent (method, host, path, status) on standard error
  -h, --help          show this help

Colour is used only when standard output is a terminal, and never when NO_COLOR is set.

Exit status: 0 when the check passes at the --fail-on level, 1 when it fails, 2 on a usage error.
`;

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

export async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parse>;
  const parse = (a: string[]) =>
    parseArgs({
      args: a,
      options: {
        file: { type: 'string' },
        format: { type: 'string', default: 'text' },
        'fail-on': { type: 'string', default: 'error' },
        mode: { type: 'string', default: 'full' },
        workspace: { type: 'string' },
        jira: { type: 'string', default: 'auto' },
        'timeout-seconds': { type: 'string', default: '60' },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    });
  try {
    args = parse(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (args.values.help) {
    process.stdout.write(usage);
    return 0;
  }
  const format = args.values.format;
  if (format !== 'text' && format !== 'json') {
    process.stderr.write(`--format must be text or json.\n`);
    return 2;
  }
  let raw: string | undefined;
  try {
    raw = readSource(args.values.file);
  } catch (error) {
    process.stderr.write(
      `Cannot read the integration JSON: ${(error as NodeJS.ErrnoException).code ?? 'error'}\n`,
    );
    return 2;
  }
  const inputs = readInputs((name) => {
    if (name === 'integration-json') return raw ?? '';
    if (name === 'fail-on') return args.values['fail-on'] ?? '';
    if (name === 'mode') return args.values.mode ?? '';
    if (name === 'workspace') return args.values.workspace ?? '';
    if (name === 'jira') return args.values.jira ?? '';
    if (name === 'timeout-seconds') return args.values['timeout-seconds'] ?? '';
    return '';
  });
  if (!inputs.ok) {
    process.stderr.write(
      `${inputs.problems.map((p) => p.message.replace(/Input `/, 'Option `--')).join('\n')}\n`,
    );
    return 2;
  }
  const { options } = inputs;
  const findings =
    options.integrationJson.trim() === ''
      ? [
          finding('input.missing', 'error', 'No integration JSON was given.', {
            fix: 'Pass --file PATH, pipe the JSON to standard input, or set ENTITLE_BITBUCKET_INTEGRATION.',
          }),
        ]
      : await runChecks(options.integrationJson, options.mode, {
          // Nothing to register in a terminal; the renderers never print a credential.
          mask: () => {},
          loadRemoteChecks: async (scrub) =>
            (await import('./remote.js')).createRemoteChecks(options, {
              log: (message) => process.stderr.write(`${safeTerminalText(scrub(message))}\n`),
              ...(args.values.verbose
                ? {
                    onExchange: (e) =>
                      process.stderr.write(
                        `${safeTerminalText(scrub(`${e.method} ${e.host}${e.path} → ${e.result}${e.attempt > 1 ? ` (attempt ${e.attempt})` : ''}`))}\n`,
                      ),
                  }
                : {}),
            }),
        });
  const report = buildReport(findings);
  process.stdout.write(
    format === 'json'
      ? `${JSON.stringify(reportJson(report), null, 2)}\n`
      : renderText(report, { colour: useColour(process.env, process.stdout.isTTY === true) }),
  );
  return shouldFail(report, options.failOn) ? 1 : 0;
}
