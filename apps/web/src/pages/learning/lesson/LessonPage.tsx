import { Page } from '../../../ui/Page';

export function LessonPage() {
  return <Page title="LessonPage" />;
}
