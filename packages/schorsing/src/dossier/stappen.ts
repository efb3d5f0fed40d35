import type { Bron, Stap } from '@schoolveiligheid/kern';
import {
  isStapCode,
  type SchorsingRol,
  type SchorsingStapCode,
  type SchorsingTermijnCode,
} from '../codes/codes.js';
import {
  AWB_6_19,
  AWB_7_2,
  AWB_7_4_LID_2,
  AWB_7_7,
  AWB_7_12_LID_1,
  seedBron,
  WPO_40A_OPP_VERWIJDERING,
  WPO_40C_LID_2,
  WPO_43,
  WPO_63_LID_3,
} from '../regels/bronnen.js';
import { valideerSchoolpleinverbod } from '../schoolpleinverbod/schoolpleinverbod.js';
import { beoordeelVerwijdering, NIET_VOLDAAN, nietVoldaan } from '../verwijdering/verwijdering.js';
import type { SchorsingKop } from './gebeurtenissen.js';
import { inventarisInvoer } from './overgangen/verwijdering.js';
import type { HorenAchterwegeGrond, Toestand } from './toestand.js';

/** A next step in a schorsing dossier: kern's {@link Stap} over this package's codes and roles. */
export type SchorsingStap = Stap<SchorsingStapCode, SchorsingRol>;

/** The letter of Awb 7:3 for each recorded ground of leaving the hearing out. */
const HOORGROND_SUB: Readonly<Record<HorenAchterwegeGrond, string>> = {
  'kennelijk-niet-ontvankelijk': 'a',
  'kennelijk-ongegrond': 'b',
  afgezien: 'c',
  'geen-reactie': 'd',
  'volledig-tegemoetgekomen': 'e',
};

const stap = (
  code: SchorsingStapCode,
  tekst: string,
  rol: SchorsingRol,
  bron?: Bron,
  termijnCode?: SchorsingTermijnCode,
): SchorsingStap => ({
  code,
  rol,
  tekst,
  ...(bron ? { bron } : {}),
  ...(termijnCode ? { termijnCode } : {}),
});

/**
 * What must happen next in a dossier's state and who must do it (the procedure's `volgendeStappen`): the
 * letter, the notifications and the registration number, schoolwork, the verwijdering preconditions, hearing
 * the parents on their bezwaar, waiting for the Geschillencommissie, telling the wijkagent of a
 * schoolpleinverbod, and considering a parallel verwijdering procedure next to a crisisplaats.
 */
export function stappenVan(t: Toestand, kop: SchorsingKop): SchorsingStap[] {
  const uit: SchorsingStap[] = [];
  const s = t.schorsingen.at(-1);
  // a revoked schorsing calls for no letter, notice or schoolwork any more
  if (s && !s.ingetrokken) {
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
          s.aansluitend
            ? 'Meld de schorsing onverwijld schriftelijk en met redenen aan de inspectie (internet schooldossier); vermeld dat zij aansluit op de vorige schorsing en waarom.'
            : 'Meld de schorsing onverwijld schriftelijk en met redenen aan de inspectie (internet schooldossier).',
          'bevoegd-gezag',
          inspectie.redenen[0]?.bron,
          'MELDING_INSPECTIE_SCHORSING',
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
          'MELDING_LEERPLICHT_SCHORSING',
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
    if (!t.gesprekGevoerd) {
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
      denominatie: kop.denominatie,
      gehoord: v.gehoord,
      onderzoeksdossier: v.onderzoeksdossier,
      voornemenBekendgemaakt: v.voornemen !== undefined,
      ...inventarisInvoer(v),
      ...(kop.beleid ? { beleid: kop.beleid } : {}),
      ...(t.laatsteDatum ? { peildatum: t.laatsteDatum } : {}),
    });
    const tabel = Object.values(NIET_VOLDAAN);
    for (const r of nietVoldaan(oordeel)) {
      const rij = tabel.find((x) => x.reden === r.code);
      if (rij) uit.push(stap(rij.stap, r.tekst, 'bevoegd-gezag', r.bron));
    }
    if (kop.ontwikkelingsperspectief === true) {
      uit.push(
        stap(
          'SAMENWERKINGSVERBAND_BETREKKEN',
          `De leerling heeft een ontwikkelingsperspectief (WPO 40a): betrek ${kop.samenwerkingsverband ? 'het samenwerkingsverband uit de dossierkop' : 'het samenwerkingsverband passend onderwijs'} bij het vinden van een andere school. Een geschil over het ontwikkelingsperspectief kunnen de ouders, net als de verwijdering, aan de Geschillencommissie passend onderwijs voorleggen (WPO 43 lid 2).`,
          'bevoegd-gezag',
          WPO_40A_OPP_VERWIJDERING,
        ),
      );
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
    const hoorBron = kop.denominatie === 'bijzonder' && b.tegen === 'verwijdering' ? WPO_63_LID_3 : AWB_7_2;
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
    const awb = hoorBron === AWB_7_2;
    const moetHoren = !b.gehoord && !b.horenAchterwege;
    if (moetHoren && awb && !b.stukkenTerInzage && !b.inzageAchterwege)
      uit.push(
        stap(
          'STUKKEN_TER_INZAGE_LEGGEN',
          'Leg het bezwaarschrift en alle stukken ten minste een week vóór het horen ter inzage voor de ouders.',
          'bevoegd-gezag',
          AWB_7_4_LID_2,
        ),
      );
    if (moetHoren)
      uit.push(
        stap(
          'OUDERS_HOREN_OP_BEZWAAR',
          awb
            ? 'Hoor de ouders (en de leerling) over hun bezwaar, of leg vast waarom dat achterwege blijft (Awb 7:3: kennelijk niet-ontvankelijk of ongegrond, afgezien, geen reactie binnen de gestelde termijn, of volledig tegemoetgekomen).'
            : 'Hoor de ouders (en de leerling) over hun bezwaar.',
          'bevoegd-gezag',
          hoorBron,
        ),
      );
    if (b.hoorzitting && !b.verslag)
      uit.push(stap('HOORVERSLAG_MAKEN', 'Maak een verslag van het horen.', 'bevoegd-gezag', AWB_7_7));
    if (b.hoorzitting && !b.hoorzitting.stukkenTijdig && awb)
      uit.push(
        stap(
          'OPNIEUW_HOREN_OVERWEGEN',
          'De stukken lagen niet ten minste een week vóór het horen ter inzage (Awb 7:4 lid 2): overweeg de ouders opnieuw te horen.',
          'bevoegd-gezag',
          AWB_7_4_LID_2,
        ),
      );
    if (b.horenAchterwege && !b.gehoord && awb)
      uit.push(
        stap(
          'GROND_AFZIEN_HOREN_VERMELDEN',
          b.horenAchterwege.grond === 'volledig-tegemoetgekomen'
            ? 'Vermeld in de beslissing op het bezwaar dat van het horen is afgezien omdat aan het bezwaar volledig tegemoet wordt gekomen (Awb 7:3 sub e), en herroep het besluit.'
            : `Vermeld in de beslissing op het bezwaar op welke grond van het horen is afgezien (Awb 7:3 sub ${HOORGROND_SUB[b.horenAchterwege.grond]}).`,
          'bevoegd-gezag',
          AWB_7_12_LID_1,
        ),
      );
    const ingetrokken = b.tegen === 'schorsing' && t.schorsingen[(b.schorsing ?? 1) - 1]?.ingetrokken;
    if (ingetrokken && awb)
      uit.push(
        stap(
          'BEZWAAR_MEDE_TEGEN_INTREKKING',
          'De schorsing is ingetrokken: het bezwaar heeft van rechtswege mede betrekking op de intrekking, tenzij de ouders daarbij onvoldoende belang hebben; beslis op het bezwaar.',
          'bevoegd-gezag',
          AWB_6_19,
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
    } else if (b.gehoord || b.horenAchterwege) {
      uit.push(
        stap(
          'BESLISSEN_OP_BEZWAAR',
          `Beslis op het bezwaar tegen de ${b.tegen}${t.gpo?.oordeel && b.tegen === 'verwijdering' ? '; meld ouders en commissie wat met het oordeel is gedaan en motiveer een afwijking' : ''}.`,
          'bevoegd-gezag',
          seedBron('E.2 Verwijdering, stap 9-10'),
          b.tegen === 'verwijdering'
            ? 'BESLISTERMIJN_BEZWAAR_VERWIJDERING'
            : 'BESLISTERMIJN_BEZWAAR_SCHORSING',
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
        if (isStapCode(p.code))
          uit.push(stap(p.code, p.melding, 'directeur', seedBron('E.2 School(plein)verbod voor de ouders')));
    }
  }
  return uit;
}
