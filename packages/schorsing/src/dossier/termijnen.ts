import {
  type Bron,
  type IsoDatum,
  type Tijdstip,
  type TermijnStatus,
  type TermijnUitkomst,
  termijnStatus,
} from '@schoolveiligheid/kern';
import { type BestredenBesluit, berekenBezwaartermijnen, type Opschorting } from '../bezwaar/bezwaar.js';
import { type Dossier, type Toestand, toestand } from './dossier.js';

/** Who must act: the roles of the procedure. */
export type Rol =
  | 'bevoegd-gezag'
  | 'directeur'
  | 'leerkracht'
  | 'ouders'
  | 'inspectie'
  | 'leerplichtambtenaar'
  | 'geschillencommissie'
  | 'wijkagent';

/** Stable codes of the terms {@link openTermijnen} reports. */
export type TermijnCode =
  | 'MELDING_INSPECTIE_SCHORSING'
  | 'MELDING_LEERPLICHT_SCHORSING'
  | 'BEZWAARTERMIJN_SCHORSING'
  | 'BESLISTERMIJN_BEZWAAR_SCHORSING'
  | 'BEZWAARTERMIJN_VERWIJDERING'
  | 'GPO_INDIENINGSTERMIJN'
  | 'GPO_OORDEELTERMIJN'
  | 'BESLISTERMIJN_BEZWAAR_VERWIJDERING';

/** A term still running (or overdue, for the school's own duties), with its trace and who must act. */
export interface OpenTermijn {
  readonly code: TermijnCode;
  /** Dutch description. */
  readonly omschrijving: string;
  readonly verantwoordelijke: Rol;
  /** The computed term with its full trace (kern `berekenTermijn`). */
  readonly termijn: TermijnUitkomst;
  /** Where it stands at `nu`; absent while the term is suspended. */
  readonly status?: TermijnStatus;
  /** `true` while the Geschillencommissie's procedure suspends the term (WPO 43). */
  readonly opgeschort: boolean;
  readonly opschorting?: Opschorting;
  /** The term's own source. */
  readonly bron?: Bron;
}

function maak(
  code: TermijnCode,
  omschrijving: string,
  verantwoordelijke: Rol,
  termijn: TermijnUitkomst,
  nu: Tijdstip,
  extra: { opgeschort?: boolean; opschorting?: Opschorting | undefined } = {},
): OpenTermijn {
  const opgeschort = extra.opgeschort ?? false;
  return {
    code,
    omschrijving,
    verantwoordelijke,
    termijn,
    ...(opgeschort ? {} : { status: termijnStatus(termijn, nu) }),
    opgeschort,
    ...(extra.opschorting ? { opschorting: extra.opschorting } : {}),
    ...(termijn.bronnen[0] ? { bron: termijn.bronnen[0] } : {}),
  };
}

function bezwaarTermijnen(
  dossier: Dossier,
  t: Toestand,
  tegen: BestredenBesluit,
  bekendmaking: IsoDatum,
  nu: Tijdstip,
): OpenTermijn[] {
  const bezwaar = t.bezwaren.filter((b) => b.tegen === tegen).at(-1);
  const opVerwijdering = tegen === 'verwijdering';
  const r = berekenBezwaartermijnen({
    denominatie: dossier.denominatie,
    tegen,
    bekendmaking,
    ...(bezwaar ? { bezwaarOntvangen: bezwaar.ontvangen } : {}),
    ...(bezwaar?.terPost ? { bezwaarTerPost: bezwaar.terPost } : {}),
    ...(bezwaar?.verdaagd ? { verdaagdOp: bezwaar.verdaagd } : {}),
    ...(dossier.bezwaarcommissie && dossier.denominatie === 'openbaar' && tegen === 'schorsing'
      ? { adviescommissie: true }
      : {}),
    ...(opVerwijdering && t.gpo ? { gpoIngediend: t.gpo.ingediend } : {}),
    ...(opVerwijdering && t.gpo?.oordeel ? { gpoOordeel: t.gpo.oordeel } : {}),
  });
  if (!r.ok) return [];
  const uit: OpenTermijn[] = [];
  const lopend = (x: OpenTermijn) => x.status?.fase !== 'verlopen';
  const { bezwaartermijn, gpoIndieningstermijn, gpoOordeelTermijn, beslistermijn } = r.waarde;
  if (bezwaartermijn && !bezwaar) {
    const x = maak(
      opVerwijdering ? 'BEZWAARTERMIJN_VERWIJDERING' : 'BEZWAARTERMIJN_SCHORSING',
      `Bezwaartermijn van de ouders tegen de ${tegen}`,
      'ouders',
      bezwaartermijn,
      nu,
    );
    if (lopend(x)) uit.push(x);
  }
  if (gpoIndieningstermijn && !t.gpo) {
    const x = maak(
      'GPO_INDIENINGSTERMIJN',
      'Termijn om het geschil voor te leggen aan de Geschillencommissie passend onderwijs',
      'ouders',
      gpoIndieningstermijn,
      nu,
    );
    if (lopend(x)) uit.push(x);
  }
  if (gpoOordeelTermijn && t.gpo && !t.gpo.oordeel) {
    uit.push(
      maak(
        'GPO_OORDEELTERMIJN',
        'Termijn voor het oordeel van de Geschillencommissie passend onderwijs',
        'geschillencommissie',
        gpoOordeelTermijn,
        nu,
      ),
    );
  }
  if (beslistermijn && bezwaar && !bezwaar.beslissing) {
    uit.push(
      maak(
        opVerwijdering ? 'BESLISTERMIJN_BEZWAAR_VERWIJDERING' : 'BESLISTERMIJN_BEZWAAR_SCHORSING',
        `Beslissing van het bevoegd gezag op het bezwaar tegen de ${tegen}`,
        'bevoegd-gezag',
        beslistermijn.termijn,
        nu,
        { opgeschort: beslistermijn.opgeschort, opschorting: beslistermijn.opschorting },
      ),
    );
  }
  return uit;
}

/**
 * The terms of a dossier still running at `nu`, each with its trace, its status and who must act. The
 * school's own duties (notifications, the decision on bezwaar) stay listed while overdue; the parents' and
 * the commission's terms are listed while they run. A decision term suspended by the Geschillencommissie
 * (WPO 43) is listed with `opgeschort: true` and no status.
 *
 * @example
 * ```ts
 * import { nieuwDossier, verwerk, openTermijnen } from '@schoolveiligheid/schorsing';
 * const d = nieuwDossier({ id: 'dossier-1', leerling: 'leerling-1', denominatie: 'openbaar', kalender: { regio: 'noord' } });
 * const r = d.ok ? verwerk(d.waarde, { type: 'schorsing-besloten', datum: '2025-12-17', ingangsdatum: '2025-12-18', duur: { aantal: 2, eenheid: 'schooldagen' } }) : d;
 * const termijnen = r.ok ? openTermijnen(r.waarde, '2025-12-17T16:00:00+01:00') : [];
 * termijnen.map((t) => [t.code, t.termijn.laatsteDag]); //=> [['MELDING_INSPECTIE_SCHORSING', '2025-12-18']]
 * ```
 */
export function openTermijnen(dossier: Dossier, nu: Tijdstip): OpenTermijn[] {
  const t = toestand(dossier);
  const uit: OpenTermijn[] = [];
  t.schorsingen.forEach((s, i) => {
    const { meldingInspectie, meldingLeerplichtambtenaar } = s.schorsing;
    if (meldingInspectie.termijn && !s.inspectieGemeld) {
      uit.push(
        maak(
          'MELDING_INSPECTIE_SCHORSING',
          'Melding van de schorsing aan de inspectie (onverwijld)',
          'bevoegd-gezag',
          meldingInspectie.termijn,
          nu,
        ),
      );
    }
    if (meldingLeerplichtambtenaar.termijn && !s.leerplichtGemeld) {
      uit.push(
        maak(
          'MELDING_LEERPLICHT_SCHORSING',
          'Informeren van de leerplichtambtenaar (schoolbeleid)',
          'directeur',
          meldingLeerplichtambtenaar.termijn,
          nu,
        ),
      );
    }
    const laatste = i === t.schorsingen.length - 1;
    if (laatste && s.briefVerzonden && dossier.denominatie === 'openbaar') {
      uit.push(...bezwaarTermijnen(dossier, t, 'schorsing', s.briefVerzonden, nu));
    }
  });
  if (t.verwijdering.besluit)
    uit.push(...bezwaarTermijnen(dossier, t, 'verwijdering', t.verwijdering.besluit.datum, nu));
  return uit;
}
