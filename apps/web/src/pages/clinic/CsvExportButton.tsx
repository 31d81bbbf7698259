import { Button } from '../../ui/Button';
import { FormError } from '../../ui/Field';
import { useDownloadWithToken } from '../../ui/download';

/** The whole report as a spreadsheet (the API stamps who generated it and when). */
export function CsvExportButton({ url, clinicName }: { url: string; clinicName: string }) {
  const { download, busyUrl, error } = useDownloadWithToken();
  const slug = clinicName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <Button
        variant="secondary"
        busy={busyUrl === url}
        busyLabel="Preparing the CSV"
        onClick={() => void download(url, `${slug || 'clinic'}-compliance-${today}.csv`)}
      >
        Export CSV
      </Button>
      {error && <FormError message={error} />}
    </>
  );
}
