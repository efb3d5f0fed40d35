import { calamiteitenProcedure, rouwProcedure } from '@schoolveiligheid/calamiteiten';
import * as datalekPakket from '@schoolveiligheid/datalek';
import {
  type Dossier,
  MAX_GEBEURTENISSEN,
  ok,
  type OpenTermijn,
  type Probleem,
  problemen,
  type Resultaat,
  type Stap,
  type Tijdstip,
  tijdstipSchema,
} from '@schoolveiligheid/kern';
import { aangifteplichtProcedure, klachtProcedure } from '@schoolveiligheid/klachtenregeling';
import { klokkenluiderProcedure } from '@schoolveiligheid/klokkenluider';
import { meldcodeProcedure } from '@schoolveiligheid/meldcode';
import { monitoringProcedure } from '@schoolveiligheid/monitoring';
import { pestprotocolProcedure } from '@schoolveiligheid/pestprotocol';
import { privacyProcedure } from '@schoolveiligheid/privacy';
import * as schorsingPakket from '@schoolveiligheid/schorsing';
import * as z from 'zod/v4';
import { cliProbleem } from '../codes.js';
import { opdracht } from '../opdracht.js';

/**
 * What the `dossier` command needs of a procedure: the package's own functions, which every procedure on kern's
 * kernel has under the same names. `lees` reads a stored dossier, also one in the package's older shapes.
 */
export interface DossierProcedure {
  /** Reads a stored dossier (JSON value or text): validates, upcasts and replays it. */
  readonly lees: (json: unknown) => Resultaat<Dossier<{ readonly id: string }, { readonly type: string }>>;
  /** Appends a batch of raw-JSON events, all or none. */
  readonly verwerkAlle: (dossier: never, gebeurtenissen: unknown) => Resultaat<unknown>;
  /** The derived state. */
  readonly toestand: (dossier: never) => Resultaat<unknown>;
  /** The terms running or overdue at `nu`. */
  readonly openTermijnen: (dossier: never, nu: Tijdstip) => readonly OpenTermijn<string, string>[];
  /** What must happen next and who must do it. */
  readonly volgendeStappen: (dossier: never) => readonly Stap<string, string>[];
}

/** A procedure of kern's kernel as `dossier` calls it: its own functions, reading with `leesDossier`. */
const vanKernel = (
  p: Omit<DossierProcedure, 'lees'> & { readonly leesDossier: DossierProcedure['lees'] },
) => ({
  lees: p.leesDossier,
  verwerkAlle: p.verwerkAlle,
  toestand: p.toestand,
  openTermijnen: p.openTermijnen,
  volgendeStappen: p.volgendeStappen,
});

/**
 * The procedures `dossier` reads, by the `procedure` name their dossiers carry. A package on kern's kernel is
 * added with one line. datalek and schorsing read their 0.1 dossiers too (`vanOudeVorm`).
 *
 * @example
 * ```ts
 * import { PROCEDURES } from '@schoolveiligheid/cli';
 * Object.keys(PROCEDURES); //=> ['datalek', 'schorsing', 'meldcode', 'klacht', 'aangifteplicht', 'klokkenluider', 'monitoring', 'pestprotocol', 'calamiteiten', 'calamiteiten-rouw', 'privacy']
 * ```
 */
export const PROCEDURES: Readonly<Record<string, DossierProcedure>> = /* @__PURE__ */ Object.freeze({
  datalek: { ...datalekPakket, lees: datalekPakket.vanOudeVorm },
  schorsing: { ...schorsingPakket, lees: schorsingPakket.vanOudeVorm },
  meldcode: vanKernel(meldcodeProcedure),
  klacht: vanKernel(klachtProcedure),
  aangifteplicht: vanKernel(aangifteplichtProcedure),
  klokkenluider: vanKernel(klokkenluiderProcedure),
  monitoring: vanKernel(monitoringProcedure),
  pestprotocol: vanKernel(pestprotocolProcedure),
  calamiteiten: vanKernel(calamiteitenProcedure),
  'calamiteiten-rouw': vanKernel(rouwProcedure),
  privacy: vanKernel(privacyProcedure),
});

function dossierSchema() {
  return z
    .strictObject({
      procedure: z
        .string()
        .regex(/^[a-z]+(?:-[a-z]+)*$/)
        .optional()
        .meta({
          description: `The procedure (${Object.keys(PROCEDURES).join(', ')}); default: the dossier's own procedure field.`,
        }),
      dossier: z.union([z.string(), z.record(z.string(), z.unknown())]).meta({
        description: 'A stored dossier { procedure, versie, kop, gebeurtenissen }, as JSON or as its text.',
      }),
      gebeurtenissen: z.array(z.unknown()).max(MAX_GEBEURTENISSEN).optional().meta({
        description: 'Events to append first (all or none); the answer then holds the new dossier to store.',
      }),
      nu: tijdstipSchema.meta({ description: 'The instant the open terms are computed at.' }),
    })
    .meta({
      description: 'A stored dossier of a procedure, the instant nu, and optionally events to append.',
    });
}

/** The procedure named in the request, else the one the dossier names. */
function procedureVan(
  naam: string | undefined,
  dossier: unknown,
): Resultaat<{ naam: string; procedure: DossierProcedure }> {
  let eigen: unknown;
  if (naam === undefined) {
    let w = dossier;
    if (typeof w === 'string') {
      try {
        w = JSON.parse(w);
      } catch {
        return problemen([cliProbleem('ONGELDIGE_JSON', ['dossier'])]);
      }
    }
    eigen = typeof w === 'object' && w !== null ? (w as { procedure?: unknown }).procedure : undefined;
  }
  const gekozen = naam ?? eigen;
  const pad = naam === undefined ? ['dossier', 'procedure'] : ['procedure'];
  if (typeof gekozen !== 'string' || !Object.hasOwn(PROCEDURES, gekozen))
    return problemen([cliProbleem('ONBEKENDE_PROCEDURE', pad)]);
  return ok({ naam: gekozen, procedure: PROCEDURES[gekozen] as DossierProcedure });
}

const metPad = (lijst: readonly Probleem[], voor: string): Probleem[] =>
  lijst.map((p) => ({ ...p, pad: [voor, ...p.pad] }));

/** `dossier`: read a stored dossier of any procedure and answer kern's questions about it. */
export const dossier = /* @__PURE__ */ opdracht({
  naam: 'dossier',
  omschrijving: `Reads a stored dossier (${Object.keys(PROCEDURES).join(', ')}), optionally appends events, and answers: its state (toestand), the terms open at nu (openTermijnen) and the next steps (volgendeStappen).`,
  invoerSchema: /* @__PURE__ */ dossierSchema(),
  uitvoer:
    "{ procedure, id, nu, toestand, openTermijnen, volgendeStappen, dossier? }: the package's leesDossier/vanOudeVorm, toestand, openTermijnen and volgendeStappen; dossier (to store) only when events were appended.",
  nuUitKlok: true,
  voerUit: ({ procedure: naam, dossier: opgeslagen, gebeurtenissen, nu }) => {
    const gekozen = procedureVan(naam, opgeslagen);
    if (!gekozen.ok) return gekozen;
    const p = gekozen.waarde.procedure;
    const gelezen = p.lees(opgeslagen);
    if (!gelezen.ok) return problemen(metPad(gelezen.problemen, 'dossier'));
    let d: unknown = gelezen.waarde;
    if (gebeurtenissen) {
      const nieuw = p.verwerkAlle(d as never, gebeurtenissen);
      if (!nieuw.ok) return problemen(metPad(nieuw.problemen, 'gebeurtenissen'));
      d = nieuw.waarde;
    }
    const t = p.toestand(d as never);
    if (!t.ok) return problemen(metPad(t.problemen, 'dossier'));
    return ok({
      procedure: gekozen.waarde.naam,
      id: gelezen.waarde.kop.id,
      nu,
      toestand: t.waarde,
      openTermijnen: p.openTermijnen(d as never, nu),
      volgendeStappen: p.volgendeStappen(d as never),
      ...(gebeurtenissen ? { dossier: d } : {}),
    });
  },
});
