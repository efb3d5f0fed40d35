import type { Bron } from '@schoolveiligheid/kern';
import { AWB_7_2, seedBron, WPO_40C_LID_2, WPO_43, WPO_63_LID_3 } from '../regels/bronnen.js';
import { valideerSchoolpleinverbod } from '../schoolpleinverbod/schoolpleinverbod.js';
import { beoordeelVerwijdering } from '../verwijdering/verwijdering.js';
import { type Dossier, toestand } from './dossier.js';
import type { Rol } from './termijnen.js';

/** One thing that must happen next, who must do it and on what authority. */
export interface Stap {
  /** Stable code, for example `INSPECTIE_MELDEN`. */
  readonly code: string;
  /** Dutch instruction. */
  readonly tekst: string;
  readonly wie: Rol;
  readonly bron?: Bron;
}

const stap = (code: string, tekst: string, wie: Rol, bron?: Bron): Stap => ({
  code,
  tekst,
  wie,
  ...(bron ? { bron } : {}),
});

/**
 * What must happen next in a dossier and who must do it, derived from its state: the letter, the
 * notifications and the registration number, schoolwork, the verwijdering preconditions, hearing the
 * parents on their bezwaar, waiting for the Geschillencommissie, telling the wijkagent of a
 * schoolpleinverbod, and considering a parallel verwijdering procedure next to a crisisplaats.
 *
 * @example
 * ```ts
 * import { nieuwDossier, verwerk, volgendeStappen } from '@schoolveiligheid/schorsing';
 * const d = nieuwDossier({ id: 'dossier-1', leerling: 'leerling-1', denominatie: 'openbaar', kalender: { regio: 'noord' } });
 * const r = d.ok ? verwerk(d.waarde, { type: 'schorsing-besloten', datum: '2025-12-17', ingangsdatum: '2025-12-18', duur: { aantal: 1, eenheid: 'schooldagen' } }) : d;
 * r.ok ? volgendeStappen(r.waarde).map((s) => s.code) : []; //=> ['SCHORSINGSBRIEF_VERSTUREN', 'SCHOOLWERK_REGELEN', 'GESPREK_VOEREN']
 * ```
 */
export function volgendeStappen(dossier: Dossier): Stap[] {
  const t = toestand(dossier);
  const uit: Stap[] = [];
  const s = t.schorsingen.at(-1);
  if (s) {
    if (!s.briefVerzonden) {
      uit.push(
        stap(
          'SCHORSINGSBRIEF_VERSTUREN',
          'Maak het besluit tot schorsing schriftelijk bekend aan de ouders (redenen, ingang, duur, laatste dag, andere maatregelen).',
          'bevoegd-gezag',
          WPO_40C_LID_2,
        ),
      );
    }
    const inspectie = s.schorsing.meldingInspectie;
    if (inspectie.uitkomst && !s.inspectieGemeld) {
      uit.push(
        stap(
          'INSPECTIE_MELDEN',
          'Meld de schorsing onverwijld schriftelijk en met redenen aan de inspectie (internet schooldossier).',
          'bevoegd-gezag',
          inspectie.redenen[0]?.bron,
        ),
      );
    } else if (s.inspectieGemeld && !s.inspectieGemeld.registratienummer) {
      uit.push(
        stap(
          'REGISTRATIENUMMER_VASTLEGGEN',
          'Leg het registratienummer uit de ontvangstbevestiging van de inspectie vast.',
          'directeur',
          seedBron('E.2 Schorsing, stap 4'),
        ),
      );
    }
    if (s.schorsing.meldingLeerplichtambtenaar.uitkomst && !s.leerplichtGemeld) {
      uit.push(
        stap(
          'LEERPLICHT_INFORMEREN',
          'Informeer de leerplichtambtenaar en stuur een kopie van de brief aan de ouders.',
          'directeur',
          s.schorsing.meldingLeerplichtambtenaar.redenen[0]?.bron,
        ),
      );
    }
    if (!s.schoolwerkGeregeld) {
      uit.push(
        stap(
          'SCHOOLWERK_REGELEN',
          'Zorg dat de leerling tijdens de schorsing schoolwerk kan maken.',
          'leerkracht',
          seedBron('E.2 Schorsing, stap 5'),
        ),
      );
    }
    if (!t.gesprekken.some((g) => g.onderwerp !== 'bezwaar')) {
      uit.push(
        stap(
          'GESPREK_VOEREN',
          'Voer een gesprek met leerling, ouders en groepsleerkracht over de schorsing en de stappen daarna.',
          'directeur',
          seedBron('E.2 Schorsing, stap 1; Bijlage 20'),
        ),
      );
    }
  }

  const v = t.verwijdering;
  if (v.gestart && !v.besluit) {
    const oordeel = beoordeelVerwijdering({
      denominatie: dossier.denominatie,
      gehoord: v.gehoord,
      onderzoeksdossier: v.onderzoeksdossier,
      voornemenBekendgemaakt: v.voornemen !== undefined,
      ontvangendeSchool: !!v.ontvangendeSchool?.schriftelijkBevestigd,
    });
    for (const r of oordeel.redenen.filter((x) => x.code.endsWith('_NIET'))) {
      uit.push(stap(`VERWIJDERING_${r.code.replace(/_NIET$/, '')}`, r.tekst, 'bevoegd-gezag', r.bron));
    }
    if (oordeel.uitkomst) {
      uit.push(
        stap(
          'VERWIJDERING_BESLUITEN',
          'Alle voorwaarden zijn vervuld: het bestuur kan definitief besluiten en de ouders schriftelijk informeren.',
          'bevoegd-gezag',
        ),
      );
    }
  }
  if (v.besluit) {
    if (!v.inspectieGemeld)
      uit.push(
        stap(
          'VERWIJDERING_INSPECTIE_MELDEN',
          'Meld de verwijdering bij de inspectie met een kopie van de brief (schoolbeleid; wettelijke plicht niet bevestigd).',
          'bevoegd-gezag',
          seedBron('E.2 Verwijdering, stap 8'),
        ),
      );
    if (!v.leerplichtGemeld)
      uit.push(
        stap(
          'VERWIJDERING_LEERPLICHT_MELDEN',
          'Meld de verwijdering bij de leerplichtambtenaar met een kopie van de brief (schoolbeleid).',
          'bevoegd-gezag',
          seedBron('E.2 Verwijdering, stap 8'),
        ),
      );
  }
  for (const b of t.bezwaren.filter((x) => !x.beslissing)) {
    const gpoLoopt = b.tegen === 'verwijdering' && t.gpo && !t.gpo.oordeel;
    const hoorBron =
      dossier.denominatie === 'bijzonder' && b.tegen === 'verwijdering' ? WPO_63_LID_3 : AWB_7_2;
    if (b.tijdig?.uitkomst === false) {
      uit.push(
        stap(
          'TERMIJNOVERSCHRIJDING_BEOORDELEN',
          `Het bezwaar tegen de ${b.tegen} kwam te laat binnen: ga na of de ouders dat te verwijten valt voordat het bezwaar niet-ontvankelijk wordt verklaard.`,
          'bevoegd-gezag',
          b.tijdig.redenen.at(-1)?.bron,
        ),
      );
    }
    if (!b.gehoord)
      uit.push(
        stap(
          'OUDERS_HOREN_OP_BEZWAAR',
          'Hoor de ouders (en de leerling) over hun bezwaar.',
          'bevoegd-gezag',
          hoorBron,
        ),
      );
    if (gpoLoopt) {
      uit.push(
        stap(
          'GPO_OORDEEL_AFWACHTEN',
          'Wacht met de beslissing op het bezwaar tot het oordeel van de Geschillencommissie passend onderwijs.',
          'bevoegd-gezag',
          WPO_43,
        ),
      );
    } else if (b.gehoord) {
      uit.push(
        stap(
          'BESLISSEN_OP_BEZWAAR',
          `Beslis op het bezwaar tegen de ${b.tegen}${t.gpo?.oordeel && b.tegen === 'verwijdering' ? '; meld ouders en commissie wat met het oordeel is gedaan en motiveer een afwijking' : ''}.`,
          'bevoegd-gezag',
          seedBron('E.2 Verwijdering, stap 9-10'),
        ),
      );
    }
  }
  if (t.crisisplaatsing && !t.crisisplaatsing.beeindigd && !v.gestart) {
    uit.push(
      stap(
        'VERWIJDERING_PARALLEL_OVERWEGEN',
        'Overweeg de verwijderingsprocedure gelijk te laten oplopen met de crisisplaatsing, om vertraging te voorkomen.',
        'bevoegd-gezag',
        seedBron('E.2 Crisisplaats'),
      ),
    );
  }
  if (t.crisisplaatsing?.beeindigd?.vervolg === 'sbo-of-so') {
    uit.push(
      stap(
        'TOELAATBAARHEIDSVERKLARING',
        'Vraag een toelaatbaarheidsverklaring aan bij het samenwerkingsverband voor plaatsing op een s(b)o-school.',
        'bevoegd-gezag',
        seedBron('E.2 Crisisplaats'),
      ),
    );
  }
  for (const { verbod, wijkagent } of t.schoolpleinverboden) {
    if (!wijkagent) {
      uit.push(
        stap(
          'WIJKAGENT_INFORMEREN',
          'Informeer de wijkagent over het schoolpleinverbod en stuur een kopie van de brief.',
          'directeur',
          seedBron('E.2 School(plein)verbod voor de ouders'),
        ),
      );
    } else if (!wijkagent.kopieBrief) {
      uit.push(
        stap(
          'WIJKAGENT_KOPIE',
          'Stuur de wijkagent een kopie van de brief aan de ouder.',
          'directeur',
          seedBron('E.2 School(plein)verbod voor de ouders'),
        ),
      );
    }
    const check = valideerSchoolpleinverbod({
      ...verbod,
      wijkagent: { geinformeerd: true, kopieBrief: true },
    });
    if (!check.ok) {
      for (const p of check.problemen)
        uit.push(stap(p.code, p.melding, 'directeur', seedBron('E.2 School(plein)verbod voor de ouders')));
    }
  }
  return uit;
}
