// `npm run team -- <command>`: team administration against DATABASE_URL.
import { parseArgs } from 'node:util';
import { teamRoleSchema } from '../core/team/schema';
import { addModerator, createTeam, listModerators, revokeModerator } from './admin';
import { createPool, migrate } from './db';

const usage = `usage: npm run team -- <command>
  migrate                                         apply pending migrations
  create-team <team>                              create a team
  add-moderator <team> <name> [--role lead]       add a moderator and print their token (shown once)
  revoke <team> <name>                            revoke a moderator's token
  list <team>                                     list a team's moderators`;

const { positionals, values } = parseArgs({ allowPositionals: true, options: { role: { type: 'string', default: 'moderator' } } });
const [command, ...args] = positionals;
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl || !command) {
  console.error(databaseUrl ? usage : 'DATABASE_URL is not set.');
  process.exit(2);
}

await migrate(databaseUrl);
const db = createPool(databaseUrl, 2);
try {
  switch (command) {
    case 'migrate':
      console.log('Migrations applied.');
      break;
    case 'create-team': {
      const team = await createTeam(db, args[0] ?? '');
      console.log(`Team "${team.name}" created (${team.id}).`);
      break;
    }
    case 'add-moderator': {
      const role = teamRoleSchema.parse(values.role);
      const [team = '', name = ''] = args;
      const moderator = await addModerator(db, team, name, role);
      console.log(`Moderator "${name}" (${role}) added to "${team}". Token (shown once, give it to them privately):\n${moderator.token}`);
      break;
    }
    case 'revoke': {
      const [team = '', name = ''] = args;
      const done = await revokeModerator(db, team, name);
      console.log(done ? `Token of "${name}" revoked.` : `No active moderator "${name}" in "${team}".`);
      if (!done) process.exitCode = 1;
      break;
    }
    case 'list':
      for (const row of await listModerators(db, args[0] ?? '')) console.log(`${row.name}\t${row.role}\t${row.revoked_at ? `revoked ${row.revoked_at.toISOString()}` : 'active'}`);
      break;
    default:
      console.error(usage);
      process.exitCode = 2;
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await db.end();
}
