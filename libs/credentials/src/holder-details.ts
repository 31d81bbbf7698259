/** What a certificate prints of its holder, and what their profile says now. */
export interface HolderDetails {
  holderName: string;
  licenseNumber: string | null;
  licenseState: string | null;
}

/**
 * Whether a certificate's holder details differ from the holder's profile now: their name
 * or their primary license was corrected after issue, so the certificate can be reissued.
 */
export function holderDetailsChanged(printed: HolderDetails, current: HolderDetails): boolean {
  return (
    printed.holderName !== current.holderName ||
    (printed.licenseNumber ?? null) !== (current.licenseNumber ?? null) ||
    (printed.licenseState ?? null) !== (current.licenseState ?? null)
  );
}
