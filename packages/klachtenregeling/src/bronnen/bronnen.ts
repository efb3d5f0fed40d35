import { type Bron, bron, type Vindplaats } from '@schoolveiligheid/kern';

// Every source of the package, built once with kern's `bron(wet, vindplaats)`. Read: WPO (BWBR0003420) art. 4a,
// 13 and 14 in the consolidation of 2026-08-01 (art. 13 lid 1 onder f and art. 14 read the same on 2018-08-01;
// art. 4a said "misdrijf tegen de zeden" until 2024-07-01); Arbowet (BWBR0010346) art. 3 in the consolidation of
// 2026-07-01; the seed veiligheidsplan 2018 and the PROO schoolgids page; LKC rulings on onderwijsgeschillen.nl.
const WPO_VERSIE = '2026-08-01';

/** WPO `artikel` lid `lid` as read in the consolidation of 2026-08-01. */
function wpo(artikel: string, lid: number, extra: Partial<Vindplaats> = {}): Bron {
  return bron('wpo', { artikel, lid, versie: WPO_VERSIE, zekerheid: 'wettekst', ...extra });
}

/** A section of the seed veiligheidsplan 2018 (policy, not law). */
function seed(artikel: string, toelichting?: string): Bron {
  return bron('seed-2018', {
    artikel,
    zekerheid: 'secundair',
    ...(toelichting === undefined ? {} : { toelichting }),
  });
}

/** A page of the Landelijke Klachtencommissie Onderwijs (onderwijsgeschillen.nl). */
function lkc(titel: string, pad: string, zekerheid: Vindplaats['zekerheid'], toelichting: string): Bron {
  return bron('lkc', { titel, url: `https://www.onderwijsgeschillen.nl/${pad}`, zekerheid, toelichting });
}

export const WPO_4A_LID_1: Bron = /* @__PURE__ */ wpo('4a', 1, {
  toelichting:
    'Overlegplicht: het bevoegd gezag treedt onverwijld in overleg met de vertrouwensinspecteur (WOT art. 6) bij een mogelijk seksueel misdrijf (Titel XIV Sr) door een met taken belast persoon jegens een leerling van de school. Tot 2024-07-01: "misdrijf tegen de zeden".',
});
export const WPO_4A_LID_2: Bron = /* @__PURE__ */ wpo('4a', 2, {
  toelichting:
    'Aangifteplicht: bij een redelijk vermoeden onverwijld aangifte en onverwijld de vertrouwensinspecteur inlichten; vóór de aangifte de ouders van de leerling en de betrokken persoon op de hoogte stellen.',
});
export const WPO_4A_LID_3: Bron = /* @__PURE__ */ wpo('4a', 3, {
  toelichting: 'Meldplicht: een personeelslid stelt het bevoegd gezag onverwijld in kennis.',
});
export const WPO_4A_ONVERWIJLD: Bron = /* @__PURE__ */ wpo('4a', 1, {
  zekerheid: 'interpretatie',
  toelichting:
    'De wet noemt geen aantal dagen: "onverwijld". De SDK toont het als direct (dezelfde dag) en signaleert een stap die pas op een latere dag is gezet.',
});
export const WPO_4A_REIKWIJDTE: Bron = /* @__PURE__ */ wpo('4a', 1, {
  toelichting:
    'Slachtoffer: "een leerling van de school", zonder leeftijdsgrens (ook in 2018). Pleger: "een ten behoeve van zijn school met taken belast persoon"; niet leerling tegen leerling.',
});
export const WPO_14_LID_1: Bron = /* @__PURE__ */ wpo('14', 1, {
  toelichting:
    'Ouders dan wel verzorgers en personeelsleden kunnen klagen over gedragingen en beslissingen (of het nalaten daarvan) van het bevoegd gezag of het personeel.',
});
export const WPO_14_LID_2: Bron = /* @__PURE__ */ wpo('14', 2, {
  toelichting:
    'De regeling vermeldt onder meer de termijn voor het indienen van een klacht (c) en die voor het oordeel (d): de wet laat de termijnen aan de regeling.',
});
export const WPO_14_LID_4: Bron = /* @__PURE__ */ wpo('14', 4, {
  toelichting:
    'Klachtencommissie van ten minste drie leden; de voorzitter maakt geen deel uit van en werkt niet voor of bij het bevoegd gezag; wie de klacht rechtstreeks betreft, neemt niet deel.',
});
export const WPO_14_LID_5: Bron = /* @__PURE__ */ wpo('14', 5, {
  toelichting: 'Klager en aangeklaagde lichten hun zienswijze toe en laten zich desgewenst bijstaan.',
});
export const WPO_14_LID_6: Bron = /* @__PURE__ */ wpo('14', 6, {
  toelichting:
    'De commissie deelt haar oordeel schriftelijk mee aan de klager, de aangeklaagde en het bevoegd gezag.',
});
export const WPO_14_LID_7: Bron = /* @__PURE__ */ wpo('14', 7, {
  toelichting:
    'Binnen 4 weken na ontvangst van het oordeel deelt het bevoegd gezag klager en commissie mee of het het oordeel deelt en welke maatregelen het neemt. Afwijken mag, met redenen en met de nieuwe termijn. Een wettelijke termijn: de Algemene termijnenwet is van toepassing.',
});
export const WPO_14_LID_7_AFWIJKING: Bron = /* @__PURE__ */ wpo('14', 7, {
  toelichting:
    'De wet stelt geen maximum aan de afwijking en geen moment waarop die uiterlijk wordt gemeld: alleen redenen en de termijn waarbinnen het standpunt volgt.',
});
export const WPO_14_LID_8: Bron = /* @__PURE__ */ wpo('14', 8, {
  toelichting: 'Geheimhouding voor ieder die bij de uitvoering van de klachtenregeling betrokken is.',
});

export const WPO_13_LID_1_F: Bron = /* @__PURE__ */ wpo('13', 1, {
  onder: 'f',
  toelichting:
    'De schoolgids bevat informatie over de rechten en plichten van ouders, leerlingen en bevoegd gezag, "waaronder de informatie over de klachtenregeling, bedoeld in artikel 14" (zo ook in de tekst van 2018-08-01). De wet noemt geen namen of adressen.',
});
export const WPO_14_LID_2_A: Bron = /* @__PURE__ */ wpo('14', 2, {
  onder: 'a',
  toelichting:
    'De regeling vermeldt in ieder geval "de instelling van een klachtencommissie, die klachten behandelt"; bij die commissie dienen ouders en personeelsleden hun klacht in (lid 1).',
});
export const WPO_14_AANSLUITING: Bron = /* @__PURE__ */ wpo('14', 3, {
  toelichting:
    'Gelezen: lid 3 regelt alleen dat de regeling andere klachtenregelingen vervangt en geen andere wettelijke voorziening. Art. 14 verplicht niet tot aansluiting bij een landelijke klachtencommissie; lid 2 onder a vraagt een klachtencommissie (eigen of, volgens de praktijk van de LKC, door aansluiting).',
});
export const WET_VERTROUWENSPERSOON_PERSONEEL: Bron = /* @__PURE__ */ bron('arbowet', {
  artikel: '3',
  lid: 2,
  versie: '2026-07-01',
  zekerheid: 'interpretatie',
  toelichting:
    'Gelezen: WPO art. 14 (2026-08-01) kent geen vertrouwenspersoon; Arbowet art. 3 lid 2 vraagt een beleid tegen psychosociale arbeidsbelasting, zonder een vertrouwenspersoon voor te schrijven. De SDK leest daaruit: geen wettelijke plicht (een plicht elders is niet uitgesloten).',
});

export const LKC_EEN_JAAR: Bron = /* @__PURE__ */ lkc(
  'LKC: een klacht moet binnen een jaar worden ingediend',
  'uitspraken/een-klacht-moet-binnen-een-jaar-worden-ingediend',
  'secundair',
  'Reglement LKC art. 4 lid 2 onder b: indienen binnen een jaar na de gedraging of beslissing, tenzij de commissie anders beslist. Een termijn van de regeling, geen wettelijke termijn: geen Algemene termijnenwet.',
);
export const LKC_DAG_TE_LAAT: Bron = /* @__PURE__ */ lkc(
  'LKC 23-11-2018 (108484): schoolbestuur laat 1 dag na de termijn van 4 weken zijn standpunt weten',
  'uitspraken/als-een-schoolbestuur-1-dag-na-de-termijn-van-4-weken-aan-de-lkc-laat-weten-het-het',
  'secundair',
  'Een dag te laat is niet klachtwaardig geacht, omdat de klager er niet door werd geschaad: een waarschuwing, geen harde fout.',
);
export const LKC_GEEN_BEROEP: Bron = /* @__PURE__ */ lkc(
  'LKC is geen beroepsinstantie',
  'uitspraken',
  'secundair',
  'Heeft een interne commissie (die voldoet aan WPO 14 lid 4) geoordeeld, dan verklaart de LKC de klacht niet-ontvankelijk: een regeling kiest één route (ook: boelszanders.nl, "Landelijke Klachtencommissie Onderwijs is geen beroepsinstantie").',
);
export const LKC_ANONIEM: Bron = /* @__PURE__ */ lkc(
  'Anonieme klachten',
  'uitspraken',
  'onbevestigd',
  'Geen tekst van de wet of de LKC gevonden. De SDK behandelt een anonieme klacht niet, tenzij de commissie of het bevoegd gezag anders besluit (de keuze van de model-klachtenregeling, niet bevestigd).',
);
export const LKC_KLACHT_OVER_OUDER: Bron = /* @__PURE__ */ lkc(
  'Klacht over een ouder',
  'uitspraken',
  'onbevestigd',
  'WPO 14 lid 1 noemt alleen klachten over het bevoegd gezag en het personeel. Of de aangesloten commissie een klacht over een ouder behandelt, is niet vastgesteld: de SDK signaleert het.',
);
export const CAO_PO_HOOR_EN_WEDERHOOR: Bron = /* @__PURE__ */ bron('cao-po', {
  titel: 'Cao primair onderwijs: hoor en wederhoor bij een rechtspositionele maatregel',
  zekerheid: 'onbevestigd',
  toelichting:
    'De seed (Klachtenregeling art. 7 lid 3) hoort de aangeklaagde vóór het besluit; de cao-bepaling zelf is niet herlezen.',
});

export const SEED_KLAGER: Bron = /* @__PURE__ */ seed(
  'Klachtenregeling art. 1 (klager)',
  'Ruimere kring dan WPO 14 lid 1: (ex-)leerlingen, ouders van minderjarige (ex-)leerlingen, personeel, directie, vrijwilligers en anderen die deel uitmaken van de school.',
);
export const SEED_CONTACTPERSOON: Bron = /* @__PURE__ */ seed(
  'Klachtenregeling art. 2 lid 1',
  'De interne contactpersoon is geen lid van de schooldirectie.',
);
export const SEED_CONTACTPERSOON_NIET_DIRECTIE: Bron = /* @__PURE__ */ seed(
  'Klachtenregeling art. 2 lid 1; Taken en functies, Interne contactpersoon',
  'Elke school heeft ten minste één interne contactpersoon als aanspreekpunt bij klachten, "niet zijnde een lid van de schooldirectie". Een eis van de regeling (volgens de seed gebaseerd op het landelijk model van de besturenorganisaties; die modeltekst is niet herlezen), geen wettekst: WPO art. 14 kent geen contactpersoon.',
);
export const SEED_VERTROUWENSPERSOON: Bron = /* @__PURE__ */ seed(
  'Klachtenregeling, Inleiding en art. 3 lid 1 en 6',
  'Naast de interne contactpersoon een (externe) vertrouwenspersoon die de contactpersoon en klagers bijstaat en nagaat of bemiddeling helpt; de seed heeft daarvoor een overeenkomst met de GGD Hollands-Midden. Een eis van de regeling, geen wettekst.',
);
export const SEED_SCHOOLGIDS: Bron = /* @__PURE__ */ seed(
  'Klachtenregeling, Inleiding; Taken en functies, Interne contactpersoon',
  'De schoolgids vermeldt de naam van de contactpersoon, de (externe) vertrouwenspersoon en het adres van de klachtencommissie; de naam van de interne contactpersoon staat in de schoolgids/website.',
);
export const SEED_AANSLUITING: Bron = /* @__PURE__ */ seed(
  'Klachtenregeling, Inleiding en art. 4 lid 2',
  'Het bevoegd gezag is (sinds 1 januari 2016, met instemming van de GMR) aangesloten bij de Landelijke Klachtencommissie Onderwijs; de regeling kiest die route.',
);
export const SEED_VERTROUWENSPERSOON_PERSONEEL: Bron = /* @__PURE__ */ seed(
  'Taken en functies, Vertrouwenspersoon voor personeel (Groeilingniveau)',
  'Een vertrouwenspersoon voor personeel functioneert "in eerste instantie als aanspreekpunt bij klachten van personeel". Zo ook de schoolgids van PROO Leiden-Leiderdorp: de interne vertrouwenspersoon is aanspreekpunt voor leerlingen, ouders/verzorgers en schoolprofessionals. Beleid, geen wettekst.',
);
export const SEED_INFORMEEL: Bron = /* @__PURE__ */ seed(
  'Klachtenregeling, Inleiding; art. 2 lid 5',
  'Eerst in overleg met de betrokkene, dan met de directie en/of het bevoegd gezag, pas daarna de klachtenregeling.',
);
export const SEED_INDIENEN: Bron = /* @__PURE__ */ seed(
  'Klachtenregeling art. 5 lid 1',
  'Indienen bij het bevoegd gezag of de klachtencommissie.',
);
export const SEED_INHOUD: Bron = /* @__PURE__ */ seed(
  'Klachtenregeling art. 5 lid 3',
  'Naam en adres van de klager, naam van de verweerder, omschrijving met feiten en omstandigheden, dagtekening en ondertekening; afschriften van stukken worden meegezonden.',
);
export const SEED_TERMIJN_INDIENEN: Bron = /* @__PURE__ */ seed(
  'Klachtenregeling art. 5 lid 4',
  'Binnen een jaar na de gedraging of beslissing, tenzij de klachtencommissie anders beslist.',
);
export const SEED_EIGEN_AFHANDELING: Bron = /* @__PURE__ */ seed(
  'Klachtenregeling art. 5 lid 5 en 6',
  'Het bevoegd gezag handelt een eenvoudige klacht zelf af of met een mediator (met instemming van de klager); geen bevredigende oplossing binnen 4 weken: alsnog naar de klachtencommissie.',
);
export const SEED_ANDER_ORGAAN: Bron = /* @__PURE__ */ seed(
  'Klachtenregeling art. 5 lid 7',
  'Wie een klacht ontvangt die bij een ander orgaan is ingediend, verwijst de klager aanstonds door naar het bevoegd gezag en is tot geheimhouding verplicht.',
);
export const SEED_VOORZIENING: Bron = /* @__PURE__ */ seed(
  'Klachtenregeling art. 5 lid 8',
  'Het bevoegd gezag kan een voorlopige voorziening treffen.',
);
export const SEED_VERLENGING: Bron = /* @__PURE__ */ seed(
  'Klachtenregeling art. 7 lid 2',
  'De termijn van vier weken kan met ten hoogste vier weken worden verlengd; de verlenging wordt binnen de eerste vier weken met redenen gemeld aan klager en aangeklaagde.',
);
export const SEED_HOREN_AANGEKLAAGDE: Bron = /* @__PURE__ */ seed(
  'Klachtenregeling art. 7 lid 3',
  'Geen beslissing dan nadat de aangeklaagde zich mondeling en/of schriftelijk heeft kunnen verweren tegen de voorgenomen beslissing.',
);
export const SEED_JAARVERSLAG: Bron = /* @__PURE__ */ seed(
  'Klachtenregeling art. 8 lid 3',
  'Jaarlijks het aantal ingediende klachten en het advies van de commissie in het jaarverslag.',
);
export const SEED_STAPPENPLAN: Bron = /* @__PURE__ */ seed(
  'Stappenplan seksuele intimidatie en misbruik',
  'Beperkt tot minderjarige leerlingen (de wet niet); logboek vanaf de eerste melding; crisisteam binnen 24 uur; rehabilitatie van een valselijk beschuldigde.',
);
export const SEED_2018: Bron = /* @__PURE__ */ seed(
  'Klachtenregeling en Stappenplan seksuele intimidatie en misbruik',
);

/**
 * Every source this package cites, by name: WPO (BWBR0003420, consolidation 2026-08-01) art. 4a, 13 and 14,
 * Arbowet art. 3 lid 2, the LKC rulings used, the CAO PO and the sections of the seed veiligheidsplan 2018. Frozen.
 *
 * @example
 * ```ts
 * import { KLACHTENREGELING_BRONNEN } from '@schoolveiligheid/klachtenregeling';
 * KLACHTENREGELING_BRONNEN.WPO_14_LID_7.artikel; //=> 'art. 14 lid 7'
 * KLACHTENREGELING_BRONNEN.LKC_ANONIEM.zekerheid; //=> 'onbevestigd'
 * ```
 */
export const KLACHTENREGELING_BRONNEN = /* @__PURE__ */ Object.freeze({
  WPO_4A_LID_1,
  WPO_4A_LID_2,
  WPO_4A_LID_3,
  WPO_4A_ONVERWIJLD,
  WPO_4A_REIKWIJDTE,
  WPO_14_LID_1,
  WPO_14_LID_2,
  WPO_14_LID_4,
  WPO_14_LID_5,
  WPO_14_LID_6,
  WPO_14_LID_7,
  WPO_14_LID_7_AFWIJKING,
  WPO_14_LID_8,
  WPO_13_LID_1_F,
  WPO_14_LID_2_A,
  WPO_14_AANSLUITING,
  WET_VERTROUWENSPERSOON_PERSONEEL,
  LKC_EEN_JAAR,
  LKC_DAG_TE_LAAT,
  LKC_GEEN_BEROEP,
  LKC_ANONIEM,
  LKC_KLACHT_OVER_OUDER,
  CAO_PO_HOOR_EN_WEDERHOOR,
  SEED_KLAGER,
  SEED_CONTACTPERSOON,
  SEED_CONTACTPERSOON_NIET_DIRECTIE,
  SEED_VERTROUWENSPERSOON,
  SEED_SCHOOLGIDS,
  SEED_AANSLUITING,
  SEED_VERTROUWENSPERSOON_PERSONEEL,
  SEED_INFORMEEL,
  SEED_INDIENEN,
  SEED_INHOUD,
  SEED_TERMIJN_INDIENEN,
  SEED_EIGEN_AFHANDELING,
  SEED_ANDER_ORGAAN,
  SEED_VOORZIENING,
  SEED_VERLENGING,
  SEED_HOREN_AANGEKLAAGDE,
  SEED_JAARVERSLAG,
  SEED_STAPPENPLAN,
  SEED_2018,
});
