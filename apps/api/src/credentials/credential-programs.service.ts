import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { CredentialKind } from '@fascicle/catalog';
import { AuditService } from '../audit/audit.service.js';
import { CatalogReader } from '../catalog/catalog-reader.js';
import { ConflictError, InvalidInputError } from '../common/errors/domain-error.js';
import type { Principal } from '../identity/auth/principal.js';
import type { CreateCredentialProgramInput } from './dto/credentials.input.js';
import { CredentialProgramCourseEntity } from './entities/credential-program-course.entity.js';
import { CredentialProgramEntity } from './entities/credential-program.entity.js';
import type { CredentialProgramModel } from './models/credential-program.model.js';
import { isUniqueViolation } from '../common/database/unique-violation.js';

@Injectable()
export class CredentialProgramsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly catalog: CatalogReader,
  ) {}

  async create(
    input: CreateCredentialProgramInput,
    principal: Principal,
  ): Promise<CredentialProgramModel> {
    const courses = await this.catalog.coursesByIds(input.courseIds);
    if (courses.some((course) => !course?.publishedVersionId)) {
      throw InvalidInputError.of('courseIds', 'courseIds must name published courses');
    }
    try {
      return await this.db.transaction(async (manager) => {
        const { courseIds, ...fields } = input;
        const program = await manager.save(
          manager.create(CredentialProgramEntity, {
            ...fields,
            // GraphQL fills these in; a caller inside the API may leave them out.
            credentialKind: fields.credentialKind ?? CredentialKind.DIDACTIC,
            scopeStatement: fields.scopeStatement ?? '',
          }),
        );
        await manager.insert(
          CredentialProgramCourseEntity,
          courseIds.map((courseId) => ({ programId: program.id, courseId })),
        );
        await this.audit.record(manager, {
          actorId: principal.userId,
          action: 'CREDENTIAL_PROGRAM_CREATED',
          subjectType: 'credential_program',
          subjectId: program.id,
          details: {
            slug: program.slug,
            courseIds,
            credentialKind: program.credentialKind,
            scopeStatement: program.scopeStatement,
          },
        });
        return { ...program, courseIds };
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError('Another program already uses this slug', { field: 'slug' });
      }
      throw error;
    }
  }

  /**
   * Rewords a program (title, description, kind, scope). Credentials already issued keep the
   * words they were issued with; new ones carry these.
   */
  async describe(
    programId: string,
    fields: Pick<
      CredentialProgramEntity,
      'title' | 'description' | 'credentialKind' | 'scopeStatement'
    >,
    principal: Principal,
  ): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.update(CredentialProgramEntity, { id: programId }, fields);
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'CREDENTIAL_PROGRAM_DESCRIBED',
        subjectType: 'credential_program',
        subjectId: programId,
        details: { ...fields },
      });
    });
  }

  /**
   * Changes which courses a program requires. Credentials already issued stay valid until they
   * expire; a credential earned from now on needs every course listed here.
   */
  async requireCourses(
    programId: string,
    courseIds: string[],
    principal: Principal,
  ): Promise<void> {
    const courses = await this.catalog.coursesByIds(courseIds);
    if (courseIds.length === 0 || courses.some((course) => !course?.publishedVersionId)) {
      throw InvalidInputError.of('courseIds', 'courseIds must name published courses');
    }
    await this.db.transaction(async (manager) => {
      await manager.delete(CredentialProgramCourseEntity, { programId });
      await manager.insert(
        CredentialProgramCourseEntity,
        courseIds.map((courseId) => ({ programId, courseId })),
      );
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'CREDENTIAL_PROGRAM_COURSES_CHANGED',
        subjectType: 'credential_program',
        subjectId: programId,
        details: { courseIds },
      });
    });
  }

  async list(): Promise<CredentialProgramModel[]> {
    const programs = await this.db.manager.find(CredentialProgramEntity, {
      order: { title: 'ASC' },
    });
    const links = await this.db.manager.findBy(CredentialProgramCourseEntity, {
      programId: In(programs.map((program) => program.id)),
    });
    return programs.map((program) => ({
      ...program,
      courseIds: links.filter((link) => link.programId === program.id).map((link) => link.courseId),
    }));
  }
}
