import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CourseEntity } from '../catalog/entities/course.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { InvalidInputError, NotFoundError } from '../common/errors/domain-error.js';
import { CredentialProgramEntity } from '../credentials/entities/credential-program.entity.js';
import type { Principal } from '../identity/auth/principal.js';
import { RequiredCredentialEntity } from './entities/required-credential.entity.js';
import { OrganizationsService } from './organizations.service.js';

export interface RequiredCredentialView {
  id: string;
  label: string;
  programId: string | null;
  courseId: string | null;
  /** The program's title, or the course's published title. */
  title: string | null;
  courseSlug: string | null;
}

@Injectable()
export class RequiredCredentialsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
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
    return this.db.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(RequiredCredentialEntity, {
          organizationId: input.organizationId,
          label: input.label,
          programId: input.programId ?? null,
          courseId: input.courseId ?? null,
        }),
      );
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'REQUIRED_CREDENTIAL_ADDED',
        subjectType: 'organization',
        subjectId: input.organizationId,
        details: { requirementId: saved.id, label: saved.label },
      });
      return saved;
    });
  }

  /**
   * What the clinic requires, oldest first, with the program's or course's title: any member
   * may see what is asked of them.
   */
  async list(organizationId: string, principal: Principal): Promise<RequiredCredentialView[]> {
    await this.organizations.membership(organizationId, principal);
    return (await this.db.query(
      `SELECT r.id, r.label, r.program_id AS "programId", r.course_id AS "courseId",
              COALESCE(p.title, v.title) AS title, c.slug AS "courseSlug"
         FROM required_credentials r
         LEFT JOIN credential_programs p ON p.id = r.program_id
         LEFT JOIN courses c ON c.id = r.course_id
         LEFT JOIN course_versions v ON v.id = c.published_version_id
        WHERE r.organization_id = $1
        ORDER BY r.created_at, r.id`,
      [organizationId],
    )) as RequiredCredentialView[];
  }

  /** Stops requiring a credential; the report drops its column at once. */
  async remove(requirementId: string, principal: Principal): Promise<void> {
    await this.db.transaction(async (manager) => {
      const requirement = await manager.findOneBy(RequiredCredentialEntity, { id: requirementId });
      const notFound = () =>
        new NotFoundError('No such required credential', { field: 'requirementId' });
      if (!requirement) throw notFound();
      // Another clinic's requirement answers like a missing one.
      await this.organizations.asAdmin(requirement.organizationId, principal, manager).catch(() => {
        throw notFound();
      });
      await manager.delete(RequiredCredentialEntity, { id: requirement.id });
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'REQUIRED_CREDENTIAL_REMOVED',
        subjectType: 'organization',
        subjectId: requirement.organizationId,
        details: { requirementId, label: requirement.label },
      });
    });
  }
}
