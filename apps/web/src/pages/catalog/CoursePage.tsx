import { Page } from '../../ui/Page';

export function CoursePage() {
  return <Page title="CoursePage" />;
}
