import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { CredentialsReader, type Certificate } from './credentials-reader.js';

/** The credentials module's DataLoaders, made fresh for each request (see `LoaderFactory`). */
export interface CredentialsLoaders {
  certificateByEnrollmentId: DataLoader<string, Certificate | null>;
}

@Injectable()
export class CredentialsLoaderFactory {
  constructor(private readonly credentials: CredentialsReader) {}

  create(): CredentialsLoaders {
    return {
      certificateByEnrollmentId: new DataLoader((ids) =>
        this.credentials.certificatesByEnrollmentIds(ids),
      ),
    };
  }
}
