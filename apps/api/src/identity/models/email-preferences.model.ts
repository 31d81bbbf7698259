import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('EmailPreferences', {
  description: 'Optional emails; links a person asked for (password reset, invitations) always go',
})
export class EmailPreferencesModel {
  @Field({ description: 'Reminders before your own credentials expire' })
  credentialReminders: boolean;

  @Field({ description: "As a clinic admin, notices about your members' credentials" })
  clinicNotices: boolean;
}
