import { Page } from '../../ui/Page';

export function VerifyResultPage() {
  return <Page title="VerifyResultPage" />;
}
