import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { CatalogReader } from '../catalog/catalog-reader.js';
import { InvalidInputError, NotFoundError } from '../common/errors/domain-error.js';
import { CredentialsReader } from '../credentials/credentials-reader.js';
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
    private readonly catalog: CatalogReader,
    private readonly credentials: CredentialsReader,
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
    const [target] = input.programId
      ? await this.credentials.programsByIds([input.programId])
      : await this.catalog.coursesByIds([input.courseId!]);
    if (!target) {
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
    const requirements = await this.db.manager.find(RequiredCredentialEntity, {
      where: { organizationId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const ids = (key: 'programId' | 'courseId') =>
      requirements.flatMap((requirement) => requirement[key] ?? []);
    const programs = await this.credentials.programsByIds(ids('programId'));
    const courses = await this.catalog.coursesByIds(ids('courseId'));
    const versions = await this.catalog.versionsByIds(
      courses.flatMap((course) => course?.publishedVersionId ?? []),
    );
    const programById = new Map(programs.map((program) => [program?.id, program]));
    const courseById = new Map(courses.map((course) => [course?.id, course]));
    const versionById = new Map(versions.map((version) => [version?.id, version]));
    return requirements.map(({ id, label, programId, courseId }) => {
      const course = courseId ? courseById.get(courseId) : null;
      const version = course?.publishedVersionId
        ? versionById.get(course.publishedVersionId)
        : null;
      return {
        id,
        label,
        programId,
        courseId,
        title: (programId ? programById.get(programId)?.title : version?.title) ?? null,
        courseSlug: course?.slug ?? null,
      };
    });
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
