import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('EmailPreferences', {
  description: 'Optional emails; links a person asked for (password reset, invitations) always go',
})
export class EmailPreferencesModel {
  @Field({ description: 'Reminders before your own credentials expire' })
  credentialReminders: boolean;

  @Field({ description: "As a clinic admin, notices about your members' credentials" })
  clinicNotices: boolean;

  @Field({
    description:
      'When a course you completed publishes a version that corrects safety or legal content (the notice stays on your transcript either way)',
  })
  courseCorrections: boolean;
}
