// Installs node_modules with `npm ci` (exactly package-lock.json) only when it is absent or was installed from
// another package-lock.json, so that a build with node_modules in place spends no time and needs no network.
// Usage: node scripts/npm-ci-if-needed.mjs [--maven-offline=true|false]; when Maven runs offline (-o), npm
// installs from its cache only. Plain Node.js, no dependency: it runs before there is any.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const lock = readFileSync('package-lock.json');
const wanted = createHash('sha256').update(lock).digest('hex');
const stamp = 'node_modules/.installed-from-lock.sha256';

if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === wanted) {
	process.exit(0);
}

const args = ['ci', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline'];
if (process.argv.includes('--maven-offline=true')) {
	args.push('--offline');
}
console.log(`npm ${args.join(' ')} (node_modules absent or installed from another package-lock.json)`);
const started = Date.now();
const windows = process.platform === 'win32';
const npm = spawnSync(windows ? 'npm.cmd' : 'npm', args, { stdio: 'inherit', shell: windows });
if (npm.error) {
	console.error(`Could not run npm (${npm.error.message}): install Node.js 20 or later with npm, `
		+ 'or build without the contract\'s Node.js steps: -Dcontract.skipNode=true');
	process.exit(1);
}
if (npm.status !== 0) {
	process.exit(npm.status ?? 1);
}
writeFileSync(stamp, wanted + '\n');
console.log(`node_modules installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
