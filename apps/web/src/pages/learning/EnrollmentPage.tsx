import { Page } from '../../ui/Page';

export function EnrollmentPage() {
  return <Page title="EnrollmentPage" />;
}
