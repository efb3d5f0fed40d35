// The anti-pestcontract of the seed (Bijlage 2 "Voorbeeld anti-pestcontract"), as text data.

/** The introduction of the contract, paragraph by paragraph. */
export const CONTRACT_INLEIDING: readonly string[] = /* @__PURE__ */ Object.freeze([
  'Om pesten te voorkomen, worden duidelijke afspraken gemaakt. Wanneer je ruzie hebt, probeer je natuurlijk eerst om er zelf uit te komen. Mocht dat niet lukken, dan leg je het probleem aan iemand anders voor. Die persoon praat dan eventueel met beide partijen en probeert jullie te helpen.',
  'Om een pestvrije school te krijgen, is het belangrijk samen afspraken te maken en samen toe te zien op de naleving van die afspraken. Dit doen we met een anti-pestcontract.',
  'Als je het eens bent met onderstaande uitspraken, als je durft te beloven om je overeenkomstig die uitspraken te gedragen en als je bereid bent anderen te helpen zich ook aan deze uitspraken te houden, dan mag je je handtekening onder dit contract zetten.',
  'Lever het ondertekende contract in bij je leerkracht. Hij of zij zal het bewaren en je erop aanspreken als dat nodig is.',
]);

/** The promises of the contract. */
export const CONTRACT_UITSPRAKEN: readonly string[] = /* @__PURE__ */ Object.freeze([
  'Ik zal een ander respecteren.',
  'Ik zal een ander niet discrimineren.',
  'Ik zal een ander niet uitschelden.',
  'Ik zal een ander niet buitensluiten.',
  'Ik zal een ander niet bedreigen.',
  'Ik zal van andermans spullen afblijven.',
  'Ik zal niet over een ander roddelen.',
  'Ik zal mensen die zich niet aan bovenstaande regels houden, daarop aanspreken.',
]);

/** The closing promise above the signature. */
export const CONTRACT_SLOT =
  'Door mijn handtekening onder dit contract te zetten, beloof ik dat ik mijn uiterste best zal doen bovenstaande uitspraken na te leven.';
