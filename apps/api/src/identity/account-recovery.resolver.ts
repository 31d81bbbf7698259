import { Args, ArgsType, Field, Mutation, Resolver } from '@nestjs/graphql';
import { IsEmail, MaxLength } from 'class-validator';
import { NormalizeEmail } from '../common/validation/normalize.js';
import { RequestLimiter } from '../rate-limits/request-limiter.js';
import { AccountRecoveryService } from './account-recovery.service.js';
import { ClientAddress, CurrentPrincipal, Public } from './auth/decorators.js';
import type { Principal } from './auth/principal.js';
import { ResetPasswordInput } from './dto/reset-password.input.js';

@ArgsType()
class PasswordResetArgs {
  @Field()
  @NormalizeEmail()
  @IsEmail({}, { message: 'Enter your email address, like name@example.com' })
  @MaxLength(254)
  email: string;
}

@ArgsType()
class TokenArgs {
  @Field({ description: 'The token from the link in the email' })
  @MaxLength(200)
  token: string;
}

/** Forgotten passwords and email verification, by links sent by email. */
@Resolver()
export class AccountRecoveryResolver {
  constructor(
    private readonly recovery: AccountRecoveryService,
    private readonly limits: RequestLimiter,
  ) {}

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Email a password-reset link (valid 30 minutes) if the address has an account. Answers true either way, so it reveals no accounts.',
  })
  async requestPasswordReset(
    @Args() { email }: PasswordResetArgs,
    @ClientAddress() address: string,
  ): Promise<boolean> {
    await this.limits.take('passwordReset', address);
    await this.recovery.requestPasswordReset(email);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      "Set a new password with a reset link's token (once); every session of the account ends",
  })
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    await this.recovery.resetPassword(input.token, input.newPassword);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description: "Verify the account's email address with the link's token (once)",
  })
  async verifyEmail(@Args() { token }: TokenArgs): Promise<boolean> {
    await this.recovery.verifyEmail(token);
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'Send the email-verification link again (at most 3 an hour); false when the address is verified already',
  })
  resendVerificationEmail(@CurrentPrincipal() principal: Principal): Promise<boolean> {
    return this.recovery.sendVerification(principal.userId);
  }
}
