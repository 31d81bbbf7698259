import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CourseEntity } from '../catalog/entities/course.entity.js';
import { InvalidInputError } from '../common/errors/domain-error.js';
import { CredentialProgramEntity } from '../credentials/entities/credential-program.entity.js';
import type { Principal } from '../identity/auth/principal.js';
import { RequiredCredentialEntity } from './entities/required-credential.entity.js';
import { OrganizationsService } from './organizations.service.js';

@Injectable()
export class RequiredCredentialsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organizations: OrganizationsService,
  ) {}

  async add(
    input: {
      organizationId: string;
      label: string;
      programId?: string | null;
      courseId?: string | null;
    },
    principal: Principal,
  ) {
    await this.organizations.asAdmin(input.organizationId, principal);
    if (!input.programId === !input.courseId) {
      throw InvalidInputError.of('programId', 'give exactly one of programId and courseId');
    }
    const exists = input.programId
      ? await this.db.manager.existsBy(CredentialProgramEntity, { id: input.programId })
      : await this.db.manager.existsBy(CourseEntity, { id: input.courseId! });
    if (!exists) {
      throw InvalidInputError.of(
        input.programId ? 'programId' : 'courseId',
        'no such program or course',
      );
    }
    const saved = await this.db.manager.save(
      this.db.manager.create(RequiredCredentialEntity, {
        organizationId: input.organizationId,
        label: input.label,
        programId: input.programId ?? null,
        courseId: input.courseId ?? null,
      }),
    );
    return { id: saved.id, label: saved.label };
  }
}
