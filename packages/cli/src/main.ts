#!/usr/bin/env node
import { createClient } from '@parley/client';
import type { StatementKind } from '@parley/schema';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { actor } from './commands/actor.command.js';
import { events } from './commands/events.command.js';
import { EXPORT_FORMATS, exportFile, type ExportFormat } from './commands/export.command.js';
import { path } from './commands/path.command.js';
import { pressure } from './commands/pressure.command.js';
import { STATEMENT_KINDS, statements } from './commands/statements.command.js';
import type { CommandContext } from './context.js';
import { CliError, ExitCode, explain } from './exit.js';

const DEFAULT_URL = 'http://localhost:4000/graphql';

/** A date option: yyyy-mm-dd, as the API's Date scalar takes it. */
function dateOption(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError('give a date as yyyy-mm-dd.');
  return value;
}

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('give a whole number of 1 or more.');
  return number;
}

function statementKinds(value: string, previous: StatementKind[] = []): StatementKind[] {
  const kinds = value.split(',').map((kind) => kind.trim().toUpperCase());
  for (const kind of kinds) {
    if (!(STATEMENT_KINDS as readonly string[]).includes(kind)) {
      throw new InvalidArgumentError(`"${kind}" is not one of ${STATEMENT_KINDS.join(', ')}.`);
    }
  }
  return [...previous, ...(kinds as StatementKind[])];
}

const program = new Command('parley')
  .description('Ask a running Parley server who pressured whom, who met whom, when, and says who.')
  .addOption(new Option('--url <url>', 'the GraphQL endpoint').env('PARLEY_URL').default(DEFAULT_URL))
  .addOption(new Option('--token <token>', 'sent as a bearer token').env('PARLEY_TOKEN'))
  .option('--json', 'print the data as JSON instead of tables', false)
  // Its suggestion would be a second line: messages stay on one.
  .showSuggestionAfterError(false)
  .exitOverride()
  .configureOutput({
    // One line on stderr, in the command's name: "parley: unknown option '--tagret'".
    outputError: (message, write) => write(`parley: ${message.replace(/^error: /, '')}`),
  });

/** The context a command runs in, from the global options. */
function contextOf(command: Command): CommandContext {
  const { url, token, json } = command.optsWithGlobals<{ url: string; token?: string; json: boolean }>();
  try {
    new URL(url);
  } catch {
    throw new CliError(ExitCode.USAGE, `--url "${url}" is not a URL`);
  }
  return {
    client: createClient({ url, token }),
    url,
    token,
    json,
    width: process.stdout.columns || 120,
    print: (text) => process.stdout.write(`${text}\n`),
  };
}

program
  .command('pressure')
  .description('who pressured or coerced whom, with the quotes that say so and who says it')
  .option('--target <slug>', 'only pressure on this actor')
  .option('--source <slug>', 'only pressure by this actor')
  .action((options: { target?: string; source?: string }, command: Command) => pressure(contextOf(command), options));

program
  .command('actor')
  .description('an actor: who they are, their positions, relations and statements')
  .argument('<slug>', 'the actor, e.g. nicolas-maduro')
  .action((slug: string, _options: unknown, command: Command) => actor(contextOf(command), slug));

program
  .command('events')
  .description('events in date order, with who took part')
  .option('--from <date>', 'on or after this day (yyyy-mm-dd)', dateOption)
  .option('--to <date>', 'on or before this day (yyyy-mm-dd)', dateOption)
  .option('--text <words>', 'with these words in the title, summary or place')
  .action((options: { from?: string; to?: string; text?: string }, command: Command) =>
    events(contextOf(command), options),
  );

program
  .command('path')
  .description('how one actor connects to another, shortest paths first')
  .argument('<from>', 'the actor to start from')
  .argument('<to>', 'the actor to reach')
  .option('--max-length <hops>', 'longest path to look for', positiveInteger)
  .action((from: string, to: string, options: { maxLength?: number }, command: Command) =>
    path(contextOf(command), from, to, options),
  );

program
  .command('statements')
  .description('what was said, declined or left unanswered, by whom')
  .option(
    `--kind <kind>`,
    `only these kinds (${STATEMENT_KINDS.join(', ')}); repeat or separate with commas`,
    statementKinds,
  )
  .action((options: { kind?: StatementKind[] }, command: Command) => statements(contextOf(command), options));

program
  .command('export')
  .description('download an export of the server: a story bundle, a graph, a CSV or FollowTheMoney entities')
  .addArgument(new Command().createArgument('<format>', 'what to export').choices(Object.keys(EXPORT_FORMATS)))
  .option('--out <file>', 'write to this file instead of standard output')
  .option('--document <slug>', 'only this story')
  .action((format: ExportFormat, options: { out?: string; document?: string }, command: Command) =>
    exportFile(contextOf(command), format, options, process.stdout),
  );

// A reader that stops early (`parley export csv | head`) is not an error of the command.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(ExitCode.OK);
  throw error;
});

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version are successes; any other complaint of the parser is a usage error, already printed.
    process.exitCode = error.exitCode === 0 ? ExitCode.OK : ExitCode.USAGE;
  } else if ((error as NodeJS.ErrnoException).code === 'EPIPE') {
    process.exitCode = ExitCode.OK;
  } else {
    const { code, message } = explain(error);
    process.stderr.write(`parley: ${message}\n`);
    process.exitCode = code;
  }
}
