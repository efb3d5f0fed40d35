import { type Bedrag, euroCenten, type IsoDatum, telBedragenOp } from '@schoolveiligheid/kern';
import { eisDatum, isObject, ongeldigeInvoer } from '../bewaak.js';
import {
  type IncidentCategorie,
  type IncidentRegistratie,
  SCHADESOORTEN,
  valideerIncidentRegistratie,
} from '../incident/incident.js';

/** A row of the register of Bijlage 4: date, who (by kind), category, injury, damage, absence. No names. */
export interface RegisterRegel {
  readonly datum: IsoDatum;
  readonly getroffene: IncidentRegistratie['getroffene'];
  readonly categorie: IncidentCategorie;
  readonly behandeling: IncidentRegistratie['behandeling'];
  readonly schade: Bedrag;
  readonly verzuimWerkdagen: number;
}

/** The anonymised annual report: counts per category, month and kind of person hit, and the costs. */
export interface Jaarverslag {
  readonly van: IsoDatum;
  readonly tot: IsoDatum;
  readonly totaal: number;
  readonly perCategorie: Readonly<Record<string, number>>;
  /** Per month `JJJJ-MM`. */
  readonly perMaand: Readonly<Record<string, number>>;
  readonly perGetroffene: Readonly<Record<string, number>>;
  readonly kosten: { readonly totaal: Bedrag; readonly perSoort: Readonly<Record<string, Bedrag>> };
  /** The register of Bijlage 4, in date order. */
  readonly register: readonly RegisterRegel[];
  /** Registrations skipped because they were invalid (counted, never echoed). */
  readonly ongeldig: number;
}

const MAX_REGISTRATIES = 1_000_000; // geen-rechtsgetal: input bound
const CSV_SLEUTEL = /^[a-z0-9-]{1,40}$/;

const tel = (m: Record<string, number>, k: string) => {
  m[k] = (m[k] ?? 0) + 1;
};

/**
 * The register of Bijlage 4 and the anonymised annual report the seed's veiligheidscoördinator analyses with
 * the MR and the board: the registrations dated in [`van`, `tot`], counted per category, month and kind of
 * person hit, with the costs per kind of damage and their total. No names, no free text. Throws
 * `ONGELDIGE_DATUM` for a bad period bound, `ONGELDIGE_INVOER` when `registraties` is not a list.
 *
 * @example
 * ```ts
 * import { jaarverslag } from '@schoolveiligheid/monitoring';
 * const v = jaarverslag([{ id: 'inc-1', datum: '2026-10-05', getroffene: 'leerling', categorie: 'bedreiging', behandeling: 'geen' }], { van: '2025-08-01', tot: '2026-07-31' });
 * v.totaal; //=> 0
 * ```
 */
export function jaarverslag(
  registraties: readonly IncidentRegistratie[],
  periode: { readonly van: IsoDatum; readonly tot: IsoDatum },
): Jaarverslag {
  if (!Array.isArray(registraties) || registraties.length > MAX_REGISTRATIES)
    ongeldigeInvoer('Geef de registraties als lijst.');
  if (!isObject(periode)) ongeldigeInvoer('Geef de periode als { van, tot }.');
  const van = eisDatum(periode.van);
  const tot = eisDatum(periode.tot);
  const perCategorie: Record<string, number> = {};
  const perMaand: Record<string, number> = {};
  const perGetroffene: Record<string, number> = {};
  const perSoort: Record<string, Bedrag[]> = {};
  const register: RegisterRegel[] = [];
  let ongeldig = 0;
  for (const ruw of registraties) {
    const r = valideerIncidentRegistratie(ruw);
    if (!r.ok) {
      ongeldig++;
      continue;
    }
    const g = r.waarde;
    if (g.datum < van || g.datum > tot) continue;
    tel(perCategorie, g.categorie);
    tel(perMaand, g.datum.slice(0, 7));
    tel(perGetroffene, g.getroffene);
    for (const s of g.schade ?? []) {
      const lijst = perSoort[s.soort] ?? [];
      lijst.push(s.kosten);
      perSoort[s.soort] = lijst;
    }
    register.push({
      datum: g.datum,
      getroffene: g.getroffene,
      categorie: g.categorie,
      behandeling: g.behandeling,
      schade: telBedragenOp((g.schade ?? []).map((s) => s.kosten)),
      verzuimWerkdagen: g.verzuimWerkdagen ?? 0,
    });
  }
  register.sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0));
  const kostenPerSoort: Record<string, Bedrag> = {};
  for (const s of SCHADESOORTEN) if (perSoort[s]) kostenPerSoort[s] = telBedragenOp(perSoort[s]);
  const sorteer = (m: Record<string, number>) =>
    Object.fromEntries(Object.entries(m).sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    van,
    tot,
    totaal: register.length,
    perCategorie: sorteer(perCategorie),
    perMaand: sorteer(perMaand),
    perGetroffene: sorteer(perGetroffene),
    kosten: {
      totaal: telBedragenOp([euroCenten(0), ...Object.values(kostenPerSoort)]),
      perSoort: kostenPerSoort,
    },
    register,
    ongeldig,
  };
}

/**
 * The annual report as CSV (semicolon-separated, as Dutch spreadsheets expect): one line per count and cost,
 * `onderdeel;sleutel;aantal;kosten_centen`. Only codes and numbers: nothing from free text.
 *
 * @example
 * ```ts
 * import { jaarverslag, jaarverslagCsv } from '@schoolveiligheid/monitoring';
 * jaarverslagCsv(jaarverslag([], { van: '2025-08-01', tot: '2026-07-31' })).split('\n')[0]; //=> 'onderdeel;sleutel;aantal;kosten_centen'
 * ```
 */
export function jaarverslagCsv(verslag: Jaarverslag): string {
  if (!isObject(verslag) || !isObject(verslag.perCategorie) || !isObject(verslag.kosten))
    ongeldigeInvoer('Geef een jaarverslag zoals jaarverslag() het maakt.');
  const veilig = (k: string) => CSV_SLEUTEL.test(k);
  const regels = [
    'onderdeel;sleutel;aantal;kosten_centen',
    `totaal;alle;${Number(verslag.totaal) || 0};${Number(verslag.kosten.totaal?.centen) || 0}`,
  ];
  for (const [onderdeel, m] of [
    ['categorie', verslag.perCategorie],
    ['maand', verslag.perMaand],
    ['getroffene', verslag.perGetroffene],
  ] as const)
    if (isObject(m))
      for (const [k, n] of Object.entries(m))
        if (veilig(k)) regels.push(`${onderdeel};${k};${Number(n) || 0};`);
  if (isObject(verslag.kosten.perSoort))
    for (const [k, b] of Object.entries(verslag.kosten.perSoort))
      if (veilig(k)) regels.push(`kosten;${k};;${Number((b as Bedrag)?.centen) || 0}`);
  return regels.join('\n');
}
