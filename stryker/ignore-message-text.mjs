// Stryker ignorer (its public plugin API, PluginKind.Ignore): a mutant that changes only the words a
// finding or an evidence line is written in is left out of the score. The words are checked by the
// docs and catalogue tests and read by people; the judges' tables check verdicts: ids, severities,
// subjects, what explains what, which scopes. Ignored:
// - everywhere: the message (third argument) of a `finding(...)`-style call; the first argument of
//   `defineFindings(...)` (a judge's titles, causes and fixes); the value of a `name:` property (a
//   judge's name in the report);
// - in the judges and the facts only (a file that declares findings or reads faults): every template
//   literal, and every string literal that is prose (it holds a space, or ends a sentence). Ids,
//   severities, kinds, subjects, header and field names never hold a space, so they stay mutated.
// Everything inside an ignored node is ignored with it, so `${n === 1 ? 'it' : 'them'}` inside a
// message is too: it chooses a word, never a verdict. The scrubber and the sanitiser are not judges
// or facts: every string there is logic (what is removed, what a quote looks like) and stays.
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin';

const FINDING_CALL = /^([a-z]+Finding|finding)$/i;
const WORDS_MODULE = /\/(judge|faults)\.js$/;
const isText = (node) => node.type === 'StringLiteral' || node.type === 'TemplateLiteral';
const isProse = (value) => /\s/.test(value) || /[.!?]$/.test(value);

/** Whether a file is one of the judges or facts, read once per file from its imports. */
const wordFiles = new WeakMap();
function inJudgesOrFacts(path) {
  const program = path.findParent((p) => p.isProgram())?.node;
  if (!program) return false;
  if (!wordFiles.has(program)) {
    const imports = program.body.filter((s) => s.type === 'ImportDeclaration');
    wordFiles.set(
      program,
      imports.some(
        (s) =>
          WORDS_MODULE.test(s.source.value) ||
          s.specifiers.some((x) => x.imported?.name === 'defineFindings'),
      ),
    );
  }
  return wordFiles.get(program);
}

function callRole(node, parent) {
  if (parent?.type !== 'CallExpression' || !parent.arguments.includes(node)) return undefined;
  const name = parent.callee?.type === 'Identifier' ? parent.callee.name : '';
  const index = parent.arguments.indexOf(node);
  if (FINDING_CALL.test(name) && index === 2 && isText(node)) return 'the words of a finding';
  if (name === 'defineFindings' && index === 0) return "a judge's titles, causes and fixes";
  return undefined;
}

export const messageText = {
  shouldIgnore(path) {
    const { node, parent } = path;
    const role = callRole(node, parent);
    if (role) return role;
    if (parent?.type === 'ObjectProperty' && parent.value === node && isText(node)) {
      if (parent.key?.type === 'Identifier' && parent.key.name === 'name') return "a judge's name";
    }
    if (!isText(node) || !inJudgesOrFacts(path)) return undefined;
    if (node.type === 'TemplateLiteral') return 'the words of a message or an evidence line';
    return isProse(node.value) ? 'prose' : undefined;
  },
};

export const strykerPlugins = [declareValuePlugin(PluginKind.Ignore, 'message-text', messageText)];
