/**
 * "Self-paced online: 95 min · Live or in-person: 0 min", as the certificate prints it.
 * Imports nothing: the web app's certificate and verification pages use the same words.
 */
export function minutesSplitText(onlineMinutes: number, liveMinutes: number): string {
  return `Self-paced online: ${onlineMinutes} min · Live or in-person: ${liveMinutes} min`;
}

/** How a credential's instruction was delivered, from its minutes. */
export type DeliveryMethod = 'online' | 'blended' | 'in-person';

export function deliveryMethodOf(onlineMinutes: number, liveMinutes: number): DeliveryMethod {
  if (liveMinutes === 0) return 'online';
  return onlineMinutes === 0 ? 'in-person' : 'blended';
}

/** The words for a delivery method, after "Delivered": "Delivered online and in person". */
export const DELIVERY_METHOD_WORDS: Record<DeliveryMethod, string> = {
  online: 'online',
  blended: 'online and in person',
  'in-person': 'in person',
};
