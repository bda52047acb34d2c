import 'reflect-metadata';
import { Command, Option } from 'commander';
import { User } from '../auth/user.entity.js';
import { createUser, updateUser, userNamed } from '../auth/users.js';
import { roles } from '../common/viewer.js';
import { readStdin, runOnDatabase, shortDate, table } from './database-command.js';

/** `npm run user -- <command>`: creates, lists and disables users of the configured database. */
const program = new Command('user').description("Manage Parley's users (DATABASE_URL selects the database).");

program
  .command('create')
  .description('Create a user; with --password-stdin they may sign in, otherwise they only hold API tokens.')
  .requiredOption('--name <name>', 'the name they sign in with')
  .addOption(new Option('--role <role>', 'what they may do').choices(roles).makeOptionMandatory())
  .option('--password-stdin', 'read their password from standard input (at least 12 characters)')
  .action(async (options: { name: string; role: string; passwordStdin?: boolean }) => {
    const password = options.passwordStdin ? await readStdin() : undefined;
    await runOnDatabase(async (em) => {
      const user = await createUser(em, { name: options.name, role: options.role, password });
      console.log(`created ${user.role} ${user.name}${user.passwordHash ? '' : ' (no password: API tokens only)'}`);
    });
  });

program
  .command('list')
  .description('List every user.')
  .action(async () => {
    await runOnDatabase(async (em) => {
      const users = await em.find(User, {}, { orderBy: { name: 'asc' } });
      const rows = users.map((user) => [
        user.name,
        user.role,
        user.disabledAt ? `disabled ${shortDate(user.disabledAt)}` : 'active',
        user.passwordHash ? 'yes' : 'no',
        shortDate(user.createdAt),
      ]);
      console.log(table([['NAME', 'ROLE', 'STATUS', 'PASSWORD', 'CREATED'], ...rows]));
    });
  });

program
  .command('disable')
  .description('Disable a user: their sessions end and their tokens stop working.')
  .argument('<name>', 'the user')
  .action(async (name: string) => {
    await runOnDatabase(async (em) => {
      const user = await updateUser(em, await userNamed(em, name), { disabled: true });
      console.log(`disabled ${user.name}`);
    });
  });

await program.parseAsync();
