/**
 * "Self-paced online: 95 min · Live or in-person: 0 min", as the certificate prints it.
 * Imports nothing: the web app's certificate and verification pages use the same words.
 */
export function minutesSplitText(onlineMinutes: number, liveMinutes: number): string {
  return `Self-paced online: ${onlineMinutes} min · Live or in-person: ${liveMinutes} min`;
}
