import { Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Role } from '@fascicle/common';
import { Roles } from '../identity/auth/decorators.js';
import { AuditService } from './audit.service.js';
import { AuditEventModel } from './models/audit-event.model.js';
import { IdArg } from '../common/validation/id-arg.js';

@Resolver()
export class AuditResolver {
  constructor(
    private readonly audit: AuditService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Roles(Role.ADMIN)
  @Query(() => [AuditEventModel], { description: 'What happened to a record, newest first' })
  async auditEvents(@IdArg('subjectId') subjectId: string): Promise<AuditEventModel[]> {
    return (await this.audit.forSubject(this.db.manager, subjectId)).map(AuditEventModel.from);
  }
}
