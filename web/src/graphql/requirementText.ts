/**
 * The gateway's requirement of a per-child rule (`schema/decide.ts`: "valid consent for this purpose
 * and your organisation and the child's open case at AVE phase 2 or higher") in Dutch. Unknown
 * phrases are left in English: the original message is shown beside it.
 */
const PHRASES: [RegExp, string][] = [
  [/your organisation's own record/g, 'een eigen dossier van uw organisatie'],
  [/your organisation taking part in the child's open case/g, 'deelname van uw organisatie aan de open casus van het kind'],
  [/valid consent for this purpose and your organisation/g, 'geldige toestemming voor dit doel en uw organisatie'],
  [/your organisation being the hub's operator \(the covenant's municipality\)/g, 'dat uw organisatie de hub beheert (de gemeente van het convenant)'],
  [/the child's open case at AVE phase (\d) or higher/g, 'de open casus van het kind in AVE-fase $1 of hoger'],
  [/a role and purpose this field is released to/g, 'een rol en doel waarvoor dit gegeven is vrijgegeven'],
  [/\) or \(/g, ') óf ('],
  [/ and /g, ' en '],
];

export function requirementInDutch(requirement: string): string {
  return PHRASES.reduce((text, [pattern, dutch]) => text.replace(pattern, dutch), requirement);
}
