import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@fascicle/common';
import { ConnectionArgs, pageComplexity } from '../common/pagination/connection.args.js';
import { toConnection, type Connection } from '../common/pagination/connection.js';
import { IdArg } from '../common/validation/id-arg.js';
import { CurrentPrincipal, Roles } from '../identity/auth/decorators.js';
import type { Principal } from '../identity/auth/principal.js';
import { AdverseEvents } from './adverse-events.service.js';
import { ClinicAdverseEventsArgs } from './dto/clinic-events.args.js';
import { RecordAdverseEventInput, RecordTreatmentCountInput } from './dto/adverse-event.input.js';
import {
  AdverseEventConnection,
  AdverseEventModel,
  AdverseEventSummaryModel,
  ClinicAdverseEventRateModel,
  TreatmentCountModel,
} from './models/adverse-event.model.js';

/** Clinicians log adverse events from their practice; clinics and instructors see figures. */
@Resolver()
export class AdverseEventsResolver {
  constructor(private readonly events: AdverseEvents) {}

  @Mutation(() => AdverseEventModel, {
    description:
      'Record an adverse event from your own practice, with nothing that identifies the patient',
  })
  async recordAdverseEvent(
    @Args('input') input: RecordAdverseEventInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AdverseEventModel> {
    return AdverseEventModel.from(await this.events.record(input, principal));
  }

  @Mutation(() => TreatmentCountModel, {
    description:
      "Record how many dry needling treatments you gave on a day (for your clinic's rate)",
  })
  async recordTreatmentCount(
    @Args('input') input: RecordTreatmentCountInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<TreatmentCountModel> {
    const row = await this.events.recordTreatmentCount(input, principal);
    return { date: row.treatedOn, count: row.count };
  }

  @Query(() => AdverseEventConnection, {
    description: 'Adverse events you recorded, newest first',
    complexity: pageComplexity,
  })
  async myAdverseEvents(
    @Args() args: ConnectionArgs,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Connection<AdverseEventModel>> {
    const rows = await this.events.mine(principal.userId, args);
    return toConnection(
      rows,
      args.first,
      (r) => r.recordedAt.toISOString(),
      AdverseEventModel.from,
    );
  }

  @Query(() => AdverseEventConnection, {
    description: "Your clinic's members' adverse events, newest first (the clinic's admins only)",
    complexity: pageComplexity,
  })
  async clinicAdverseEvents(
    @Args() args: ClinicAdverseEventsArgs,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Connection<AdverseEventModel>> {
    const rows = await this.events.clinicPage(args.organizationId, principal, args);
    return toConnection(
      rows,
      args.first,
      (r) => r.recordedAt.toISOString(),
      AdverseEventModel.from,
    );
  }

  @Query(() => ClinicAdverseEventRateModel, {
    description:
      "Your clinic's event count and events per 1,000 treatments where members log treatments (the clinic's admins only)",
  })
  async clinicAdverseEventRate(
    @IdArg('organizationId') organizationId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ClinicAdverseEventRateModel> {
    return Object.assign(
      new ClinicAdverseEventRateModel(),
      await this.events.clinicRate(organizationId, principal),
    );
  }

  @Roles(Role.INSTRUCTOR, Role.ADMIN)
  @Query(() => AdverseEventSummaryModel, {
    description:
      'Adverse events recorded on the platform by type, each group only when it holds at least five events (instructors and admins)',
  })
  async adverseEventSummary(): Promise<AdverseEventSummaryModel> {
    return Object.assign(new AdverseEventSummaryModel(), await this.events.summary());
  }
}
