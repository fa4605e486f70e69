// Installing Debian packages the tests need, where this process may (root on Debian with apt-get).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function canAptInstall() {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
}

/** The package lists are fetched once per run, however many installs follow. */
let updated = false;

/** @param {string[]} packages */
export function aptInstall(packages) {
  console.log(`Installing ${packages.join(' ')} with apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!updated) execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  updated = true;
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
}
