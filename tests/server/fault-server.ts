// A newsroom server process for the fault tests: `tsx fault-server.ts DATABASE_URL METHOD` serves on a free port,
// prints its URL, and exits (code 86) right after committing the first call of METHOD, before replying.
import { startServer } from '../../server/http/app';
import type { NewsroomMethod } from '../../shared/api/contract-newsroom';

const [databaseUrl, method] = process.argv.slice(2);
const server = await startServer({ databaseUrl, port: 0, host: '127.0.0.1', poolMax: 2, faults: { exitAfterCommit: method as NewsroomMethod } });
process.stdout.write(`${server.url}\n`);
