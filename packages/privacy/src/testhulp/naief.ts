// The naive access check the benchmark compares with (issue 15): for every check it scans all staff
// assignments of the board and all table rows, and builds its reasons afresh. Same answers and reasons as
// magToegang; used by the bench and by the equivalence property. Not exported.
import { amsterdamseDatum, codeTekst, epochMs, type Tijdstip } from '@schoolveiligheid/kern';
import { PRIVACY_REDEN_CODES, type PrivacyRedenCode } from '../codes/codes.js';
import type { Actie, Functie, Matrixrij, ToegangLeerling, Toewijzing } from '../toegang/toegang.js';

/** An assignment in the board's flat list: whose it is, and the assignment. */
export interface VlakkeToewijzing extends Toewijzing {
  readonly medewerker: string;
}

/** One reason as the naive check builds it. */
export interface NaieveReden {
  readonly code: PrivacyRedenCode;
  readonly tekst: string;
}

function r(code: PrivacyRedenCode, parameters?: Record<string, string>): NaieveReden {
  return { code, tekst: codeTekst(PRIVACY_REDEN_CODES, code, 'nl', parameters) };
}

/** The naive check: linear scans over every assignment and every row. */
export function naieveToegang(
  alle: readonly VlakkeToewijzing[],
  rijen: readonly Matrixrij[],
  medewerker: string,
  l: ToegangLeerling,
  actie: Actie,
  nu: Tijdstip,
): { readonly toegang: boolean; readonly functie?: Functie; readonly redenen: readonly NaieveReden[] } {
  const datum = amsterdamseDatum(epochMs(nu));
  const redenen: NaieveReden[] = [];
  for (const t of alle) {
    if (t.medewerker !== medewerker) continue;
    let rij: Matrixrij | undefined;
    for (const x of rijen) if (x.functie === t.functie) rij = x;
    if (!rij) {
      redenen.push(r('GEEN_TOEWIJZING'));
      continue;
    }
    const p = { functie: rij.functie, niveau: rij.niveau };
    const scholen = t.scholen ?? [];
    if (t.tot !== undefined && t.tot < datum)
      redenen.push(r('TOEWIJZING_VERLOPEN', { functie: rij.functie }));
    else if ((rij.niveau === 'school' || rij.niveau === 'groep') && scholen.length > 1)
      redenen.push(r('TOEWIJZING_TE_RUIM', p));
    else if (
      !(rij.niveau === 'stichting'
        ? t.stichting === l.stichting
        : rij.niveau === 'groep'
          ? scholen[0] === l.school && (t.groepen ?? []).includes(l.groep)
          : scholen.includes(l.school))
    )
      redenen.push(r('BUITEN_BEREIK', p));
    else if (!rij.acties.includes(actie))
      redenen.push(r('ACTIE_NIET_IN_FUNCTIE', { functie: rij.functie, actie }));
    else return { toegang: true, functie: rij.functie, redenen: [r('TOEGANG_VIA_FUNCTIE', p)] };
  }
  redenen.push(r('STANDAARD_GEWEIGERD'));
  return { toegang: false, redenen };
}
