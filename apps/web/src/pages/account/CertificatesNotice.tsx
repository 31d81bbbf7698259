import { Link } from 'react-router';

/** After the name or the printed license changed: certificates already issued keep the old. */
export function CertificatesNotice() {
  return (
    <p>
      Certificates you earn from now on print the new details. Those you already hold keep what they
      printed: you can reissue them from <Link to="/certificates">your certificates</Link>.
    </p>
  );
}
