/**
 * Licensing jurisdictions: the 50 states, DC and the territories whose boards license
 * physical therapists (Puerto Rico, US Virgin Islands, Guam).
 */
// prettier-ignore
export const US_LICENSING_JURISDICTIONS = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN',
  'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH',
  'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT',
  'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'PR', 'VI', 'GU',
] as const;

export type LicensingJurisdiction = (typeof US_LICENSING_JURISDICTIONS)[number];

export function isLicensingJurisdiction(value: string): value is LicensingJurisdiction {
  return (US_LICENSING_JURISDICTIONS as readonly string[]).includes(value);
}
