/** `npm start`: the local stand-in for Jira Cloud and the Forge host, on 127.0.0.1. */
import path from 'node:path';
import { realSiteRequested } from './runtime/jira-target';
import { startDevStack } from './stack';

function port(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new Error(`${name} must be a port number from 0 to 65535, not "${raw}".`);
  }
  return value;
}

/**
 * App storage outlives a restart only where Jira does: the emulator starts from its seeds each
 * time, so kept drafts and runs would point at issues that are gone.
 */
function kvsFile(): string | undefined {
  if (process.env.KVS_FILE) return process.env.KVS_FILE;
  return realSiteRequested(process.env)
    ? path.join(__dirname, '..', '.dev-data', 'kvs.json')
    : undefined;
}

async function main(): Promise<void> {
  const file = kvsFile();
  const stack = await startDevStack({
    hostPort: port('PORT', 4000),
    emulatorPort: port('EMULATOR_PORT', 4010),
    ...(file ? { kvsFile: file } : {}),
  });
  const jira =
    stack.mode === 'emulator'
      ? `Jira emulator  ${stack.jiraUrl} (admin API: ${stack.jiraUrl}/__emulator/log)`
      : `Jira Cloud     ${stack.jiraUrl} (real site: the app creates real issues)`;
  console.log(
    `\nBackend Breakdown is running locally.\n\n  Open           ${stack.hostUrl}\n  ${jira}\n  Invoke API     POST ${stack.hostUrl}/__dev/invoke\n  Action API     POST ${stack.hostUrl}/__dev/action\n\nPress Ctrl+C to stop.\n`,
  );
  const stop = () => {
    void stack.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const busy = /EADDRINUSE/.test(message)
    ? '\nA port is in use: set PORT and EMULATOR_PORT to free ones (see README).'
    : '';
  console.error(`Could not start the local stand-in: ${message}${busy}`);
  process.exit(1);
});
