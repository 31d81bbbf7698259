import { Page } from '../../ui/Page';

export function MyLearningPage() {
  return <Page title="MyLearningPage" />;
}
