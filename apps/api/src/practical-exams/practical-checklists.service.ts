import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@fascicle/common';
import { In, type DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { CatalogReader } from '../catalog/catalog-reader.js';
import { byKey } from '../common/database/batch.js';
import { isUniqueViolation } from '../common/database/unique-violation.js';
import { ConflictError, ForbiddenError, InvalidInputError } from '../common/errors/domain-error.js';
import { Clock } from '../config/clock.js';
import { CredentialsReader } from '../credentials/credentials-reader.js';
import type { Principal } from '../identity/auth/principal.js';
import { checklistProblems } from './checklist-rules.js';
import type { CreatePracticalChecklistInput } from './dto/practical-checklist.input.js';
import { PracticalChecklistEntity } from './entities/practical-checklist.entity.js';
import { authorsOneOfProgramCourses } from './program-authors.js';

/** A program's practical checklists: created by an admin or an author of its courses, never changed. */
@Injectable()
export class PracticalChecklists {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly credentials: CredentialsReader,
    private readonly catalog: CatalogReader,
  ) {}

  /** The next version of the program's checklist (the first when it has none). */
  async create(
    input: CreatePracticalChecklistInput,
    principal: Principal,
  ): Promise<PracticalChecklistEntity> {
    const items = input.items.map((item) => ({
      key: item.key,
      label: item.label,
      critical: item.critical,
      description: item.description ?? '',
    }));
    const problems = checklistProblems(items, input.nonCriticalPassPercent);
    if (problems.length > 0) throw new InvalidInputError(problems);
    const [program] = await this.credentials.programsByIds([input.programId]);
    if (!program) throw InvalidInputError.of('programId', 'No program has this id');
    // Before the transaction: the catalog reads on its own connection (one, when embedded).
    if (
      !principal.roles.includes(Role.ADMIN) &&
      !(await authorsOneOfProgramCourses(
        this.credentials,
        this.catalog,
        input.programId,
        principal.userId,
      ))
    ) {
      throw new ForbiddenError(
        "Only an admin or an author of one of the program's courses can write its checklist",
        { field: 'programId' },
      );
    }
    try {
      return await this.db.transaction(async (manager) => {
        const latest = await manager.findOne(PracticalChecklistEntity, {
          where: { programId: input.programId },
          order: { version: 'DESC' },
        });
        const checklist = await manager.save(
          manager.create(PracticalChecklistEntity, {
            programId: input.programId,
            title: input.title,
            version: (latest?.version ?? 0) + 1,
            items,
            nonCriticalPassPercent: input.nonCriticalPassPercent,
            createdBy: principal.userId,
            createdAt: this.clock.now(),
          }),
        );
        await this.audit.record(manager, {
          actorId: principal.userId,
          action: 'PRACTICAL_CHECKLIST_CREATED',
          subjectType: 'credential_program',
          subjectId: input.programId,
          details: { checklistId: checklist.id, version: checklist.version },
        });
        return checklist;
      });
    } catch (error) {
      // Two authors saving at once took the same version number: the second tries again.
      if (isUniqueViolation(error)) {
        throw new ConflictError('Another version of this checklist was just saved; try again', {
          field: 'programId',
          reason: 'VERSION_TAKEN',
        });
      }
      throw error;
    }
  }

  /** Every version of the program's checklist, newest first. */
  forProgram(programId: string): Promise<PracticalChecklistEntity[]> {
    return this.db.manager.find(PracticalChecklistEntity, {
      where: { programId },
      order: { version: 'DESC' },
    });
  }

  async byIds(ids: readonly string[]): Promise<(PracticalChecklistEntity | null)[]> {
    const rows = await this.db.manager.findBy(PracticalChecklistEntity, { id: In([...ids]) });
    return byKey(ids, rows, (row) => row.id);
  }
}
