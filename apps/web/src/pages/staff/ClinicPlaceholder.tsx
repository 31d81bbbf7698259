import { Page } from '../../ui/Page';

/** Stands in until the clinic screens are built (issue 8, second part). */
export function ClinicPlaceholder() {
  return (
    <Page
      title="Coming soon"
      lead="These screens are being built. Everything here is available through the API today."
    />
  );
}
