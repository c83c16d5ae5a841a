/**
 * The browser tests drive Debian's Chromium (never a downloaded browser). Installs it where that is
 * possible (root on Debian with apt-get); otherwise says in one line how to get it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromium)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(
    `Chromium is missing at ${chromium}: install it with "sudo apt-get install -y chromium" (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary.`,
  );
  process.exit(1);
}
console.log('Installing Debian Chromium for the browser tests (apt-get install chromium)…');
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
  stdio: 'inherit',
  env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
});
if (!existsSync(chromium)) {
  console.error(`apt-get finished but ${chromium} does not exist.`);
  process.exit(1);
}
