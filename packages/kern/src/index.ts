/**
 * `@schoolveiligheid/kern`: the calendars, the deadline engine and the shared types every package of the
 * schoolveiligheid SDK builds on.
 *
 * - Calendars: {@link feestdagen} (Algemene termijnenwet art. 3 plus KB gelijkgestelde dagen),
 *   {@link werkkalender}, {@link schoolkalender} (Rijksoverheid vacations per {@link regioVoor | regio} plus
 *   studiedagen).
 * - Deadlines: {@link berekenTermijn} with its trace, {@link termijnStatus}.
 * - Rules as dated data: {@link regel}, {@link waardeOp}, and a school's {@link Beleid} checked by
 *   {@link controleerBeleid}.
 * - Shared types: {@link IsoDatum}, {@link Tijdstip}, {@link Bron}, {@link Besluit}, {@link Resultaat},
 *   {@link SchoolveiligheidFout}.
 *
 * @packageDocumentation
 * @module @schoolveiligheid/kern
 */

export type { Bedrag, Valuta } from './bedrag/bedrag.js';
export { bedragSchema, bedragTekst, euroCenten, isBedrag, leesBedragTekst } from './bedrag/bedrag.js';
export { telBedragenOp, vergelijkBedragen, vermenigvuldigBedrag } from './bedrag/bedrag.js';
export type { Beleid, BeleidMelding, BeleidsControle, BeleidsWaarde, BeleidV1 } from './beleid/beleid.js';
export type { Bevinding, GelezenBeleid, Oordeel } from './beleid/beleid.js';
export { beleidVoorAntwoord, controleerBeleid, EIGEN_BELEID_TITEL, leesBeleid } from './beleid/beleid.js';
export { waardeVoor, zoekWaardeVoor } from './beleid/beleid.js';
export type { Besluit, Reden } from './besluit/besluit.js';
export { besluit } from './besluit/besluit.js';
export type { Bron, Zekerheid } from './bron/bron.js';
export { bronTekst, uniekeBronnen } from './bron/bron.js';
export type { Vindplaats, Wet, WetSleutel, WetSoort } from './bron/wetten.js';
export { bron, WETTEN } from './bron/wetten.js';
export type { CodeCatalogus, CodeOmschrijving, Parameters, Taal, TaalOpties } from './code/catalogus.js';
export { codeTekst, taalUitOpties } from './code/catalogus.js';
export type { KernProbleemCode, RegioProbleemCode } from './code/codes.js';
export { BELEID_CODES, KERN_CODES, REGIO_CODES, SPOOR_CODES } from './code/codes.js';
export type { IsoDatum, Tijdstip, Weekdag } from './datum/datum.js';
export { amsterdamseDatum, dagnummer, epochMs, isIsoDatum, isTijdstip, JAREN_BEREIK } from './datum/datum.js';
export { naarAmsterdamsTijdstip, plusDagen, plusMaanden, weekdag } from './datum/datum.js';
export type { Feestdag, FeestdagenVanJaar, SchoolSluiting } from './feestdagen/feestdagen.js';
export { FEESTDAGEN_BEREIK, feestdagen, paaszondag } from './feestdagen/feestdagen.js';
export type { GelijkstellingsBesluit } from './feestdagen/gelijkgesteld.js';
export { GELIJKSTELLINGSBESLUITEN } from './feestdagen/gelijkgesteld.js';
export type { FoutCode } from './fout/fout.js';
export { FOUT_CODES, KalenderBereikFout, SchoolveiligheidFout } from './fout/fout.js';
export type { Kalender, Sluiting, SluitingSoort } from './kalender/kalender.js';
export type { AfwijkendeVakantie, Schoolkalender } from './kalender/schoolkalender.js';
export type { SchoolFeestdag, SchoolkalenderInstellingen, VrijeDag } from './kalender/schoolkalender.js';
export { bekendeSchooljaren, STANDAARD_FEESTDAGEN_VRIJ, schoolkalender } from './kalender/schoolkalender.js';
export type {
  OnvolledigSchooljaar,
  SchoolvakantieData,
  VakantieBron,
  VakantiePeriode,
  VakantieSoort,
} from './kalender/schoolvakanties.js';
export { SCHOOLVAKANTIES, SCHOOLVAKANTIES_BRON, VAKANTIE_SOORTEN } from './kalender/schoolvakanties.js';
export { SCHOOLVAKANTIES_HISTORISCH_BRON } from './kalender/schoolvakanties.js';
export type { Werkkalender } from './kalender/werkkalender.js';
export { werkkalender } from './kalender/werkkalender.js';
export type { Regio, RegioUitkomst, Vestiging } from './regio/regio.js';
export { REGIOS, regioVoor } from './regio/regio.js';
export type { PersoonsgegevenSoort } from './persoonsgegevens/persoonsgegevens.js';
export { isGeldigBsn, MAX_TEKST_LENGTE, normaliseerBsn } from './persoonsgegevens/persoonsgegevens.js';
export { redigeer, veiligeTekst, vindPersoonsgegevens } from './persoonsgegevens/persoonsgegevens.js';
export type { Dossier, Opwaardering, Overgang, Overgangen, Procedure } from './procedure/procedure.js';
export type { ProcedureDefinitie, ProcedureProbleemCode, VeegUitkomst } from './procedure/procedure.js';
export { MAX_GEBEURTENISSEN, PROCEDURE_CODES, procedure } from './procedure/procedure.js';
export type { OpenTermijn, Stap } from './procedure/termijnen.js';
export { stapUitCatalogus } from './procedure/termijnen.js';
export type { GedateerdeWaarde, Regel, RegelRegister, RegelWaardeType, Strenger } from './regel/regel.js';
export type { WaardeOpPeildatum } from './regel/regel.js';
export { bevries, isRegelId, REGEL_ID_PATROON, regel, regelRegister, waardeOp } from './regel/regel.js';
export { zoekRegel, zoekWaardeOp } from './regel/regel.js';
export type { OrgaanSoort, RolId, RolOmschrijving } from './rol/rollen.js';
export { breidRollenUit, isRolId, ROLLEN } from './rol/rollen.js';
export type { Pad, Probleem, Resultaat, ValidatieCode, ValideerOpties } from './resultaat/resultaat.js';
export { ok, probleem, problemen, VALIDATIE_CODES, valideer } from './resultaat/resultaat.js';
export { validatieMelding, zodMelding } from './resultaat/resultaat.js';
export { bronSchema, duurSchema, isoDatumSchema } from './resultaat/schemas.js';
export { schoolkalenderInstellingenSchema, tijdstipSchema } from './resultaat/schemas.js';
export type { TermijnFase, TermijnStatus, TermijnStatusOpties } from './termijn/status.js';
export { termijnStatus } from './termijn/status.js';
export type { Duur, Opschorting, Eenheid, Grondslag, SpoorCode, SpoorStap } from './termijn/termijn.js';
export type { TermijnInvoer, TermijnUitkomst } from './termijn/termijn.js';
export { berekenTermijn, duurTekst, EENHEDEN, leesbareDatum } from './termijn/termijn.js';
export type { Verantwoording } from './verantwoording/verantwoording.js';
export { inhoudHash, kernVersie, registerVerantwoording } from './verantwoording/verantwoording.js';
export { verantwoording } from './verantwoording/verantwoording.js';
