import { STATUS_LIST_SIZE } from '@fascicle/credentials';
import type { AppConfig } from '../config/app-config.js';

/** Where a certificate's public pieces live, all under PUBLIC_URL. */
export function certificateUrls(config: AppConfig) {
  const base = config.publicUrl;
  return {
    issuer: { id: `${base}/issuer`, name: config.providerName, url: base },
    credentialBase: `${base}/credentials`,
    verifyPage: (code: string) => `${base}/verify/${encodeURIComponent(code)}`,
    /** Certificates are spread over status lists of STATUS_LIST_SIZE entries each. */
    statusList: (statusListIndex: number) =>
      `${base}/credentials/status/${Math.floor(statusListIndex / STATUS_LIST_SIZE)}`,
  };
}

/** The position of a certificate's bit inside its status list. */
export function bitInList(statusListIndex: number): number {
  return statusListIndex % STATUS_LIST_SIZE;
}
