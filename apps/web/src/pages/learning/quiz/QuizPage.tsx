import { Page } from '../../../ui/Page';

export function QuizPage() {
  return <Page title="QuizPage" />;
}
