import { Page } from '../../ui/Page';

export function VerifyEntryPage() {
  return <Page title="VerifyEntryPage" />;
}
