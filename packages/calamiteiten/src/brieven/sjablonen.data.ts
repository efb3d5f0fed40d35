// The letters of the seed's Protocol rouw en verdriet (Bijlagen 22-28) and the rouwadvertenties of Bijlage 29 as
// templates with merge fields `{{veld}}`. The seed's dotted blanks became named fields; where the seed offers
// alternatives ("na een noodlottig ongeval/na een langdurige ziekte"), the choice is a field. No personal data here.

/** The template ids. */
export const SJABLOON_IDS = [
  'overlijden-ouder-broer-zus',
  'overlijden-leerling',
  'overlijden-leerkracht',
  'na-overlijden-leerling',
  'na-overlijden-leerkracht',
  'uitvaart-leerling',
  'levensbedreigende-ziekte',
  'advertentie-leerling',
  'advertentie-leerkracht',
  'advertentie-groepsleerkracht',
] as const;

/** A template id. */
export type SjabloonId = (typeof SJABLOON_IDS)[number];

/** The seed's text of each template, with the Bijlage it comes from. */
export const SJABLONEN: Readonly<Record<SjabloonId, { readonly bijlage: string; readonly tekst: string }>> = {
  'overlijden-ouder-broer-zus': {
    bijlage: 'Bijlage 22',
    tekst: `Aan de ouders / verzorgers van de leerlingen van groep {{groep}}
{{plaats}}, {{datum}}

Beste ouders, verzorgers,

{{dagBericht}} hebben we het droevige bericht ontvangen dat {{dagOverlijden}} {{naamOverledene}}, de {{relatie}} van {{naamLeerling}}, is overleden.

We zijn zeer geraakt door dit droevige bericht. Wij leven mee met {{naamLeerling}} en de familie. Als school zullen we ons inzetten om {{naamLeerling}} zo goed mogelijk bij te staan bij het verwerken van dit verdriet.

{{dagKlasGeinformeerd}} zijn de kinderen van de groep geïnformeerd over het overlijden. Binnen de groep zullen we er verder op gepaste wijze aandacht aan schenken. Ook raden we u aan om uitgebreid de tijd te nemen om uw kind bij te staan in dit rouwproces.

Zodra wij meer informatie hebben over het afscheid en/of de uitvaart laten wij u dat zo snel mogelijk per brief weten.

Mocht u vragen hebben dan kunt u contact opnemen met {{contactpersoonFunctie}}.

Met vriendelijke groet,

namens het team,
{{afzender}}`,
  },
  'overlijden-leerling': {
    bijlage: 'Bijlage 23',
    tekst: `Geachte ouder(s)/verzorger(s),

Gisteren bereikte ons het droevige bericht dat {{naamLeerling}}, leerling uit groep {{groep}}, {{toedracht}} is overleden. Wij zijn daardoor erg geschokt en verdrietig.

In de klas heeft {{leerkrachtFunctie}} het verteld aan de leerlingen. Natuurlijk zullen wij het niet bij dat ene gesprek laten. Wij hopen dat u thuis uw zoon/dochter goed kunt opvangen als hij/zij erover wil praten.

Wij doen u namens de ouders van {{naamLeerling}} het verzoek hen nu niet thuis te bellen. Hoe begrijpelijk uw medeleven ook is, dergelijke telefoontjes betekenen een zware belasting. Misschien kunt u een andere vorm voor uw medeleven vinden.

U kunt wel de school bellen. {{contactpersoonFunctie}} onderhoudt het contact met de familie namens de school.

Wanneer wij weten hoe wij met de klas en de school afscheid zullen nemen van {{naamLeerling}}, berichten wij u.

Met vriendelijke groet,

Schoolleider`,
  },
  'overlijden-leerkracht': {
    bijlage: 'Bijlage 24',
    tekst: `Geachte ouder(s)/verzorger(s),

Gisteren bereikte ons het droevige bericht dat {{naamLeerkracht}}, {{functie}} uit groep {{groep}}, {{toedracht}} is overleden. Wij zijn daardoor erg geschokt en verdrietig.

In de klas heeft {{leerkrachtFunctie}} het verteld aan de leerlingen. Natuurlijk zullen wij het niet bij dat ene gesprek laten. Wij hopen dat u thuis uw zoon/dochter goed kunt opvangen als hij/zij erover wil praten.

Wij doen u namens de familie van {{naamLeerkracht}} het verzoek hen nu niet thuis te bellen. Hoe begrijpelijk uw medeleven ook is, dergelijke telefoontjes betekenen een zware belasting. Misschien kunt u een andere vorm voor uw medeleven vinden.

U kunt wel de school bellen. {{contactpersoonFunctie}} onderhoudt het contact met de familie namens de school.

Wanneer wij weten hoe wij met de klas en de school afscheid zullen nemen van {{naamLeerkracht}}, berichten wij u.

Met vriendelijke groet,

Schoolleider`,
  },
  'na-overlijden-leerling': {
    bijlage: 'Bijlage 25',
    tekst: `Beste leerlingen, geachte ouder(s)/verzorger(s),

{{dagGeinformeerd}} hebben wij de personeelsleden, de klasgenoten en de overige leerlingen geïnformeerd over het overlijden van {{naamLeerling}} uit groep {{groep}}.

Dit is voor de leerlingen en medewerkers van onze school een zware slag. Wij willen proberen elkaar te helpen met dit grote verdriet om te gaan. De komende tijd gaan we als volgt inrichten:

Van {{vlagVan}} tot {{vlagTot}} hangt onze vlag halfstok. Op {{momentStilte}} nemen wij één minuut stilte in acht.

Namens alle leerlingen en medewerkers plaatsen wij een rouwadvertentie in {{krant}}.

Op {{datumUitvaart}} gaan de klasgenoten van {{naamLeerling}} met de leerkrachten naar de uitvaart. Op {{datumHerdenking}} om {{tijdHerdenking}} uur is er een herdenkingsbijeenkomst op school voor iedereen die op school blijft. Ouders die dat wensen, zijn welkom.

Leerlingen en ouder(s)/verzorger(s) die behoefte hebben om te reageren, zijn van harte welkom bij {{contactpersoonFunctie}}.

Met vriendelijke groet,

{{afzender}},
Schoolleider`,
  },
  'na-overlijden-leerkracht': {
    bijlage: 'Bijlage 26',
    tekst: `Beste leerlingen, geachte ouder(s)/verzorger(s),

{{dagGeinformeerd}} hebben wij de personeelsleden, de klas en de overige leerlingen geïnformeerd over het overlijden van {{naamLeerkracht}} uit groep {{groep}}.

Dit is voor de leerlingen en medewerkers van onze school een zware slag. Wij willen proberen elkaar te helpen met dit grote verdriet om te gaan. De komende tijd gaan we als volgt inrichten:

Van {{vlagVan}} tot {{vlagTot}} hangt onze vlag halfstok. Op {{momentStilte}} nemen wij één minuut stilte in acht.

Namens alle leerlingen en medewerkers plaatsen wij een rouwadvertentie in {{krant}}.

Op {{datumUitvaart}} gaan de kinderen van groep {{groep}} met de leerkrachten naar de uitvaart. Op {{datumHerdenking}} om {{tijdHerdenking}} uur is er een herdenkingsbijeenkomst op school voor iedereen die op school blijft. Ouders die dat wensen, zijn welkom.

Leerlingen en ouder(s)/verzorger(s) die behoefte hebben om te reageren, zijn van harte welkom bij {{contactpersoonFunctie}}.

Met vriendelijke groet,

{{afzender}},
Schoolleider`,
  },
  'uitvaart-leerling': {
    bijlage: 'Bijlage 27',
    tekst: `Geachte ouder(s)/verzorger(s),

Zoals wij beloofd hebben in onze vorige brief sturen we u nadere informatie over de uitvaart van {{naamLeerling}}.

De klasgenoten en vrienden van {{naamLeerling}} worden in de gelegenheid gesteld om afscheid te nemen in rouwcentrum {{rouwcentrum}} op {{datumAfscheid}} van {{tijdVan}} tot {{tijdTot}} uur. De leerlingen gaan gezamenlijk vanuit school naar het rouwcentrum; er gaan leerkrachten mee om hen te begeleiden en zo nodig op te vangen. Wanneer u er bezwaar tegen hebt dat uw zoon of dochter meegaat, neemt u dan contact op met de groepsleerkracht.

De uitvaart van {{naamLeerling}} vindt plaats op {{datumUitvaart}} om {{tijdUitvaart}} uur op {{plaatsUitvaart}}. Leerlingen en leerkrachten gaan gezamenlijk vanuit school. Na de condoleance gaan we terug naar school om samen iets te drinken en na te praten.

De lessen starten op {{datumLessen}} voor alle klassen om {{tijdLessen}} uur.

Wanneer u vragen heeft of merkt dat uw zoon of dochter problemen heeft met de verwerking, kunt u contact opnemen met {{contactpersoonFunctie}}.

{{afzender}},
Schoolleider`,
  },
  'levensbedreigende-ziekte': {
    bijlage: 'Bijlage 28',
    tekst: `Geachte ouder(s)/verzorger(s),

Met deze brief willen wij uw aandacht vragen voor het volgende. Onze zoon/dochter {{naamLeerling}} uit groep {{groep}} heeft {{ziekte}}. Deze ziekte is niet besmettelijk, maar betekent wel dat {{naamLeerling}} behandeld moet worden met {{behandeling}}. Daardoor neemt de afweer sterk af en is {{naamLeerling}} extra vatbaar voor allerlei ziektes.

Het is voor {{naamLeerling}} het beste om, als het enigszins mogelijk is, net als ieder ander kind gewoon naar school te gaan. Omdat sommige kinderziekten een zeer ernstig verloop kunnen hebben, willen wij {{naamLeerling}} graag extra beschermen. Wij vragen u ons onmiddellijk te bellen als uw zoon of dochter ziek is en te vertellen om welke ziekte het gaat (niet bij gewone verkoudheid of hoest). Wij kunnen dan direct contact opnemen met de behandelend specialist.

Voor uw medewerking willen wij u bij voorbaat heel hartelijk danken.

De ouders van {{naamLeerling}}
{{contactgegevensOuders}}`,
  },
  'advertentie-leerling': {
    bijlage: 'Bijlage 29',
    tekst: `Diep geraakt zijn wij door het overlijden van
{{naamLeerling}}

Wij zullen {{naamLeerling}} enorm missen op de school.
Wij wensen ouders en verdere familie veel sterkte met dit grote verlies.

Kinderen, team en ouders
Basisschool {{naamSchool}} te {{plaatsSchool}}`,
  },
  'advertentie-leerkracht': {
    bijlage: 'Bijlage 29',
    tekst: `Zeer bedroefd hebben wij kennis genomen van het overlijden van onze lieve en gewaardeerde {{aanspreekvorm}} en collega
{{naamLeerkracht}}

{{naamLeerkracht}} was ruim {{aantalJaren}} jaar werkzaam op onze school.
Ons medeleven gaat uit naar {{naasten}} en familie.

Leerlingen, ouders en team van
Basisschool {{naamSchool}} te {{plaatsSchool}}`,
  },
  'advertentie-groepsleerkracht': {
    bijlage: 'Bijlage 29',
    tekst: `Wij zijn diep bedroefd vanwege het overlijden van onze groepsleerkracht
{{naamLeerkracht}}

{{naamLeerkracht}} was een zeer toegewijde collega en heeft veel betekend voor basisschool {{naamSchool}} in {{plaatsSchool}}.
Ons medeleven gaat uit naar de familie. Wij wensen hen veel sterkte bij het verwerken van dit enorme verlies.`,
  },
};
