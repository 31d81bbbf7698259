import { Page } from '../../ui/Page';

export function EvaluationPage() {
  return <Page title="EvaluationPage" />;
}
