/** Starts the Jira emulator on its own: `npx tsx dev/emulator/main.ts --port 4010`. */
import { createJiraEmulator } from './index';

function portArgument(argv: readonly string[]): number {
  const index = argv.indexOf('--port');
  const raw = index >= 0 ? argv[index + 1] : process.env.JIRA_EMULATOR_PORT;
  const port = raw === undefined ? 4010 : Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`invalid port: ${String(raw)}`);
  return port;
}

async function main(): Promise<void> {
  const emulator = createJiraEmulator();
  const url = await emulator.listen(portArgument(process.argv.slice(2)));
  process.stdout.write(`Jira emulator listening on ${url} (admin API: ${url}/__emulator/log)\n`);
  const stop = () => {
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
