// The command line `schoolveiligheid`: the only module that touches the process. It reads the arguments
// (and stdin when the command asks for it), prints what the pure draaiCli answers and exits with its code,
// or starts the sidecar.
import { naarAmsterdamsTijdstip } from '@schoolveiligheid/kern';
import { type CliUitkomst, draaiCli } from './cli.js';
import { maakServer } from './server.js';

const klok = () => naarAmsterdamsTijdstip(Date.now());

async function leesStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const delen: Buffer[] = [];
  for await (const deel of process.stdin) delen.push(deel as Buffer);
  return Buffer.concat(delen).toString('utf8');
}

function serve(poort: number, host: string): void {
  const server = maakServer({ klok });
  server.on('error', (fout: NodeJS.ErrnoException) => {
    process.stderr.write(
      `schoolveiligheid serve: kan niet luisteren op ${host}:${poort} (${fout.code ?? 'fout'})\n`,
    );
    process.exit(2);
  });
  server.listen(poort, host, () => {
    const adres = server.address();
    const echt = typeof adres === 'object' && adres ? adres.port : poort;
    process.stdout.write(`${JSON.stringify({ luistert: `http://${host}:${echt}`, poort: echt })}\n`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let r: CliUitkomst = draaiCli(argv, { klok });
  if (r.soort === 'stdin') r = draaiCli(argv, { klok, stdin: await leesStdin() });
  if (r.soort === 'serve') return serve(r.poort, r.host);
  if (r.soort === 'stdin') return;
  if (r.stderr) process.stderr.write(r.stderr);
  process.stdout.write(r.stdout, () => process.exit(r.code));
}

main().catch(() => {
  process.stdout.write(
    '{ "ok": false, "problemen": [{ "code": "INTERNE_FOUT", "pad": [], "melding": "Interne fout." }] }\n',
  );
  process.exit(3);
});
