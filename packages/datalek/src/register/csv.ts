// Test support (not exported from the package): reads the register's CSV back into rows, as a spreadsheet or
// import would (RFC 4180, then the column types of REGISTER_KOLOMMEN), for the round-trip tests.
import { REGISTER_KOLOMMEN, type RegisterRij } from './rijen.js';

/** The cells of an RFC 4180 text: quoted cells may hold commas, doubled quotes and line breaks. */
export function leesCsvCellen(tekst: string): string[][] {
  const regels: string[][] = [];
  let regel: string[] = [];
  let cel = '';
  let i = 0;
  let gequote = false;
  while (i < tekst.length) {
    const c = tekst[i] as string;
    if (gequote) {
      if (c === '"' && tekst[i + 1] === '"') {
        cel += '"';
        i += 2;
        continue;
      }
      if (c === '"') gequote = false;
      else cel += c;
      i++;
      continue;
    }
    if (c === '"' && cel === '') gequote = true;
    else if (c === ',') {
      regel.push(cel);
      cel = '';
    } else if (c === '\r' && tekst[i + 1] === '\n') {
      regel.push(cel);
      regels.push(regel);
      regel = [];
      cel = '';
      i++;
    } else cel += c;
    i++;
  }
  if (cel !== '' || regel.length > 0) regels.push([...regel, cel]);
  return regels;
}

/** The rows of a register CSV: one leading apostrophe dropped (the formula guard), then typed per column. */
export function leesRegisterCsv(tekst: string): { kop: string[]; rijen: RegisterRij[] } {
  const [kop = [], ...regels] = leesCsvCellen(tekst);
  const rijen = regels.map((cellen) => {
    const rij: Record<string, unknown> = {};
    REGISTER_KOLOMMEN.forEach((k, i) => {
      const ruw = cellen[i] ?? '';
      const w = ruw.startsWith("'") ? ruw.slice(1) : ruw;
      if (k.soort === 'codes') rij[k.naam] = w === '' ? [] : w.split(';');
      else if (k.soort === 'teksten') rij[k.naam] = JSON.parse(w);
      else if (w === '') return;
      else if (k.soort === 'getal') rij[k.naam] = Number(w);
      else if (k.soort === 'ja-nee') rij[k.naam] = w === 'ja';
      else rij[k.naam] = w;
    });
    return rij as unknown as RegisterRij;
  });
  return { kop, rijen };
}
