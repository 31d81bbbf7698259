import { Page } from '../../ui/Page';

export function TranscriptPage() {
  return <Page title="TranscriptPage" />;
}
