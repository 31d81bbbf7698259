import { Page } from '../../ui/Page';

export function CatalogPage() {
  return <Page title="CatalogPage" />;
}
