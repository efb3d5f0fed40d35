// `npm run lock` (after changing dependencies). Adds lockfile entries for optional platform packages the registry here does not serve, so `npm ci` sees the
// lockfile in sync. npm skips them on install because their os/cpu do not match this machine.
import { readFileSync, writeFileSync } from 'node:fs';
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const pk = lock.packages;
const OS = {
  android: 'android',
  darwin: 'darwin',
  freebsd: 'freebsd',
  linux: 'linux',
  win32: 'win32',
  windows: 'win32',
  openbsd: 'openbsd',
  openharmony: 'openharmony',
  sunos: 'sunos',
  netbsd: 'netbsd',
  aix: 'aix',
};
const CPU = {
  arm64: 'arm64',
  x64: 'x64',
  64: 'x64',
  ia32: 'ia32',
  arm: 'arm',
  loong64: 'loong64',
  ppc64: 'ppc64',
  riscv64: 'riscv64',
  s390x: 's390x',
  mips64el: 'mips64el',
};
let added = 0;
for (const info of Object.values(pk)) {
  for (const [naam, versie] of Object.entries(info.optionalDependencies ?? {})) {
    const sleutel = `node_modules/${naam}`;
    if (pk[sleutel]) continue;
    const delen = naam.split('/').pop().split('-');
    const os = delen.map((d) => OS[d]).find(Boolean);
    const cpu = delen
      .map((d) => CPU[d.replace(/eabihf|gnueabihf|musleabihf|gnu|msvc|musl/, '')])
      .find(Boolean);
    if (!os) {
      console.error('onbekend platform', naam);
      continue;
    }
    pk[sleutel] = {
      version: versie,
      ...(cpu ? { cpu: [cpu] } : {}),
      dev: true,
      license: info.license,
      optional: true,
      os: [os],
    };
    added++;
  }
}
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log('added', added);
