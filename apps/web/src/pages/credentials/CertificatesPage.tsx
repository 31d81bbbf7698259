import { Page } from '../../ui/Page';

export function CertificatesPage() {
  return <Page title="CertificatesPage" />;
}
