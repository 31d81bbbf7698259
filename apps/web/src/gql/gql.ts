/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n': typeof types.ResendVerificationEmailDocument;
  '\n  fragment SessionUserFields on User {\n    id\n    email\n    displayName\n    profession\n    licenseNumber\n    licenseState\n    roles\n    emailVerified\n  }\n': typeof types.SessionUserFieldsFragmentDoc;
  '\n  mutation RefreshSession {\n    refreshToken {\n      accessToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n': typeof types.RefreshSessionDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n': typeof types.RegisterDocument;
  '\n  query SessionViewer {\n    me {\n      ...SessionUserFields\n    }\n  }\n': typeof types.SessionViewerDocument;
  '\n  query Me {\n    me {\n      id\n    }\n  }\n': typeof types.MeDocument;
  '\n  query MyClinics {\n    myOrganizations {\n      id\n      name\n      viewerRole\n    }\n  }\n': typeof types.MyClinicsDocument;
  '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n': typeof types.ChangePasswordDocument;
  '\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n': typeof types.LogoutEverywhereDocument;
  '\n  query MyEmailPreferences {\n    me {\n      id\n      emailPreferences {\n        credentialReminders\n        clinicNotices\n        courseCorrections\n      }\n    }\n  }\n': typeof types.MyEmailPreferencesDocument;
  '\n  mutation UpdateEmailPreferences($input: EmailPreferencesInput!) {\n    updateEmailPreferences(input: $input) {\n      credentialReminders\n      clinicNotices\n      courseCorrections\n    }\n  }\n': typeof types.UpdateEmailPreferencesDocument;
  '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n': typeof types.RequestPasswordResetDocument;
  '\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...SessionUserFields\n    }\n  }\n': typeof types.UpdateProfileDocument;
  '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n': typeof types.ResetPasswordDocument;
  '\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n': typeof types.VerifyEmailDocument;
  '\n  mutation DeleteMyAccount($input: DeleteAccountInput!) {\n    deleteMyAccount(input: $input)\n  }\n': typeof types.DeleteMyAccountDocument;
  '\n  fragment ProfileLicenseFields on License {\n    id\n    state\n    profession\n    number\n    status\n    effectiveStatus\n    issuedOn\n    expiresOn\n    primary\n    numberCheck {\n      status\n      message\n      sourceUrl\n    }\n  }\n': typeof types.ProfileLicenseFieldsFragmentDoc;
  '\n  query AccountLicenses {\n    me {\n      id\n      licenses {\n        ...ProfileLicenseFields\n      }\n    }\n  }\n': typeof types.AccountLicensesDocument;
  '\n  mutation SaveLicense($input: SaveLicenseInput!) {\n    saveLicense(input: $input) {\n      ...SessionUserFields\n      licenses {\n        ...ProfileLicenseFields\n      }\n    }\n  }\n': typeof types.SaveLicenseDocument;
  '\n  mutation RemoveLicense($id: ID!) {\n    removeLicense(id: $id) {\n      ...SessionUserFields\n      licenses {\n        ...ProfileLicenseFields\n      }\n    }\n  }\n': typeof types.RemoveLicenseDocument;
  '\n  query AdminAccommodationCourses($search: String) {\n    courses(search: $search, first: 50) {\n      edges {\n        node {\n          id\n          slug\n          currentVersion {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n': typeof types.AdminAccommodationCoursesDocument;
  '\n  query AdminAccommodationQuizzes($slug: String!) {\n    course(slug: $slug) {\n      id\n      slug\n      currentVersion {\n        id\n        title\n        number\n        quizzes {\n          id\n          title\n          isFinalExam\n          maxAttempts\n          timeLimitSeconds\n        }\n      }\n    }\n  }\n': typeof types.AdminAccommodationQuizzesDocument;
  '\n  mutation AdminGrantAccommodation($input: GrantQuizAccommodationInput!) {\n    grantQuizAccommodation(input: $input) {\n      id\n      learnerName\n    }\n  }\n': typeof types.AdminGrantAccommodationDocument;
  '\n  query AdminAccommodationLearners($search: String) {\n    users(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n': typeof types.AdminAccommodationLearnersDocument;
  '\n  query AdminQuizAccommodations($quizId: ID!) {\n    quiz(id: $quizId) {\n      id\n      title\n      maxAttempts\n      timeLimitSeconds\n    }\n    quizAccommodations(quizId: $quizId) {\n      id\n      userId\n      learnerName\n      extraAttempts\n      extraTimePercent\n      reason\n      grantedAt\n    }\n  }\n': typeof types.AdminQuizAccommodationsDocument;
  '\n  query AdminCourseApprovals($slug: String!) {\n    course(slug: $slug) {\n      id\n      slug\n      currentVersion {\n        id\n        title\n      }\n      approvals {\n        id\n        body\n        approvalNumber\n        validFrom\n        validUntil\n        isSample\n        status\n        minutesPerHour\n        increment\n      }\n    }\n  }\n': typeof types.AdminCourseApprovalsDocument;
  '\n  query AdminApprovalCourses($search: String) {\n    courses(search: $search, first: 50) {\n      edges {\n        node {\n          id\n          slug\n          currentVersion {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n': typeof types.AdminApprovalCoursesDocument;
  '\n  mutation AdminRecordApproval($input: RecordCourseApprovalInput!) {\n    recordCourseApproval(input: $input) {\n      id\n    }\n  }\n': typeof types.AdminRecordApprovalDocument;
  '\n  query AdminVerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      code\n      codeWellFormed\n      status\n      holderName\n      licenseNumber\n      licenseState\n      title\n      courseVersion\n      ceHours\n      completedOn\n      expiresOn\n      revokedOn\n      supersededByCode\n    }\n  }\n': typeof types.AdminVerifyCertificateDocument;
  '\n  mutation AdminRevokeCertificate($input: RevokeCertificateInput!) {\n    revokeCertificate(input: $input) {\n      id\n      code\n      status\n      revokedOn\n    }\n  }\n': typeof types.AdminRevokeCertificateDocument;
  '\n  mutation AdminSetHandsOnRequirements($input: SetHandsOnRequirementsInput!) {\n    setProgramHandsOnRequirements(input: $input) {\n      practicalExam\n    }\n  }\n': typeof types.AdminSetHandsOnRequirementsDocument;
  '\n  query AdminPrograms {\n    credentialPrograms {\n      id\n      slug\n      title\n      credentialKind\n      courses {\n        id\n        currentVersion {\n          title\n        }\n      }\n      handsOnRequirements {\n        liveMinutes {\n          sessionKind\n          minimumMinutes\n        }\n        practicalExam\n        supervisedSessions {\n          minimumCount\n          withinDays\n        }\n        supervisorRule {\n          citation\n        }\n      }\n    }\n  }\n': typeof types.AdminProgramsDocument;
  '\n  mutation AdminOverrideGates($input: OverrideCreditGatesInput!) {\n    overrideCreditGates(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.AdminOverrideGatesDocument;
  '\n  mutation AdminPublishAfterOverride($versionId: ID!) {\n    publishCourseVersion(versionId: $versionId) {\n      id\n      status\n      publishedAt\n    }\n  }\n': typeof types.AdminPublishAfterOverrideDocument;
  '\n  fragment ReviewQuizzes on CourseVersion {\n    quizzes {\n      id\n      title\n      isFinalExam\n      passingScorePercent\n      questionsPerAttempt\n      timeLimitSeconds\n      maxAttempts\n      retakeWaitMinutes\n      scoring\n      bank {\n        id\n        title\n      }\n      blueprint {\n        objective\n        count\n      }\n      blueprintPlan {\n        freshAttempts\n        retakesMayRepeat\n        problems\n      }\n    }\n    questionBanks {\n      id\n      title\n      checks {\n        ...BankChecksFields\n      }\n      questions {\n        id\n        position\n        type\n        stemMarkdown\n        objectiveTag\n        reference\n        explanationMarkdown\n        options {\n          id\n          position\n          text\n          isCorrect\n        }\n      }\n    }\n  }\n': typeof types.ReviewQuizzesFragmentDoc;
  '\n  mutation AdminPublishVersion($versionId: ID!) {\n    publishCourseVersion(versionId: $versionId) {\n      id\n      status\n      publishedAt\n    }\n  }\n': typeof types.AdminPublishVersionDocument;
  '\n  mutation AdminSendBackVersion($input: SendBackCourseVersionInput!) {\n    sendBackCourseVersion(input: $input) {\n      id\n      status\n      reviewComment\n    }\n  }\n': typeof types.AdminSendBackVersionDocument;
  '\n  query AdminReviewQueue {\n    courseReviewQueue {\n      id\n      title\n      number\n      submittedAt\n      creditMinutes\n      ceHours\n      changelog\n      course {\n        id\n        slug\n        authors {\n          userId\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.AdminReviewQueueDocument;
  '\n  query AdminReviewVersion($id: ID!) {\n    courseVersion(id: $id) {\n      id\n      title\n      number\n      status\n      summary\n      audience\n      creditMinutes\n      ceHours\n      certificateValidityMonths\n      credentialKind\n      scopeStatement\n      releasedOn\n      contentReviewedOn\n      creditEndsOn\n      objectives {\n        key\n        text\n      }\n      disclosure {\n        ...TeachDisclosureFields\n      }\n      creditReport {\n        ...CreditReportFields\n      }\n      observedTime {\n        ...ObservedTimeFields\n      }\n      changelog\n      learningObjectives\n      handsOnObjectives\n      topicTags\n      correction {\n        kinds\n        summary\n      }\n      submittedAt\n      reviewComment\n      totalSeatTimeMinutes\n      course {\n        id\n        slug\n        authors {\n          userId\n          displayName\n        }\n      }\n      modules {\n        id\n        position\n        title\n        objectives\n        lessons {\n          id\n          position\n          title\n          seatTimeMinutes\n          bodyHtml\n          references {\n            citation\n            url\n          }\n        }\n      }\n      ...ReviewQuizzes\n    }\n  }\n': typeof types.AdminReviewVersionDocument;
  '\n  fragment RuleVersionFields on DryNeedlingRuleVersion {\n    id\n    state\n    stateName\n    status\n    summary\n    effective\n    trainingRequired\n    trainingHours\n    inPersonHours\n    onlineHoursAllowed\n    practicalExam\n    trainingWithinYears\n    yearsLicensed\n    supervisedSessions\n    boardFiling\n    delegation\n    consentAndRecords\n    requirementsConfirmed\n    sources {\n      citation\n      kind\n      url\n      effective\n      checkedOn\n    }\n    unconfirmed\n    reason\n    recordedByAdmin\n    recordedAt\n    current\n  }\n': typeof types.RuleVersionFieldsFragmentDoc;
  '\n  query AdminDryNeedlingRules {\n    dryNeedlingRules {\n      ...RuleVersionFields\n    }\n  }\n': typeof types.AdminDryNeedlingRulesDocument;
  '\n  query AdminDryNeedlingRuleHistory($state: String!) {\n    dryNeedlingRuleHistory(state: $state) {\n      ...RuleVersionFields\n    }\n  }\n': typeof types.AdminDryNeedlingRuleHistoryDocument;
  '\n  mutation AdminRecordDryNeedlingRule($input: RecordDryNeedlingRuleInput!) {\n    recordDryNeedlingRule(input: $input) {\n      ...RuleVersionFields\n    }\n  }\n': typeof types.AdminRecordDryNeedlingRuleDocument;
  '\n  mutation AdminSetUserRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) {\n      id\n      roles\n    }\n  }\n': typeof types.AdminSetUserRolesDocument;
  '\n  query AdminUsers($search: String, $after: String) {\n    users(search: $search, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          displayName\n          email\n          profession\n          createdAt\n          roles\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.AdminUsersDocument;
  '\n  query Catalog(\n    $search: String\n    $topic: String\n    $minCeHours: Float\n    $maxCeHours: Float\n    $approval: ApprovalFilter\n    $after: String\n  ) {\n    courses(\n      search: $search\n      topic: $topic\n      minCeHours: $minCeHours\n      maxCeHours: $maxCeHours\n      approval: $approval\n      first: 20\n      after: $after\n    ) {\n      edges {\n        node {\n          id\n          slug\n          approvals {\n            id\n            body\n            status\n            isSample\n          }\n          currentVersion {\n            id\n            title\n            summary\n            ceHours\n            creditMinutes\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.CatalogDocument;
  '\n  query CoursePage($slug: String!) {\n    course(slug: $slug) {\n      id\n      slug\n      authors {\n        userId\n        displayName\n      }\n      approvals {\n        id\n        body\n        approvalNumber\n        status\n        validFrom\n        validUntil\n        isSample\n      }\n      prerequisites {\n        id\n        slug\n        currentVersion {\n          id\n          title\n        }\n      }\n      currentVersion {\n        id\n        number\n        title\n        summary\n        audience\n        ceHours\n        creditMinutes\n        credentialKind\n        scopeStatement\n        releasedOn\n        creditEndsOn\n        contentReviewedOn\n        contactHours {\n          label\n          approvalNumber\n          text\n        }\n        disclosure {\n          contributors {\n            name\n            credentials\n            role\n            relationships {\n              company\n              nature\n            }\n            mitigation\n          }\n          commercialSupport {\n            company\n            nature\n          }\n        }\n        certificateValidityMonths\n        learningObjectives\n        handsOnObjectives\n        totalSeatTimeMinutes\n        topicTags\n        publishedAt\n        modules {\n          id\n          position\n          title\n          objectives\n          lessons {\n            id\n            title\n            seatTimeMinutes\n          }\n          quiz {\n            id\n            title\n          }\n        }\n        finalExam {\n          id\n          title\n        }\n      }\n    }\n  }\n': typeof types.CoursePageDocument;
  '\n  query CourseEnrollments {\n    myEnrollments {\n      id\n      courseId\n      status\n    }\n  }\n': typeof types.CourseEnrollmentsDocument;
  '\n  mutation Enroll($courseId: ID!) {\n    enroll(courseId: $courseId) {\n      id\n      courseId\n      status\n    }\n  }\n': typeof types.EnrollDocument;
  '\n  query ClinicInvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      organizationName\n      email\n      role\n      state\n      expiresAt\n    }\n  }\n': typeof types.ClinicInvitationPreviewDocument;
  '\n  mutation ClinicAcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      name\n      viewerRole\n      viewerMembershipId\n    }\n  }\n': typeof types.ClinicAcceptInvitationDocument;
  '\n  mutation ClinicAddRequiredCredential($input: AddRequiredCredentialInput!) {\n    addRequiredCredential(input: $input) {\n      id\n      label\n    }\n  }\n': typeof types.ClinicAddRequiredCredentialDocument;
  '\n  query ClinicComplianceTotals($id: ID!) {\n    organization(id: $id) {\n      id\n      complianceReport(first: 1) {\n        generatedAt\n        csvUrl\n        requirements {\n          id\n          label\n        }\n        totals {\n          status\n          count\n        }\n      }\n    }\n  }\n': typeof types.ClinicComplianceTotalsDocument;
  '\n  query ClinicHeader($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      viewerRole\n      viewerMembershipId\n    }\n  }\n': typeof types.ClinicHeaderDocument;
  '\n  query ClinicPractiseState($id: ID!) {\n    organization(id: $id) {\n      id\n      state\n    }\n  }\n': typeof types.ClinicPractiseStateDocument;
  '\n  mutation SetClinicState($input: SetOrganizationStateInput!) {\n    setOrganizationState(input: $input) {\n      id\n      state\n    }\n  }\n': typeof types.SetClinicStateDocument;
  '\n  query ClinicList {\n    myOrganizations {\n      id\n      name\n      viewerRole\n    }\n  }\n': typeof types.ClinicListDocument;
  '\n  mutation ClinicCreate($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      viewerRole\n    }\n  }\n': typeof types.ClinicCreateDocument;
  '\n  mutation ClinicInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n    }\n  }\n': typeof types.ClinicInviteMemberDocument;
  '\n  mutation ClinicLeave($membershipId: ID!) {\n    endMembership(membershipId: $membershipId)\n  }\n': typeof types.ClinicLeaveDocument;
  '\n  mutation ClinicChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n': typeof types.ClinicChangeMemberRoleDocument;
  '\n  mutation ClinicEndMembership($membershipId: ID!) {\n    endMembership(membershipId: $membershipId)\n  }\n': typeof types.ClinicEndMembershipDocument;
  '\n  query ClinicMembers($id: ID!) {\n    organizationMembers(organizationId: $id) {\n      id\n      userId\n      displayName\n      email\n      role\n      requiredToHold\n      joinedAt\n    }\n  }\n': typeof types.ClinicMembersDocument;
  '\n  query ClinicPendingInvitations($id: ID!) {\n    pendingInvitations(organizationId: $id) {\n      id\n      email\n      role\n      invitedAt\n      expiresAt\n    }\n  }\n': typeof types.ClinicPendingInvitationsDocument;
  '\n  mutation ClinicCancelInvitation($invitationId: ID!) {\n    cancelInvitation(invitationId: $invitationId)\n  }\n': typeof types.ClinicCancelInvitationDocument;
  '\n  mutation ClinicRemoveRequiredCredential($requirementId: ID!) {\n    removeRequiredCredential(requirementId: $requirementId)\n  }\n': typeof types.ClinicRemoveRequiredCredentialDocument;
  '\n  mutation ClinicSetMemberRequirement($input: SetMemberRequirementInput!) {\n    setMemberRequirement(input: $input) {\n      id\n      requiredToHold\n    }\n  }\n': typeof types.ClinicSetMemberRequirementDocument;
  '\n  query ClinicRequiredCredentials($id: ID!) {\n    requiredCredentials(organizationId: $id) {\n      id\n      label\n      programId\n      courseId\n      title\n      courseSlug\n    }\n    credentialPrograms {\n      id\n      title\n      courseIds\n    }\n    courses(first: 100) {\n      edges {\n        node {\n          id\n          slug\n          currentVersion {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n': typeof types.ClinicRequiredCredentialsDocument;
  '\n  query ClinicMyRequiredCredentials($id: ID!) {\n    myRequiredCredentials(organizationId: $id) {\n      requirementId\n      label\n      status\n      certificateCode\n      completedOn\n      expiresOn\n      revokedOn\n    }\n  }\n': typeof types.ClinicMyRequiredCredentialsDocument;
  '\n  query ClinicRoster(\n    $id: ID!\n    $status: ComplianceStatus\n    $sort: ComplianceSort!\n    $after: String\n    $eligibleHere: Boolean\n  ) {\n    organization(id: $id) {\n      id\n      complianceReport(\n        first: 25\n        after: $after\n        status: $status\n        sort: $sort\n        eligibleHere: $eligibleHere\n      ) {\n        state\n        eligibilityReminder\n        members {\n          edges {\n            cursor\n            node {\n              membershipId\n              displayName\n              email\n              role\n              licenseNumber\n              licenseState\n              nextExpiry\n              worstStatus\n              credentials {\n                requirementId\n                label\n                status\n                certificateCode\n                completedOn\n                expiresOn\n                revokedOn\n              }\n              eligibility {\n                state\n                verdict\n                missing\n                checkedOn\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n': typeof types.ClinicRosterDocument;
  '\n    query Report($id: ID!) {\n      organization(id: $id) {\n        id\n        name\n        complianceReport(first: 1) {\n          generatedAt\n        }\n      }\n    }\n  ': typeof types.ReportDocument;
  '\n          fragment N on Organization {\n            name\n          }\n        ': typeof types.NFragmentDoc;
  '\n  fragment TranscriptCorrectionNoticeFields on CorrectionNotice {\n    id\n    versionNumber\n    kinds\n    summary\n    createdAt\n    readAt\n  }\n': typeof types.TranscriptCorrectionNoticeFieldsFragmentDoc;
  '\n  mutation AcknowledgeCorrectionNotice($id: ID!) {\n    acknowledgeCorrectionNotice(id: $id) {\n      id\n      readAt\n    }\n  }\n': typeof types.AcknowledgeCorrectionNoticeDocument;
  '\n  query MyCertificates {\n    myCertificates {\n      id\n      code\n      kind\n      title\n      courseVersion\n      ceHours\n      creditMinutes\n      onlineMinutes\n      liveMinutes\n      credentialKind\n      scopeStatement\n      completedOn\n      expiresOn\n      revokedOn\n      status\n      holderName\n      licenseNumber\n      licenseState\n      reissuable\n      pdfUrl\n      verifyUrl\n      approvals {\n        body\n        approvalNumber\n        isSample\n        hoursText\n      }\n    }\n  }\n': typeof types.MyCertificatesDocument;
  '\n  mutation ReissueCertificate($code: String!) {\n    reissueCertificate(code: $code) {\n      id\n      code\n    }\n  }\n': typeof types.ReissueCertificateDocument;
  '\n  query MyTranscript {\n    myTranscript {\n      totalHours\n      csvUrl\n      years {\n        year\n        hours\n      }\n      certificates {\n        id\n        code\n        kind\n        title\n        ceHours\n        onlineMinutes\n        liveMinutes\n        completedOn\n        expiresOn\n        status\n        correctionNotices {\n          ...TranscriptCorrectionNoticeFields\n        }\n      }\n    }\n  }\n': typeof types.MyTranscriptDocument;
  '\n  fragment EligibilityAnswerFields on DryNeedlingEligibility {\n    userId\n    state\n    stateName\n    onDate\n    verdict\n    summary\n    requirements {\n      kind\n      required\n      met\n      found\n      evidence {\n        kind\n        id\n        label\n        date\n        minutes\n      }\n    }\n    steps\n    unconfirmed\n    ruleEffective\n    rulesCheckedOn\n    sources {\n      citation\n      kind\n      url\n      effective\n      checkedOn\n    }\n    reminder\n  }\n': typeof types.EligibilityAnswerFieldsFragmentDoc;
  '\n  query MyDryNeedlingEligibility {\n    myDryNeedlingEligibility {\n      ...EligibilityAnswerFields\n    }\n  }\n': typeof types.MyDryNeedlingEligibilityDocument;
  '\n  query DryNeedlingEligibilityCheck($state: String!, $onDate: String) {\n    dryNeedlingEligibility(state: $state, onDate: $onDate) {\n      ...EligibilityAnswerFields\n    }\n  }\n': typeof types.DryNeedlingEligibilityCheckDocument;
  '\n  mutation CorrectLiveAttendance($input: CorrectLiveAttendanceInput!) {\n    correctLiveAttendance(input: $input) {\n      userId\n      checkedInAt\n      checkedOutAt\n      creditedMinutes\n      outcome\n      corrected\n    }\n  }\n': typeof types.CorrectLiveAttendanceDocument;
  '\n  query LabRoster($sessionId: ID!, $after: String) {\n    liveSessionAttendance(sessionId: $sessionId, first: 50, after: $after) {\n      edges {\n        node {\n          userId\n          learnerName\n          checkedInAt\n          checkedOutAt\n          creditedMinutes\n          outcome\n          corrected\n          correctionReason\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.LabRosterDocument;
  '\n  query CheckInSession($sessionId: ID!) {\n    liveSession(id: $sessionId) {\n      id\n      title\n      venue\n      startsAt\n      endsAt\n      cancelledAt\n      myRegistration {\n        id\n        status\n      }\n      myAttendance {\n        checkedInAt\n        checkedOutAt\n        creditedMinutes\n        outcome\n      }\n    }\n  }\n': typeof types.CheckInSessionDocument;
  '\n  mutation CheckIn($sessionId: ID!, $code: String!) {\n    checkInToLiveSession(sessionId: $sessionId, code: $code) {\n      checkedInAt\n      checkedOutAt\n      creditedMinutes\n      outcome\n    }\n  }\n': typeof types.CheckInDocument;
  '\n  query LabCheckInCode($sessionId: ID!) {\n    liveSessionCheckInCode(sessionId: $sessionId) {\n      code\n      url\n      qrSvg\n      expiresAt\n    }\n  }\n': typeof types.LabCheckInCodeDocument;
  '\n  query HybridPrograms {\n    credentialPrograms {\n      id\n      title\n      handsOnRequirements {\n        practicalExam\n      }\n    }\n  }\n': typeof types.HybridProgramsDocument;
  '\n  query LabSession($sessionId: ID!) {\n    liveSession(id: $sessionId) {\n      id\n      kind\n      title\n      venue\n      startsAt\n      endsAt\n      cancelledAt\n      programId\n    }\n  }\n': typeof types.LabSessionDocument;
  '\n  query LabChecklist($programId: ID!) {\n    practicalChecklists(programId: $programId) {\n      id\n      title\n      version\n    }\n  }\n': typeof types.LabChecklistDocument;
  '\n  query ProgramProgressPage($programId: ID!) {\n    credentialPrograms {\n      id\n      title\n      description\n      courses {\n        id\n        slug\n        currentVersion {\n          id\n          title\n        }\n      }\n      handsOnRequirements {\n        liveMinutes {\n          sessionKind\n          minimumMinutes\n        }\n        practicalExam\n        supervisedSessions {\n          minimumCount\n          withinDays\n        }\n      }\n    }\n    myProgramProgress(programId: $programId) {\n      programId\n      met\n      liveMinutes\n      supervisedSessionsCounted\n      startedOn\n      missing {\n        kind\n        message\n        courseId\n        neededMinutes\n        neededCount\n      }\n    }\n    myPracticalExams(first: 50) {\n      edges {\n        node {\n          id\n          programId\n          checklistTitle\n          examinedOn\n          passed\n          current\n          examinerName\n          criticalFailed {\n            key\n            label\n          }\n        }\n      }\n    }\n  }\n': typeof types.ProgramProgressPageDocument;
  '\n  fragment PracticalExamFields on PracticalExam {\n    id\n    checklistId\n    checklistTitle\n    checklistVersion\n    programId\n    candidateId\n    candidateName\n    examinerName\n    examinedOn\n    sessionId\n    passed\n    reasons\n    summary\n    replacesId\n    correctionReason\n    replacedById\n    current\n    signedAt\n    signatureValid\n    results {\n      key\n      label\n      critical\n      passed\n      notes\n    }\n    criticalFailed {\n      key\n      label\n    }\n  }\n': typeof types.PracticalExamFieldsFragmentDoc;
  '\n  query PracticalExamSetup($programId: ID!, $candidateId: ID!) {\n    practicalChecklists(programId: $programId) {\n      id\n      title\n      version\n      nonCriticalPassPercent\n      items {\n        key\n        label\n        critical\n        description\n      }\n    }\n    practicalExams(candidateId: $candidateId, first: 20) {\n      edges {\n        node {\n          ...PracticalExamFields\n        }\n      }\n    }\n  }\n': typeof types.PracticalExamSetupDocument;
  '\n  mutation RecordPracticalExam($input: RecordPracticalExamInput!) {\n    recordPracticalExam(input: $input) {\n      ...PracticalExamFields\n    }\n  }\n': typeof types.RecordPracticalExamDocument;
  '\n  mutation CorrectPracticalExam(\n    $recordId: ID!\n    $input: PracticalExamSittingInput!\n    $reason: String!\n  ) {\n    correctPracticalExam(recordId: $recordId, input: $input, reason: $reason) {\n      ...PracticalExamFields\n    }\n  }\n': typeof types.CorrectPracticalExamDocument;
  '\n  query EnrollmentOverview($id: ID!) {\n    enrollment(id: $id) {\n      id\n      status\n      certificate {\n        id\n        code\n      }\n      courseVersion {\n        id\n        title\n        ceHours\n        course {\n          id\n          slug\n        }\n        modules {\n          id\n          title\n          lessons {\n            id\n            title\n            seatTimeMinutes\n          }\n          quiz {\n            id\n            title\n          }\n        }\n        finalExam {\n          id\n          title\n        }\n      }\n      progressReport {\n        evaluationSubmitted\n        steps {\n          kind\n          message\n          lessonId\n          quizId\n        }\n        lessons {\n          lessonId\n          completed\n          creditedSeconds\n          requiredSeconds\n        }\n        quizzes {\n          quizId\n          passed\n        }\n      }\n    }\n  }\n': typeof types.EnrollmentOverviewDocument;
  '\n  query EvaluationContext($id: ID!) {\n    enrollment(id: $id) {\n      id\n      courseVersion {\n        id\n        title\n      }\n      progressReport {\n        evaluationSubmitted\n      }\n      certificate {\n        id\n        code\n      }\n    }\n  }\n': typeof types.EvaluationContextDocument;
  '\n  mutation SubmitCourseEvaluation($input: CourseEvaluationInput!) {\n    submitCourseEvaluation(input: $input) {\n      id\n      code\n    }\n  }\n': typeof types.SubmitCourseEvaluationDocument;
  '\n  query MyLearning {\n    myEnrollments {\n      id\n      status\n      enrolledAt\n      completedAt\n      courseVersion {\n        id\n        title\n        ceHours\n      }\n      certificate {\n        id\n        code\n      }\n      progressReport {\n        evaluationSubmitted\n        lessons {\n          lessonId\n          completed\n        }\n        quizzes {\n          quizId\n          passed\n        }\n      }\n    }\n  }\n': typeof types.MyLearningDocument;
  '\n  fragment LessonMediaFields on LessonMedia {\n    id\n    kind\n    position\n    url\n    width\n    height\n    altText\n    captionsUrl\n    transcript\n  }\n': typeof types.LessonMediaFieldsFragmentDoc;
  '\n  query LessonReader($enrollmentId: ID!) {\n    enrollment(id: $enrollmentId) {\n      id\n      courseVersion {\n        id\n        title\n        modules {\n          id\n          title\n          lessons {\n            id\n            title\n            bodyHtml\n            seatTimeMinutes\n            media {\n              ...LessonMediaFields\n            }\n            references {\n              citation\n              url\n            }\n          }\n        }\n      }\n      progressReport {\n        lessons {\n          lessonId\n          creditedSeconds\n          requiredSeconds\n          watchedSeconds\n          videoSeconds\n          completed\n        }\n      }\n    }\n  }\n': typeof types.LessonReaderDocument;
  '\n  mutation RecordLessonActivity(\n    $lessonId: ID!\n    $resumed: Boolean!\n    $reachedEnd: Boolean!\n    $playing: Boolean!\n  ) {\n    recordLessonActivity(\n      lessonId: $lessonId\n      resumed: $resumed\n      reachedEnd: $reachedEnd\n      playing: $playing\n    ) {\n      lessonId\n      enrollmentId\n      creditedSeconds\n      requiredSeconds\n      watchedSeconds\n      videoSeconds\n      completed\n    }\n  }\n': typeof types.RecordLessonActivityDocument;
  '\n  mutation CompleteLesson($lessonId: ID!) {\n    completeLesson(lessonId: $lessonId) {\n      lessonId\n      enrollmentId\n      creditedSeconds\n      requiredSeconds\n      watchedSeconds\n      videoSeconds\n      completed\n    }\n  }\n': typeof types.CompleteLessonDocument;
  '\n  fragment AttemptFields on QuizAttempt {\n    id\n    quizId\n    attemptNumber\n    status\n    startedAt\n    secondsRemaining\n    submittedAt\n    submittedLate\n    result {\n      scorePercent\n      scorePoints\n      maxPoints\n      passed\n      showsCorrectness\n      showsKey\n    }\n    questions {\n      questionId\n      position\n      type\n      stemHtml\n      selectedOptionIds\n      options {\n        id\n        text\n      }\n      review {\n        correct\n        points\n        correctOptionIds\n        explanationHtml\n        reference\n      }\n    }\n  }\n': typeof types.AttemptFieldsFragmentDoc;
  '\n  query QuizPage($quizId: ID!) {\n    quiz(id: $quizId) {\n      id\n      title\n      isFinalExam\n      passingScorePercent\n      questionsPerAttempt\n      timeLimitSeconds\n      maxAttempts\n      retakeWaitMinutes\n      reviewContent\n      reviewTiming\n      viewerPolicy {\n        maxAttempts\n        timeLimitSeconds\n        attemptsUsed\n        nextAttemptAt\n        retakeWaitMinutes\n      }\n    }\n    myQuizAttempts(quizId: $quizId) {\n      ...AttemptFields\n    }\n  }\n': typeof types.QuizPageDocument;
  '\n  mutation StartQuizAttempt($quizId: ID!) {\n    startQuizAttempt(quizId: $quizId) {\n      ...AttemptFields\n    }\n  }\n': typeof types.StartQuizAttemptDocument;
  '\n  mutation SaveAnswer($input: SaveAnswerInput!) {\n    saveAnswer(input: $input) {\n      attemptId\n      questionId\n      selectedOptionIds\n      answeredAt\n    }\n  }\n': typeof types.SaveAnswerDocument;
  '\n  mutation SubmitQuizAttempt($attemptId: ID!) {\n    submitQuizAttempt(attemptId: $attemptId) {\n      ...AttemptFields\n    }\n  }\n': typeof types.SubmitQuizAttemptDocument;
  '\n  query CourseLiveSessions($courseId: ID!) {\n    liveSessions(courseId: $courseId, first: 20, upcoming: true) {\n      edges {\n        node {\n          ...LiveSessionCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n': typeof types.CourseLiveSessionsDocument;
  '\n  fragment LiveSessionCardFields on LiveSession {\n    id\n    courseId\n    kind\n    title\n    venue\n    joinUrl\n    startsAt\n    endsAt\n    capacity\n    seatsLeft\n    waitlistLength\n    registrationClosesAt\n    cancelledAt\n    myRegistration {\n      id\n      status\n      waitlistPosition\n    }\n  }\n': typeof types.LiveSessionCardFieldsFragmentDoc;
  '\n  query LiveSessions($courseId: ID, $after: String) {\n    liveSessions(courseId: $courseId, first: 20, after: $after, upcoming: true) {\n      edges {\n        node {\n          ...LiveSessionCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.LiveSessionsDocument;
  '\n  query LiveCourseNames {\n    courses(first: 100) {\n      edges {\n        node {\n          id\n          currentVersion {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n': typeof types.LiveCourseNamesDocument;
  '\n  query TeachLiveSessions($courseId: ID, $programId: ID, $after: String) {\n    liveSessions(courseId: $courseId, programId: $programId, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          title\n          venue\n          joinUrl\n          startsAt\n          endsAt\n          capacity\n          instructors\n          learnersPerInstructor\n          seatsLeft\n          waitlistLength\n          cancelledAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.TeachLiveSessionsDocument;
  '\n  mutation CancelLiveSession($id: ID!) {\n    cancelLiveSession(id: $id) {\n      id\n      cancelledAt\n    }\n  }\n': typeof types.CancelLiveSessionDocument;
  '\n  mutation RegisterForLiveSession($sessionId: ID!) {\n    registerForLiveSession(sessionId: $sessionId) {\n      id\n      status\n      waitlistPosition\n    }\n  }\n': typeof types.RegisterForLiveSessionDocument;
  '\n  mutation CancelLiveSessionRegistration($sessionId: ID!) {\n    cancelLiveSessionRegistration(sessionId: $sessionId) {\n      id\n      status\n      waitlistPosition\n    }\n  }\n': typeof types.CancelLiveSessionRegistrationDocument;
  '\n  query LiveSessionStatus($id: ID!) {\n    liveSession(id: $id) {\n      ...LiveSessionCardFields\n    }\n  }\n': typeof types.LiveSessionStatusDocument;
  '\n  mutation ScheduleLiveSession($input: ScheduleLiveSessionInput!) {\n    scheduleLiveSession(input: $input) {\n      id\n      courseId\n      title\n      startsAt\n      endsAt\n    }\n  }\n': typeof types.ScheduleLiveSessionDocument;
  '\n  query TeachLiveCourses {\n    credentialPrograms {\n      id\n      title\n      courses {\n        id\n      }\n    }\n    myAuthoredCourses {\n      id\n      slug\n      currentVersion {\n        id\n        title\n      }\n      openVersion {\n        id\n        title\n      }\n    }\n  }\n': typeof types.TeachLiveCoursesDocument;
  '\n  mutation RecordAdverseEvent($input: RecordAdverseEventInput!) {\n    recordAdverseEvent(input: $input) {\n      id\n    }\n  }\n': typeof types.RecordAdverseEventDocument;
  '\n  fragment AdverseEventFields on AdverseEvent {\n    id\n    eventDate\n    severity\n    type\n    actionTaken\n    outcome\n    clinicianName\n  }\n': typeof types.AdverseEventFieldsFragmentDoc;
  '\n  query AdverseEventSummary {\n    adverseEventSummary {\n      total\n      groups {\n        type\n        types\n        count\n      }\n    }\n  }\n': typeof types.AdverseEventSummaryDocument;
  '\n  query ClinicAdverseEvents($organizationId: ID!, $after: String) {\n    clinicAdverseEventRate(organizationId: $organizationId) {\n      organizationId\n      eventCount\n      treatmentCount\n      eventsWithTreatmentsLogged\n      ratePerThousandTreatments\n    }\n    clinicAdverseEvents(organizationId: $organizationId, first: 20, after: $after) {\n      edges {\n        node {\n          ...AdverseEventFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.ClinicAdverseEventsDocument;
  '\n  query SessionsToConfirm($after: String) {\n    sessionsToConfirm(first: 50, after: $after) {\n      edges {\n        node {\n          ...SupervisedSessionFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.SessionsToConfirmDocument;
  '\n  query MyAdverseEvents($after: String) {\n    myAdverseEvents(first: 50, after: $after) {\n      edges {\n        node {\n          ...AdverseEventFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.MyAdverseEventsDocument;
  '\n  query MySupervisedSessions($after: String) {\n    mySupervisedSessions(first: 50, after: $after) {\n      edges {\n        node {\n          ...SupervisedSessionFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.MySupervisedSessionsDocument;
  '\n  query MySupervisorQualification {\n    mySupervisorQualification {\n      licenseState\n      licenseNumber\n      dryNeedlingYears\n      ownSessions\n      meetsStateQualification\n      updatedAt\n    }\n  }\n': typeof types.MySupervisorQualificationDocument;
  '\n  mutation SetSupervisorQualification($input: SupervisorQualificationInput!) {\n    setSupervisorQualification(input: $input) {\n      licenseState\n      licenseNumber\n      dryNeedlingYears\n      ownSessions\n      meetsStateQualification\n      updatedAt\n    }\n  }\n': typeof types.SetSupervisorQualificationDocument;
  '\n  mutation ConfirmSupervisedSession($id: ID!) {\n    confirmSupervisedSession(id: $id) {\n      ...SupervisedSessionFields\n    }\n  }\n': typeof types.ConfirmSupervisedSessionDocument;
  '\n  mutation RejectSupervisedSession($id: ID!, $reason: String!) {\n    rejectSupervisedSession(id: $id, reason: $reason) {\n      ...SupervisedSessionFields\n    }\n  }\n': typeof types.RejectSupervisedSessionDocument;
  '\n  fragment SupervisedSessionFields on SupervisedSession {\n    id\n    programId\n    sessionDate\n    bodyRegions\n    muscles\n    needleCount\n    notes\n    status\n    decidedAt\n    rejectionReason\n    learnerName\n    supervisorName\n    supervisorCheck {\n      qualified\n      reasons\n    }\n  }\n': typeof types.SupervisedSessionFieldsFragmentDoc;
  '\n  mutation RecordSupervisedSession($input: RecordSupervisedSessionInput!) {\n    recordSupervisedSession(input: $input) {\n      id\n      status\n      supervisorName\n    }\n  }\n': typeof types.RecordSupervisedSessionDocument;
  '\n  mutation RecordTreatmentCount($input: RecordTreatmentCountInput!) {\n    recordTreatmentCount(input: $input) {\n      date\n      count\n    }\n  }\n': typeof types.RecordTreatmentCountDocument;
  '\n  query PracticePrograms {\n    credentialPrograms {\n      id\n      title\n      handsOnRequirements {\n        supervisedSessions {\n          minimumCount\n          withinDays\n        }\n      }\n      courses {\n        id\n        authors {\n          userId\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.PracticeProgramsDocument;
  '\n  query RenewalPlans {\n    me {\n      id\n      licenses {\n        id\n        state\n        number\n        expiresOn\n        renewalPlan {\n          licenseId\n          state\n          stateName\n          requiredHours\n          cycleMonths\n          windowStart\n          dueOn\n          daysLeft\n          earnedHours\n          countedHours\n          liveHours\n          selfPacedHours\n          stillNeededHours\n          complete\n          limits\n          checkWithBoard\n          firstRenewal\n          recordKeeping\n          notes\n          minutesPerHour\n          credits {\n            id\n            source\n            provider\n            title\n            completedOn\n            hours\n            countedHours\n          }\n          topics {\n            label\n            requiredHours\n            earnedHours\n            met\n            when\n          }\n          sources {\n            citation\n            url\n            checkedOn\n          }\n        }\n      }\n    }\n  }\n': typeof types.RenewalPlansDocument;
  '\n  query MyOutsideCe($after: String) {\n    myOutsideCe(first: 50, after: $after) {\n      edges {\n        node {\n          id\n          provider\n          title\n          completedOn\n          hours\n          selfPaced\n          topics\n          fileName\n          fileUrl\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.MyOutsideCeDocument;
  '\n  mutation RemoveOutsideCe($id: ID!) {\n    removeOutsideCe(id: $id)\n  }\n': typeof types.RemoveOutsideCeDocument;
  '\n  mutation TeachAddLesson($input: AddLessonInput!) {\n    addLesson(input: $input) {\n      id\n      title\n    }\n  }\n': typeof types.TeachAddLessonDocument;
  '\n  query TeachAssessment($versionId: ID!) {\n    courseVersion(id: $versionId) {\n      id\n      number\n      status\n      title\n      reviewComment\n      course {\n        id\n        viewerIsAuthor\n      }\n      modules {\n        id\n        title\n      }\n      objectives {\n        key\n        text\n      }\n      questionBanks {\n        id\n        title\n        questions {\n          id\n        }\n      }\n      quizzes {\n        ...TeachQuizFields\n      }\n    }\n  }\n': typeof types.TeachAssessmentDocument;
  '\n  fragment TeachQuizFields on Quiz {\n    id\n    title\n    moduleId\n    isFinalExam\n    bank {\n      id\n      title\n    }\n    passingScorePercent\n    questionCount\n    questionsPerAttempt\n    timeLimitSeconds\n    maxAttempts\n    scoring\n    reviewContent\n    reviewTiming\n    shuffleQuestions\n    shuffleOptions\n    retakeWaitMinutes\n    blueprint {\n      objective\n      count\n    }\n    blueprintPlan {\n      freshAttempts\n      retakesMayRepeat\n      problems\n      rows {\n        objective\n        count\n        poolSize\n      }\n    }\n  }\n': typeof types.TeachQuizFieldsFragmentDoc;
  '\n  mutation TeachRemoveAuthor($input: RemoveCourseAuthorInput!) {\n    removeCourseAuthor(input: $input)\n  }\n': typeof types.TeachRemoveAuthorDocument;
  '\n  mutation TeachCreateBank($input: CreateQuestionBankInput!) {\n    createQuestionBank(input: $input) {\n      id\n      title\n    }\n  }\n': typeof types.TeachCreateBankDocument;
  '\n  mutation TeachRemoveBank($bankId: ID!) {\n    removeQuestionBank(bankId: $bankId)\n  }\n': typeof types.TeachRemoveBankDocument;
  '\n  mutation TeachAddAuthor($input: AddCourseAuthorInput!) {\n    addCourseAuthor(input: $input)\n  }\n': typeof types.TeachAddAuthorDocument;
  '\n  mutation TeachMarkVersionCorrection($versionId: ID!, $input: VersionCorrectionInput!) {\n    markVersionCorrection(versionId: $versionId, input: $input) {\n      id\n      correction {\n        kinds\n        summary\n      }\n    }\n  }\n': typeof types.TeachMarkVersionCorrectionDocument;
  '\n  mutation TeachClearVersionCorrection($versionId: ID!) {\n    clearVersionCorrection(versionId: $versionId) {\n      id\n      correction {\n        kinds\n        summary\n      }\n    }\n  }\n': typeof types.TeachClearVersionCorrectionDocument;
  '\n  query TeachCourse($slug: String!) {\n    course(slug: $slug) {\n      id\n      slug\n      viewerIsAuthor\n      viewerCanRemoveAuthors\n      authors {\n        userId\n        displayName\n        isOwner\n      }\n      currentVersion {\n        id\n        number\n        title\n      }\n      openVersion {\n        id\n        number\n        status\n      }\n      versions {\n        id\n        number\n        title\n        status\n        changelog\n        reviewComment\n        submittedAt\n        publishedAt\n        retiredAt\n      }\n    }\n  }\n': typeof types.TeachCourseDocument;
  '\n  mutation TeachDiscardDraft($versionId: ID!) {\n    discardDraftVersion(versionId: $versionId) {\n      versionId\n      courseId\n      number\n      courseRemoved\n    }\n  }\n': typeof types.TeachDiscardDraftDocument;
  '\n  fragment GiftPreviewFields on GiftImport {\n    dryRun\n    imported\n    problems {\n      line\n      message\n    }\n    warnings {\n      line\n      message\n    }\n    questions {\n      line\n      type\n      stemMarkdown\n      objectiveTag\n      options {\n        text\n        isCorrect\n      }\n    }\n  }\n': typeof types.GiftPreviewFieldsFragmentDoc;
  '\n  mutation TeachImportGift($bankId: ID!, $gift: String!, $dryRun: Boolean!) {\n    importGiftQuestions(bankId: $bankId, gift: $gift, dryRun: $dryRun) {\n      ...GiftPreviewFields\n    }\n  }\n': typeof types.TeachImportGiftDocument;
  '\n  query TeachItemAnalysis($quizId: ID!) {\n    quiz(id: $quizId) {\n      id\n      title\n      isFinalExam\n      passingScorePercent\n      questionsPerAttempt\n      bank {\n        id\n        title\n      }\n      courseVersion {\n        id\n        number\n        title\n      }\n    }\n    quizItemAnalysis(quizId: $quizId) {\n      quizId\n      attempts\n      meanScorePercent\n      passRate\n      scoreDistribution {\n        fromPercent\n        toPercent\n        attempts\n      }\n      questions {\n        questionId\n        position\n        stemMarkdown\n        objectiveTag\n        responses\n        facility\n        discrimination\n        mostChosenWrongOption {\n          optionId\n          text\n          picks\n        }\n        options {\n          optionId\n          position\n          text\n          isKey\n          picks\n          share\n        }\n      }\n    }\n  }\n': typeof types.TeachItemAnalysisDocument;
  '\n  query TeachLessonEditor($lessonId: ID!) {\n    lesson(id: $lessonId) {\n      ...TeachLessonFields\n      media {\n        ...TeachLessonMediaFields\n      }\n      module {\n        id\n        title\n      }\n      courseVersion {\n        id\n        number\n        status\n        title\n        reviewComment\n        course {\n          id\n          viewerIsAuthor\n        }\n        modules {\n          id\n          lessons {\n            id\n            title\n          }\n        }\n        creditReport {\n          ...CreditReportFields\n        }\n      }\n    }\n  }\n': typeof types.TeachLessonEditorDocument;
  '\n  fragment TeachLessonFields on Lesson {\n    id\n    position\n    title\n    seatTimeMinutes\n    bodyMarkdown\n    bodyHtml\n    references {\n      citation\n      url\n    }\n  }\n': typeof types.TeachLessonFieldsFragmentDoc;
  '\n  mutation TeachUpdateLesson($input: UpdateLessonInput!) {\n    updateLesson(input: $input) {\n      ...TeachLessonFields\n    }\n  }\n': typeof types.TeachUpdateLessonDocument;
  '\n  mutation TeachReorderLessons($input: ReorderLessonsInput!) {\n    reorderLessons(input: $input) {\n      ...TeachModuleFields\n    }\n  }\n': typeof types.TeachReorderLessonsDocument;
  '\n  mutation TeachRemoveLesson($lessonId: ID!) {\n    removeLesson(lessonId: $lessonId) {\n      ...TeachModuleFields\n    }\n  }\n': typeof types.TeachRemoveLessonDocument;
  '\n  fragment TeachLessonMediaFields on LessonMedia {\n    id\n    kind\n    position\n    url\n    contentType\n    bytes\n    width\n    height\n    altText\n    durationSeconds\n    captionsUrl\n    transcript\n  }\n': typeof types.TeachLessonMediaFieldsFragmentDoc;
  '\n  mutation TeachRemoveLessonMedia($mediaId: ID!) {\n    removeLessonMedia(mediaId: $mediaId)\n  }\n': typeof types.TeachRemoveLessonMediaDocument;
  '\n  mutation TeachUpdateModule($input: UpdateModuleInput!) {\n    updateModule(input: $input) {\n      ...TeachModuleFields\n    }\n  }\n': typeof types.TeachUpdateModuleDocument;
  '\n  mutation TeachRemoveModule($moduleId: ID!) {\n    removeModule(moduleId: $moduleId) {\n      id\n      totalSeatTimeMinutes\n      modules {\n        ...TeachModuleFields\n      }\n    }\n  }\n': typeof types.TeachRemoveModuleDocument;
  '\n  fragment TeachModuleFields on CourseModule {\n    id\n    position\n    title\n    objectives\n    lessons {\n      id\n      position\n      title\n      seatTimeMinutes\n    }\n    quiz {\n      id\n      title\n    }\n  }\n': typeof types.TeachModuleFieldsFragmentDoc;
  '\n  mutation TeachAddModule($input: AddModuleInput!) {\n    addModule(input: $input) {\n      ...TeachModuleFields\n    }\n  }\n': typeof types.TeachAddModuleDocument;
  '\n  mutation TeachReorderModules($input: ReorderModulesInput!) {\n    reorderModules(input: $input) {\n      id\n      modules {\n        ...TeachModuleFields\n      }\n    }\n  }\n': typeof types.TeachReorderModulesDocument;
  '\n  query TeachMyCourses {\n    myAuthoredCourses {\n      id\n      slug\n      currentVersion {\n        id\n        number\n        title\n        status\n      }\n      openVersion {\n        id\n        number\n        title\n        status\n        reviewComment\n      }\n    }\n  }\n': typeof types.TeachMyCoursesDocument;
  '\n  mutation TeachCreateCourse($input: CreateCourseInput!) {\n    createCourse(input: $input) {\n      id\n    }\n  }\n': typeof types.TeachCreateCourseDocument;
  '\n  mutation TeachCreateDraft($input: CreateDraftVersionInput!) {\n    createDraftVersion(input: $input) {\n      id\n    }\n  }\n': typeof types.TeachCreateDraftDocument;
  '\n  mutation TeachClearPilot($lessonId: ID!) {\n    clearLessonPilot(lessonId: $lessonId) {\n      id\n    }\n  }\n': typeof types.TeachClearPilotDocument;
  '\n  query TeachQuestionBank($bankId: ID!) {\n    questionBank(id: $bankId) {\n      id\n      title\n      courseVersion {\n        id\n        number\n        status\n        title\n        reviewComment\n        course {\n          id\n          viewerIsAuthor\n        }\n      }\n      questions {\n        ...TeachQuestionFields\n      }\n      checks {\n        ...BankChecksFields\n      }\n    }\n  }\n': typeof types.TeachQuestionBankDocument;
  '\n  fragment TeachQuestionFields on Question {\n    id\n    position\n    type\n    stemMarkdown\n    explanationMarkdown\n    reference\n    objectiveTag\n    options {\n      id\n      position\n      text\n      isCorrect\n    }\n  }\n': typeof types.TeachQuestionFieldsFragmentDoc;
  '\n  mutation TeachAddQuestion($input: AddQuestionInput!) {\n    addQuestion(input: $input) {\n      ...TeachQuestionFields\n    }\n  }\n': typeof types.TeachAddQuestionDocument;
  '\n  mutation TeachUpdateQuestion($input: UpdateQuestionInput!) {\n    updateQuestion(input: $input) {\n      ...TeachQuestionFields\n    }\n  }\n': typeof types.TeachUpdateQuestionDocument;
  '\n  mutation TeachRemoveQuestion($questionId: ID!) {\n    removeQuestion(questionId: $questionId) {\n      id\n      questions {\n        ...TeachQuestionFields\n      }\n    }\n  }\n': typeof types.TeachRemoveQuestionDocument;
  '\n  mutation TeachReorderQuestions($input: ReorderQuestionsInput!) {\n    reorderQuestions(input: $input) {\n      id\n      questions {\n        id\n        position\n      }\n    }\n  }\n': typeof types.TeachReorderQuestionsDocument;
  '\n  mutation TeachCreateQuiz($input: CreateQuizInput!) {\n    createQuiz(input: $input) {\n      ...TeachQuizFields\n    }\n  }\n': typeof types.TeachCreateQuizDocument;
  '\n  mutation TeachUpdateQuiz($input: UpdateQuizInput!) {\n    updateQuiz(input: $input) {\n      ...TeachQuizFields\n    }\n  }\n': typeof types.TeachUpdateQuizDocument;
  '\n  mutation TeachRemoveQuiz($quizId: ID!) {\n    removeQuiz(quizId: $quizId)\n  }\n': typeof types.TeachRemoveQuizDocument;
  '\n  mutation TeachRecordPilot($input: RecordLessonPilotInput!) {\n    recordLessonPilot(input: $input) {\n      id\n    }\n  }\n': typeof types.TeachRecordPilotDocument;
  '\n  mutation TeachSubmitVersion($versionId: ID!) {\n    submitCourseVersion(versionId: $versionId) {\n      id\n      status\n      submittedAt\n      reviewComment\n    }\n  }\n': typeof types.TeachSubmitVersionDocument;
  '\n  query TeachVersionEditor($id: ID!) {\n    courseVersion(id: $id) {\n      id\n      number\n      status\n      title\n      summary\n      audience\n      creditMinutes\n      ceHours\n      certificateValidityMonths\n      quizzesAfterLessons\n      learningObjectives\n      objectives {\n        key\n        text\n      }\n      handsOnObjectives\n      topicTags\n      credentialKind\n      scopeStatement\n      releasedOn\n      contentReviewedOn\n      creditEndsOn\n      disclosure {\n        ...TeachDisclosureFields\n      }\n      correction {\n        kinds\n        summary\n      }\n      changelog\n      reviewComment\n      submittedAt\n      publishedAt\n      retiredAt\n      totalSeatTimeMinutes\n      course {\n        id\n        slug\n        viewerIsAuthor\n      }\n      modules {\n        ...TeachModuleFields\n      }\n      questionBanks {\n        id\n      }\n      quizzes {\n        id\n      }\n    }\n  }\n': typeof types.TeachVersionEditorDocument;
  '\n  mutation RecordBoardReportResult($lineIds: [ID!]!, $status: BoardReportResult!, $reason: String) {\n    recordBoardReportResult(lineIds: $lineIds, status: $status, reason: $reason) {\n      id\n      status\n      reason\n    }\n  }\n': typeof types.RecordBoardReportResultDocument;
  '\n  query CourseBoardReport($courseId: ID!, $status: BoardReportStatus, $after: String) {\n    courseBoardReport(courseId: $courseId, status: $status, first: 50, after: $after) {\n      courseId\n      counts {\n        pending\n        exported\n        accepted\n        rejected\n        notReportable\n      }\n      lines {\n        edges {\n          node {\n            id\n            holderName\n            licenseNumber\n            state\n            profession\n            completedOn\n            ceHours\n            status\n            reason\n            note\n            exportedAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      exports {\n        id\n        createdAt\n        lineCount\n        filename\n        sha256\n        downloadPath\n      }\n    }\n  }\n': typeof types.CourseBoardReportDocument;
  '\n  mutation ExportCeBrokerRoster($courseId: ID!) {\n    exportCeBrokerRoster(courseId: $courseId) {\n      id\n      lineCount\n      filename\n      downloadPath\n    }\n  }\n': typeof types.ExportCeBrokerRosterDocument;
  '\n  query BoardReportingCourses {\n    myAuthoredCourses {\n      id\n      slug\n      currentVersion {\n        id\n        title\n      }\n      openVersion {\n        id\n        title\n      }\n    }\n  }\n': typeof types.BoardReportingCoursesDocument;
  '\n  query CourseBoardReporting($courseId: ID!) {\n    courseBoardReporting(courseId: $courseId) {\n      courseId\n      providerNumber\n      courseNumber\n      boards {\n        state\n        profession\n      }\n    }\n  }\n': typeof types.CourseBoardReportingDocument;
  '\n  mutation SetCourseBoardReporting($input: SetCourseBoardReportingInput!) {\n    setCourseBoardReporting(input: $input) {\n      courseId\n      providerNumber\n      courseNumber\n      boards {\n        state\n        profession\n      }\n    }\n  }\n': typeof types.SetCourseBoardReportingDocument;
  '\n  fragment BankChecksFields on QuestionBankChecks {\n    singleChoice\n    longestKeys\n    longestKeyLimit\n    chanceShare\n    trueFalse\n    falseKeys\n    keyPositions\n    findings {\n      code\n      limit\n      message\n    }\n    items {\n      questionId\n      warnings {\n        code\n        message\n      }\n    }\n  }\n': typeof types.BankChecksFieldsFragmentDoc;
  '\n  query TeachCreditReport($id: ID!) {\n    courseVersion(id: $id) {\n      id\n      questionBanks {\n        id\n        questions {\n          id\n        }\n      }\n      creditReport {\n        ...CreditReportFields\n      }\n      observedTime {\n        ...ObservedTimeFields\n      }\n    }\n  }\n': typeof types.TeachCreditReportDocument;
  '\n  fragment CreditReportFields on CreditReport {\n    claimedMinutes\n    supportedMinutes\n    lessonMinutes\n    quizMinutes\n    readingWordsPerMinute\n    minutesPerQuestion\n    seatTimeTolerancePercent\n    claimedHours {\n      label\n      approvalNumber\n      minutesPerHour\n      increment\n      hours\n      text\n    }\n    supportedHours {\n      label\n      approvalNumber\n      minutesPerHour\n      increment\n      hours\n      text\n    }\n    lessons {\n      lessonId\n      title\n      words\n      readingMinutes\n      mediaMinutes\n      estimateMinutes\n      source\n      seatTimeMinutes\n      maxSeatTimeMinutes\n      pilot {\n        testers\n        medianMinutes\n        note\n        stale\n        recordedAt\n      }\n    }\n    quizzes {\n      quizId\n      title\n      questionsDrawn\n      minutes\n    }\n    problems {\n      code\n      field\n      message\n      overridden\n    }\n    overrides {\n      stage\n      codes\n      reason\n      adminName\n      createdAt\n    }\n  }\n': typeof types.CreditReportFieldsFragmentDoc;
  '\n  fragment ObservedTimeFields on ObservedTime {\n    completions\n    minimumCompletions\n    lessons {\n      lessonId\n      title\n      requiredMinutes\n      basis\n      learners\n      readers\n      activeMedianMinutes\n      activeQ1Minutes\n      activeQ3Minutes\n      readingMedianMinutes\n      readingQ1Minutes\n      readingQ3Minutes\n      flag\n    }\n  }\n': typeof types.ObservedTimeFieldsFragmentDoc;
  '\n  query PreviewLessonMarkdown($markdown: String!) {\n    previewLessonMarkdown(markdown: $markdown)\n  }\n': typeof types.PreviewLessonMarkdownDocument;
  '\n  mutation TeachUpdateVersion($input: UpdateCourseVersionInput!) {\n    updateCourseVersion(input: $input) {\n      id\n      title\n      summary\n      audience\n      creditMinutes\n      ceHours\n      certificateValidityMonths\n      learningObjectives\n      objectives {\n        key\n        text\n      }\n      handsOnObjectives\n      topicTags\n      changelog\n      credentialKind\n      scopeStatement\n      releasedOn\n      contentReviewedOn\n      creditEndsOn\n      disclosure {\n        ...TeachDisclosureFields\n      }\n    }\n  }\n': typeof types.TeachUpdateVersionDocument;
  '\n  fragment TeachDisclosureFields on CourseDisclosure {\n    contributors {\n      name\n      credentials\n      role\n      relationships {\n        company\n        nature\n      }\n      mitigation\n    }\n    commercialSupport {\n      company\n      nature\n    }\n  }\n': typeof types.TeachDisclosureFieldsFragmentDoc;
  '\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      code\n      codeWellFormed\n      status\n      holderName\n      licenseNumber\n      licenseState\n      title\n      courseVersion\n      provider\n      ceHours\n      creditMinutes\n      onlineMinutes\n      liveMinutes\n      credentialKind\n      scopeStatement\n      approvals {\n        body\n        approvalNumber\n        isSample\n        hoursText\n      }\n      completedOn\n      expiresOn\n      revokedOn\n      supersededByCode\n    }\n  }\n': typeof types.VerifyCertificateDocument;
};
const documents: Documents = {
  '\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n':
    types.ResendVerificationEmailDocument,
  '\n  fragment SessionUserFields on User {\n    id\n    email\n    displayName\n    profession\n    licenseNumber\n    licenseState\n    roles\n    emailVerified\n  }\n':
    types.SessionUserFieldsFragmentDoc,
  '\n  mutation RefreshSession {\n    refreshToken {\n      accessToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n':
    types.RefreshSessionDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n':
    types.RegisterDocument,
  '\n  query SessionViewer {\n    me {\n      ...SessionUserFields\n    }\n  }\n':
    types.SessionViewerDocument,
  '\n  query Me {\n    me {\n      id\n    }\n  }\n': types.MeDocument,
  '\n  query MyClinics {\n    myOrganizations {\n      id\n      name\n      viewerRole\n    }\n  }\n':
    types.MyClinicsDocument,
  '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n':
    types.ChangePasswordDocument,
  '\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n': types.LogoutEverywhereDocument,
  '\n  query MyEmailPreferences {\n    me {\n      id\n      emailPreferences {\n        credentialReminders\n        clinicNotices\n        courseCorrections\n      }\n    }\n  }\n':
    types.MyEmailPreferencesDocument,
  '\n  mutation UpdateEmailPreferences($input: EmailPreferencesInput!) {\n    updateEmailPreferences(input: $input) {\n      credentialReminders\n      clinicNotices\n      courseCorrections\n    }\n  }\n':
    types.UpdateEmailPreferencesDocument,
  '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n':
    types.RequestPasswordResetDocument,
  '\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...SessionUserFields\n    }\n  }\n':
    types.UpdateProfileDocument,
  '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n':
    types.ResetPasswordDocument,
  '\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n':
    types.VerifyEmailDocument,
  '\n  mutation DeleteMyAccount($input: DeleteAccountInput!) {\n    deleteMyAccount(input: $input)\n  }\n':
    types.DeleteMyAccountDocument,
  '\n  fragment ProfileLicenseFields on License {\n    id\n    state\n    profession\n    number\n    status\n    effectiveStatus\n    issuedOn\n    expiresOn\n    primary\n    numberCheck {\n      status\n      message\n      sourceUrl\n    }\n  }\n':
    types.ProfileLicenseFieldsFragmentDoc,
  '\n  query AccountLicenses {\n    me {\n      id\n      licenses {\n        ...ProfileLicenseFields\n      }\n    }\n  }\n':
    types.AccountLicensesDocument,
  '\n  mutation SaveLicense($input: SaveLicenseInput!) {\n    saveLicense(input: $input) {\n      ...SessionUserFields\n      licenses {\n        ...ProfileLicenseFields\n      }\n    }\n  }\n':
    types.SaveLicenseDocument,
  '\n  mutation RemoveLicense($id: ID!) {\n    removeLicense(id: $id) {\n      ...SessionUserFields\n      licenses {\n        ...ProfileLicenseFields\n      }\n    }\n  }\n':
    types.RemoveLicenseDocument,
  '\n  query AdminAccommodationCourses($search: String) {\n    courses(search: $search, first: 50) {\n      edges {\n        node {\n          id\n          slug\n          currentVersion {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n':
    types.AdminAccommodationCoursesDocument,
  '\n  query AdminAccommodationQuizzes($slug: String!) {\n    course(slug: $slug) {\n      id\n      slug\n      currentVersion {\n        id\n        title\n        number\n        quizzes {\n          id\n          title\n          isFinalExam\n          maxAttempts\n          timeLimitSeconds\n        }\n      }\n    }\n  }\n':
    types.AdminAccommodationQuizzesDocument,
  '\n  mutation AdminGrantAccommodation($input: GrantQuizAccommodationInput!) {\n    grantQuizAccommodation(input: $input) {\n      id\n      learnerName\n    }\n  }\n':
    types.AdminGrantAccommodationDocument,
  '\n  query AdminAccommodationLearners($search: String) {\n    users(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n':
    types.AdminAccommodationLearnersDocument,
  '\n  query AdminQuizAccommodations($quizId: ID!) {\n    quiz(id: $quizId) {\n      id\n      title\n      maxAttempts\n      timeLimitSeconds\n    }\n    quizAccommodations(quizId: $quizId) {\n      id\n      userId\n      learnerName\n      extraAttempts\n      extraTimePercent\n      reason\n      grantedAt\n    }\n  }\n':
    types.AdminQuizAccommodationsDocument,
  '\n  query AdminCourseApprovals($slug: String!) {\n    course(slug: $slug) {\n      id\n      slug\n      currentVersion {\n        id\n        title\n      }\n      approvals {\n        id\n        body\n        approvalNumber\n        validFrom\n        validUntil\n        isSample\n        status\n        minutesPerHour\n        increment\n      }\n    }\n  }\n':
    types.AdminCourseApprovalsDocument,
  '\n  query AdminApprovalCourses($search: String) {\n    courses(search: $search, first: 50) {\n      edges {\n        node {\n          id\n          slug\n          currentVersion {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n':
    types.AdminApprovalCoursesDocument,
  '\n  mutation AdminRecordApproval($input: RecordCourseApprovalInput!) {\n    recordCourseApproval(input: $input) {\n      id\n    }\n  }\n':
    types.AdminRecordApprovalDocument,
  '\n  query AdminVerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      code\n      codeWellFormed\n      status\n      holderName\n      licenseNumber\n      licenseState\n      title\n      courseVersion\n      ceHours\n      completedOn\n      expiresOn\n      revokedOn\n      supersededByCode\n    }\n  }\n':
    types.AdminVerifyCertificateDocument,
  '\n  mutation AdminRevokeCertificate($input: RevokeCertificateInput!) {\n    revokeCertificate(input: $input) {\n      id\n      code\n      status\n      revokedOn\n    }\n  }\n':
    types.AdminRevokeCertificateDocument,
  '\n  mutation AdminSetHandsOnRequirements($input: SetHandsOnRequirementsInput!) {\n    setProgramHandsOnRequirements(input: $input) {\n      practicalExam\n    }\n  }\n':
    types.AdminSetHandsOnRequirementsDocument,
  '\n  query AdminPrograms {\n    credentialPrograms {\n      id\n      slug\n      title\n      credentialKind\n      courses {\n        id\n        currentVersion {\n          title\n        }\n      }\n      handsOnRequirements {\n        liveMinutes {\n          sessionKind\n          minimumMinutes\n        }\n        practicalExam\n        supervisedSessions {\n          minimumCount\n          withinDays\n        }\n        supervisorRule {\n          citation\n        }\n      }\n    }\n  }\n':
    types.AdminProgramsDocument,
  '\n  mutation AdminOverrideGates($input: OverrideCreditGatesInput!) {\n    overrideCreditGates(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.AdminOverrideGatesDocument,
  '\n  mutation AdminPublishAfterOverride($versionId: ID!) {\n    publishCourseVersion(versionId: $versionId) {\n      id\n      status\n      publishedAt\n    }\n  }\n':
    types.AdminPublishAfterOverrideDocument,
  '\n  fragment ReviewQuizzes on CourseVersion {\n    quizzes {\n      id\n      title\n      isFinalExam\n      passingScorePercent\n      questionsPerAttempt\n      timeLimitSeconds\n      maxAttempts\n      retakeWaitMinutes\n      scoring\n      bank {\n        id\n        title\n      }\n      blueprint {\n        objective\n        count\n      }\n      blueprintPlan {\n        freshAttempts\n        retakesMayRepeat\n        problems\n      }\n    }\n    questionBanks {\n      id\n      title\n      checks {\n        ...BankChecksFields\n      }\n      questions {\n        id\n        position\n        type\n        stemMarkdown\n        objectiveTag\n        reference\n        explanationMarkdown\n        options {\n          id\n          position\n          text\n          isCorrect\n        }\n      }\n    }\n  }\n':
    types.ReviewQuizzesFragmentDoc,
  '\n  mutation AdminPublishVersion($versionId: ID!) {\n    publishCourseVersion(versionId: $versionId) {\n      id\n      status\n      publishedAt\n    }\n  }\n':
    types.AdminPublishVersionDocument,
  '\n  mutation AdminSendBackVersion($input: SendBackCourseVersionInput!) {\n    sendBackCourseVersion(input: $input) {\n      id\n      status\n      reviewComment\n    }\n  }\n':
    types.AdminSendBackVersionDocument,
  '\n  query AdminReviewQueue {\n    courseReviewQueue {\n      id\n      title\n      number\n      submittedAt\n      creditMinutes\n      ceHours\n      changelog\n      course {\n        id\n        slug\n        authors {\n          userId\n          displayName\n        }\n      }\n    }\n  }\n':
    types.AdminReviewQueueDocument,
  '\n  query AdminReviewVersion($id: ID!) {\n    courseVersion(id: $id) {\n      id\n      title\n      number\n      status\n      summary\n      audience\n      creditMinutes\n      ceHours\n      certificateValidityMonths\n      credentialKind\n      scopeStatement\n      releasedOn\n      contentReviewedOn\n      creditEndsOn\n      objectives {\n        key\n        text\n      }\n      disclosure {\n        ...TeachDisclosureFields\n      }\n      creditReport {\n        ...CreditReportFields\n      }\n      observedTime {\n        ...ObservedTimeFields\n      }\n      changelog\n      learningObjectives\n      handsOnObjectives\n      topicTags\n      correction {\n        kinds\n        summary\n      }\n      submittedAt\n      reviewComment\n      totalSeatTimeMinutes\n      course {\n        id\n        slug\n        authors {\n          userId\n          displayName\n        }\n      }\n      modules {\n        id\n        position\n        title\n        objectives\n        lessons {\n          id\n          position\n          title\n          seatTimeMinutes\n          bodyHtml\n          references {\n            citation\n            url\n          }\n        }\n      }\n      ...ReviewQuizzes\n    }\n  }\n':
    types.AdminReviewVersionDocument,
  '\n  fragment RuleVersionFields on DryNeedlingRuleVersion {\n    id\n    state\n    stateName\n    status\n    summary\n    effective\n    trainingRequired\n    trainingHours\n    inPersonHours\n    onlineHoursAllowed\n    practicalExam\n    trainingWithinYears\n    yearsLicensed\n    supervisedSessions\n    boardFiling\n    delegation\n    consentAndRecords\n    requirementsConfirmed\n    sources {\n      citation\n      kind\n      url\n      effective\n      checkedOn\n    }\n    unconfirmed\n    reason\n    recordedByAdmin\n    recordedAt\n    current\n  }\n':
    types.RuleVersionFieldsFragmentDoc,
  '\n  query AdminDryNeedlingRules {\n    dryNeedlingRules {\n      ...RuleVersionFields\n    }\n  }\n':
    types.AdminDryNeedlingRulesDocument,
  '\n  query AdminDryNeedlingRuleHistory($state: String!) {\n    dryNeedlingRuleHistory(state: $state) {\n      ...RuleVersionFields\n    }\n  }\n':
    types.AdminDryNeedlingRuleHistoryDocument,
  '\n  mutation AdminRecordDryNeedlingRule($input: RecordDryNeedlingRuleInput!) {\n    recordDryNeedlingRule(input: $input) {\n      ...RuleVersionFields\n    }\n  }\n':
    types.AdminRecordDryNeedlingRuleDocument,
  '\n  mutation AdminSetUserRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) {\n      id\n      roles\n    }\n  }\n':
    types.AdminSetUserRolesDocument,
  '\n  query AdminUsers($search: String, $after: String) {\n    users(search: $search, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          displayName\n          email\n          profession\n          createdAt\n          roles\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.AdminUsersDocument,
  '\n  query Catalog(\n    $search: String\n    $topic: String\n    $minCeHours: Float\n    $maxCeHours: Float\n    $approval: ApprovalFilter\n    $after: String\n  ) {\n    courses(\n      search: $search\n      topic: $topic\n      minCeHours: $minCeHours\n      maxCeHours: $maxCeHours\n      approval: $approval\n      first: 20\n      after: $after\n    ) {\n      edges {\n        node {\n          id\n          slug\n          approvals {\n            id\n            body\n            status\n            isSample\n          }\n          currentVersion {\n            id\n            title\n            summary\n            ceHours\n            creditMinutes\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.CatalogDocument,
  '\n  query CoursePage($slug: String!) {\n    course(slug: $slug) {\n      id\n      slug\n      authors {\n        userId\n        displayName\n      }\n      approvals {\n        id\n        body\n        approvalNumber\n        status\n        validFrom\n        validUntil\n        isSample\n      }\n      prerequisites {\n        id\n        slug\n        currentVersion {\n          id\n          title\n        }\n      }\n      currentVersion {\n        id\n        number\n        title\n        summary\n        audience\n        ceHours\n        creditMinutes\n        credentialKind\n        scopeStatement\n        releasedOn\n        creditEndsOn\n        contentReviewedOn\n        contactHours {\n          label\n          approvalNumber\n          text\n        }\n        disclosure {\n          contributors {\n            name\n            credentials\n            role\n            relationships {\n              company\n              nature\n            }\n            mitigation\n          }\n          commercialSupport {\n            company\n            nature\n          }\n        }\n        certificateValidityMonths\n        learningObjectives\n        handsOnObjectives\n        totalSeatTimeMinutes\n        topicTags\n        publishedAt\n        modules {\n          id\n          position\n          title\n          objectives\n          lessons {\n            id\n            title\n            seatTimeMinutes\n          }\n          quiz {\n            id\n            title\n          }\n        }\n        finalExam {\n          id\n          title\n        }\n      }\n    }\n  }\n':
    types.CoursePageDocument,
  '\n  query CourseEnrollments {\n    myEnrollments {\n      id\n      courseId\n      status\n    }\n  }\n':
    types.CourseEnrollmentsDocument,
  '\n  mutation Enroll($courseId: ID!) {\n    enroll(courseId: $courseId) {\n      id\n      courseId\n      status\n    }\n  }\n':
    types.EnrollDocument,
  '\n  query ClinicInvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      organizationName\n      email\n      role\n      state\n      expiresAt\n    }\n  }\n':
    types.ClinicInvitationPreviewDocument,
  '\n  mutation ClinicAcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      name\n      viewerRole\n      viewerMembershipId\n    }\n  }\n':
    types.ClinicAcceptInvitationDocument,
  '\n  mutation ClinicAddRequiredCredential($input: AddRequiredCredentialInput!) {\n    addRequiredCredential(input: $input) {\n      id\n      label\n    }\n  }\n':
    types.ClinicAddRequiredCredentialDocument,
  '\n  query ClinicComplianceTotals($id: ID!) {\n    organization(id: $id) {\n      id\n      complianceReport(first: 1) {\n        generatedAt\n        csvUrl\n        requirements {\n          id\n          label\n        }\n        totals {\n          status\n          count\n        }\n      }\n    }\n  }\n':
    types.ClinicComplianceTotalsDocument,
  '\n  query ClinicHeader($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      viewerRole\n      viewerMembershipId\n    }\n  }\n':
    types.ClinicHeaderDocument,
  '\n  query ClinicPractiseState($id: ID!) {\n    organization(id: $id) {\n      id\n      state\n    }\n  }\n':
    types.ClinicPractiseStateDocument,
  '\n  mutation SetClinicState($input: SetOrganizationStateInput!) {\n    setOrganizationState(input: $input) {\n      id\n      state\n    }\n  }\n':
    types.SetClinicStateDocument,
  '\n  query ClinicList {\n    myOrganizations {\n      id\n      name\n      viewerRole\n    }\n  }\n':
    types.ClinicListDocument,
  '\n  mutation ClinicCreate($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      viewerRole\n    }\n  }\n':
    types.ClinicCreateDocument,
  '\n  mutation ClinicInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n    }\n  }\n':
    types.ClinicInviteMemberDocument,
  '\n  mutation ClinicLeave($membershipId: ID!) {\n    endMembership(membershipId: $membershipId)\n  }\n':
    types.ClinicLeaveDocument,
  '\n  mutation ClinicChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n':
    types.ClinicChangeMemberRoleDocument,
  '\n  mutation ClinicEndMembership($membershipId: ID!) {\n    endMembership(membershipId: $membershipId)\n  }\n':
    types.ClinicEndMembershipDocument,
  '\n  query ClinicMembers($id: ID!) {\n    organizationMembers(organizationId: $id) {\n      id\n      userId\n      displayName\n      email\n      role\n      requiredToHold\n      joinedAt\n    }\n  }\n':
    types.ClinicMembersDocument,
  '\n  query ClinicPendingInvitations($id: ID!) {\n    pendingInvitations(organizationId: $id) {\n      id\n      email\n      role\n      invitedAt\n      expiresAt\n    }\n  }\n':
    types.ClinicPendingInvitationsDocument,
  '\n  mutation ClinicCancelInvitation($invitationId: ID!) {\n    cancelInvitation(invitationId: $invitationId)\n  }\n':
    types.ClinicCancelInvitationDocument,
  '\n  mutation ClinicRemoveRequiredCredential($requirementId: ID!) {\n    removeRequiredCredential(requirementId: $requirementId)\n  }\n':
    types.ClinicRemoveRequiredCredentialDocument,
  '\n  mutation ClinicSetMemberRequirement($input: SetMemberRequirementInput!) {\n    setMemberRequirement(input: $input) {\n      id\n      requiredToHold\n    }\n  }\n':
    types.ClinicSetMemberRequirementDocument,
  '\n  query ClinicRequiredCredentials($id: ID!) {\n    requiredCredentials(organizationId: $id) {\n      id\n      label\n      programId\n      courseId\n      title\n      courseSlug\n    }\n    credentialPrograms {\n      id\n      title\n      courseIds\n    }\n    courses(first: 100) {\n      edges {\n        node {\n          id\n          slug\n          currentVersion {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n':
    types.ClinicRequiredCredentialsDocument,
  '\n  query ClinicMyRequiredCredentials($id: ID!) {\n    myRequiredCredentials(organizationId: $id) {\n      requirementId\n      label\n      status\n      certificateCode\n      completedOn\n      expiresOn\n      revokedOn\n    }\n  }\n':
    types.ClinicMyRequiredCredentialsDocument,
  '\n  query ClinicRoster(\n    $id: ID!\n    $status: ComplianceStatus\n    $sort: ComplianceSort!\n    $after: String\n    $eligibleHere: Boolean\n  ) {\n    organization(id: $id) {\n      id\n      complianceReport(\n        first: 25\n        after: $after\n        status: $status\n        sort: $sort\n        eligibleHere: $eligibleHere\n      ) {\n        state\n        eligibilityReminder\n        members {\n          edges {\n            cursor\n            node {\n              membershipId\n              displayName\n              email\n              role\n              licenseNumber\n              licenseState\n              nextExpiry\n              worstStatus\n              credentials {\n                requirementId\n                label\n                status\n                certificateCode\n                completedOn\n                expiresOn\n                revokedOn\n              }\n              eligibility {\n                state\n                verdict\n                missing\n                checkedOn\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n':
    types.ClinicRosterDocument,
  '\n    query Report($id: ID!) {\n      organization(id: $id) {\n        id\n        name\n        complianceReport(first: 1) {\n          generatedAt\n        }\n      }\n    }\n  ':
    types.ReportDocument,
  '\n          fragment N on Organization {\n            name\n          }\n        ':
    types.NFragmentDoc,
  '\n  fragment TranscriptCorrectionNoticeFields on CorrectionNotice {\n    id\n    versionNumber\n    kinds\n    summary\n    createdAt\n    readAt\n  }\n':
    types.TranscriptCorrectionNoticeFieldsFragmentDoc,
  '\n  mutation AcknowledgeCorrectionNotice($id: ID!) {\n    acknowledgeCorrectionNotice(id: $id) {\n      id\n      readAt\n    }\n  }\n':
    types.AcknowledgeCorrectionNoticeDocument,
  '\n  query MyCertificates {\n    myCertificates {\n      id\n      code\n      kind\n      title\n      courseVersion\n      ceHours\n      creditMinutes\n      onlineMinutes\n      liveMinutes\n      credentialKind\n      scopeStatement\n      completedOn\n      expiresOn\n      revokedOn\n      status\n      holderName\n      licenseNumber\n      licenseState\n      reissuable\n      pdfUrl\n      verifyUrl\n      approvals {\n        body\n        approvalNumber\n        isSample\n        hoursText\n      }\n    }\n  }\n':
    types.MyCertificatesDocument,
  '\n  mutation ReissueCertificate($code: String!) {\n    reissueCertificate(code: $code) {\n      id\n      code\n    }\n  }\n':
    types.ReissueCertificateDocument,
  '\n  query MyTranscript {\n    myTranscript {\n      totalHours\n      csvUrl\n      years {\n        year\n        hours\n      }\n      certificates {\n        id\n        code\n        kind\n        title\n        ceHours\n        onlineMinutes\n        liveMinutes\n        completedOn\n        expiresOn\n        status\n        correctionNotices {\n          ...TranscriptCorrectionNoticeFields\n        }\n      }\n    }\n  }\n':
    types.MyTranscriptDocument,
  '\n  fragment EligibilityAnswerFields on DryNeedlingEligibility {\n    userId\n    state\n    stateName\n    onDate\n    verdict\n    summary\n    requirements {\n      kind\n      required\n      met\n      found\n      evidence {\n        kind\n        id\n        label\n        date\n        minutes\n      }\n    }\n    steps\n    unconfirmed\n    ruleEffective\n    rulesCheckedOn\n    sources {\n      citation\n      kind\n      url\n      effective\n      checkedOn\n    }\n    reminder\n  }\n':
    types.EligibilityAnswerFieldsFragmentDoc,
  '\n  query MyDryNeedlingEligibility {\n    myDryNeedlingEligibility {\n      ...EligibilityAnswerFields\n    }\n  }\n':
    types.MyDryNeedlingEligibilityDocument,
  '\n  query DryNeedlingEligibilityCheck($state: String!, $onDate: String) {\n    dryNeedlingEligibility(state: $state, onDate: $onDate) {\n      ...EligibilityAnswerFields\n    }\n  }\n':
    types.DryNeedlingEligibilityCheckDocument,
  '\n  mutation CorrectLiveAttendance($input: CorrectLiveAttendanceInput!) {\n    correctLiveAttendance(input: $input) {\n      userId\n      checkedInAt\n      checkedOutAt\n      creditedMinutes\n      outcome\n      corrected\n    }\n  }\n':
    types.CorrectLiveAttendanceDocument,
  '\n  query LabRoster($sessionId: ID!, $after: String) {\n    liveSessionAttendance(sessionId: $sessionId, first: 50, after: $after) {\n      edges {\n        node {\n          userId\n          learnerName\n          checkedInAt\n          checkedOutAt\n          creditedMinutes\n          outcome\n          corrected\n          correctionReason\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.LabRosterDocument,
  '\n  query CheckInSession($sessionId: ID!) {\n    liveSession(id: $sessionId) {\n      id\n      title\n      venue\n      startsAt\n      endsAt\n      cancelledAt\n      myRegistration {\n        id\n        status\n      }\n      myAttendance {\n        checkedInAt\n        checkedOutAt\n        creditedMinutes\n        outcome\n      }\n    }\n  }\n':
    types.CheckInSessionDocument,
  '\n  mutation CheckIn($sessionId: ID!, $code: String!) {\n    checkInToLiveSession(sessionId: $sessionId, code: $code) {\n      checkedInAt\n      checkedOutAt\n      creditedMinutes\n      outcome\n    }\n  }\n':
    types.CheckInDocument,
  '\n  query LabCheckInCode($sessionId: ID!) {\n    liveSessionCheckInCode(sessionId: $sessionId) {\n      code\n      url\n      qrSvg\n      expiresAt\n    }\n  }\n':
    types.LabCheckInCodeDocument,
  '\n  query HybridPrograms {\n    credentialPrograms {\n      id\n      title\n      handsOnRequirements {\n        practicalExam\n      }\n    }\n  }\n':
    types.HybridProgramsDocument,
  '\n  query LabSession($sessionId: ID!) {\n    liveSession(id: $sessionId) {\n      id\n      kind\n      title\n      venue\n      startsAt\n      endsAt\n      cancelledAt\n      programId\n    }\n  }\n':
    types.LabSessionDocument,
  '\n  query LabChecklist($programId: ID!) {\n    practicalChecklists(programId: $programId) {\n      id\n      title\n      version\n    }\n  }\n':
    types.LabChecklistDocument,
  '\n  query ProgramProgressPage($programId: ID!) {\n    credentialPrograms {\n      id\n      title\n      description\n      courses {\n        id\n        slug\n        currentVersion {\n          id\n          title\n        }\n      }\n      handsOnRequirements {\n        liveMinutes {\n          sessionKind\n          minimumMinutes\n        }\n        practicalExam\n        supervisedSessions {\n          minimumCount\n          withinDays\n        }\n      }\n    }\n    myProgramProgress(programId: $programId) {\n      programId\n      met\n      liveMinutes\n      supervisedSessionsCounted\n      startedOn\n      missing {\n        kind\n        message\n        courseId\n        neededMinutes\n        neededCount\n      }\n    }\n    myPracticalExams(first: 50) {\n      edges {\n        node {\n          id\n          programId\n          checklistTitle\n          examinedOn\n          passed\n          current\n          examinerName\n          criticalFailed {\n            key\n            label\n          }\n        }\n      }\n    }\n  }\n':
    types.ProgramProgressPageDocument,
  '\n  fragment PracticalExamFields on PracticalExam {\n    id\n    checklistId\n    checklistTitle\n    checklistVersion\n    programId\n    candidateId\n    candidateName\n    examinerName\n    examinedOn\n    sessionId\n    passed\n    reasons\n    summary\n    replacesId\n    correctionReason\n    replacedById\n    current\n    signedAt\n    signatureValid\n    results {\n      key\n      label\n      critical\n      passed\n      notes\n    }\n    criticalFailed {\n      key\n      label\n    }\n  }\n':
    types.PracticalExamFieldsFragmentDoc,
  '\n  query PracticalExamSetup($programId: ID!, $candidateId: ID!) {\n    practicalChecklists(programId: $programId) {\n      id\n      title\n      version\n      nonCriticalPassPercent\n      items {\n        key\n        label\n        critical\n        description\n      }\n    }\n    practicalExams(candidateId: $candidateId, first: 20) {\n      edges {\n        node {\n          ...PracticalExamFields\n        }\n      }\n    }\n  }\n':
    types.PracticalExamSetupDocument,
  '\n  mutation RecordPracticalExam($input: RecordPracticalExamInput!) {\n    recordPracticalExam(input: $input) {\n      ...PracticalExamFields\n    }\n  }\n':
    types.RecordPracticalExamDocument,
  '\n  mutation CorrectPracticalExam(\n    $recordId: ID!\n    $input: PracticalExamSittingInput!\n    $reason: String!\n  ) {\n    correctPracticalExam(recordId: $recordId, input: $input, reason: $reason) {\n      ...PracticalExamFields\n    }\n  }\n':
    types.CorrectPracticalExamDocument,
  '\n  query EnrollmentOverview($id: ID!) {\n    enrollment(id: $id) {\n      id\n      status\n      certificate {\n        id\n        code\n      }\n      courseVersion {\n        id\n        title\n        ceHours\n        course {\n          id\n          slug\n        }\n        modules {\n          id\n          title\n          lessons {\n            id\n            title\n            seatTimeMinutes\n          }\n          quiz {\n            id\n            title\n          }\n        }\n        finalExam {\n          id\n          title\n        }\n      }\n      progressReport {\n        evaluationSubmitted\n        steps {\n          kind\n          message\n          lessonId\n          quizId\n        }\n        lessons {\n          lessonId\n          completed\n          creditedSeconds\n          requiredSeconds\n        }\n        quizzes {\n          quizId\n          passed\n        }\n      }\n    }\n  }\n':
    types.EnrollmentOverviewDocument,
  '\n  query EvaluationContext($id: ID!) {\n    enrollment(id: $id) {\n      id\n      courseVersion {\n        id\n        title\n      }\n      progressReport {\n        evaluationSubmitted\n      }\n      certificate {\n        id\n        code\n      }\n    }\n  }\n':
    types.EvaluationContextDocument,
  '\n  mutation SubmitCourseEvaluation($input: CourseEvaluationInput!) {\n    submitCourseEvaluation(input: $input) {\n      id\n      code\n    }\n  }\n':
    types.SubmitCourseEvaluationDocument,
  '\n  query MyLearning {\n    myEnrollments {\n      id\n      status\n      enrolledAt\n      completedAt\n      courseVersion {\n        id\n        title\n        ceHours\n      }\n      certificate {\n        id\n        code\n      }\n      progressReport {\n        evaluationSubmitted\n        lessons {\n          lessonId\n          completed\n        }\n        quizzes {\n          quizId\n          passed\n        }\n      }\n    }\n  }\n':
    types.MyLearningDocument,
  '\n  fragment LessonMediaFields on LessonMedia {\n    id\n    kind\n    position\n    url\n    width\n    height\n    altText\n    captionsUrl\n    transcript\n  }\n':
    types.LessonMediaFieldsFragmentDoc,
  '\n  query LessonReader($enrollmentId: ID!) {\n    enrollment(id: $enrollmentId) {\n      id\n      courseVersion {\n        id\n        title\n        modules {\n          id\n          title\n          lessons {\n            id\n            title\n            bodyHtml\n            seatTimeMinutes\n            media {\n              ...LessonMediaFields\n            }\n            references {\n              citation\n              url\n            }\n          }\n        }\n      }\n      progressReport {\n        lessons {\n          lessonId\n          creditedSeconds\n          requiredSeconds\n          watchedSeconds\n          videoSeconds\n          completed\n        }\n      }\n    }\n  }\n':
    types.LessonReaderDocument,
  '\n  mutation RecordLessonActivity(\n    $lessonId: ID!\n    $resumed: Boolean!\n    $reachedEnd: Boolean!\n    $playing: Boolean!\n  ) {\n    recordLessonActivity(\n      lessonId: $lessonId\n      resumed: $resumed\n      reachedEnd: $reachedEnd\n      playing: $playing\n    ) {\n      lessonId\n      enrollmentId\n      creditedSeconds\n      requiredSeconds\n      watchedSeconds\n      videoSeconds\n      completed\n    }\n  }\n':
    types.RecordLessonActivityDocument,
  '\n  mutation CompleteLesson($lessonId: ID!) {\n    completeLesson(lessonId: $lessonId) {\n      lessonId\n      enrollmentId\n      creditedSeconds\n      requiredSeconds\n      watchedSeconds\n      videoSeconds\n      completed\n    }\n  }\n':
    types.CompleteLessonDocument,
  '\n  fragment AttemptFields on QuizAttempt {\n    id\n    quizId\n    attemptNumber\n    status\n    startedAt\n    secondsRemaining\n    submittedAt\n    submittedLate\n    result {\n      scorePercent\n      scorePoints\n      maxPoints\n      passed\n      showsCorrectness\n      showsKey\n    }\n    questions {\n      questionId\n      position\n      type\n      stemHtml\n      selectedOptionIds\n      options {\n        id\n        text\n      }\n      review {\n        correct\n        points\n        correctOptionIds\n        explanationHtml\n        reference\n      }\n    }\n  }\n':
    types.AttemptFieldsFragmentDoc,
  '\n  query QuizPage($quizId: ID!) {\n    quiz(id: $quizId) {\n      id\n      title\n      isFinalExam\n      passingScorePercent\n      questionsPerAttempt\n      timeLimitSeconds\n      maxAttempts\n      retakeWaitMinutes\n      reviewContent\n      reviewTiming\n      viewerPolicy {\n        maxAttempts\n        timeLimitSeconds\n        attemptsUsed\n        nextAttemptAt\n        retakeWaitMinutes\n      }\n    }\n    myQuizAttempts(quizId: $quizId) {\n      ...AttemptFields\n    }\n  }\n':
    types.QuizPageDocument,
  '\n  mutation StartQuizAttempt($quizId: ID!) {\n    startQuizAttempt(quizId: $quizId) {\n      ...AttemptFields\n    }\n  }\n':
    types.StartQuizAttemptDocument,
  '\n  mutation SaveAnswer($input: SaveAnswerInput!) {\n    saveAnswer(input: $input) {\n      attemptId\n      questionId\n      selectedOptionIds\n      answeredAt\n    }\n  }\n':
    types.SaveAnswerDocument,
  '\n  mutation SubmitQuizAttempt($attemptId: ID!) {\n    submitQuizAttempt(attemptId: $attemptId) {\n      ...AttemptFields\n    }\n  }\n':
    types.SubmitQuizAttemptDocument,
  '\n  query CourseLiveSessions($courseId: ID!) {\n    liveSessions(courseId: $courseId, first: 20, upcoming: true) {\n      edges {\n        node {\n          ...LiveSessionCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n':
    types.CourseLiveSessionsDocument,
  '\n  fragment LiveSessionCardFields on LiveSession {\n    id\n    courseId\n    kind\n    title\n    venue\n    joinUrl\n    startsAt\n    endsAt\n    capacity\n    seatsLeft\n    waitlistLength\n    registrationClosesAt\n    cancelledAt\n    myRegistration {\n      id\n      status\n      waitlistPosition\n    }\n  }\n':
    types.LiveSessionCardFieldsFragmentDoc,
  '\n  query LiveSessions($courseId: ID, $after: String) {\n    liveSessions(courseId: $courseId, first: 20, after: $after, upcoming: true) {\n      edges {\n        node {\n          ...LiveSessionCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.LiveSessionsDocument,
  '\n  query LiveCourseNames {\n    courses(first: 100) {\n      edges {\n        node {\n          id\n          currentVersion {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n':
    types.LiveCourseNamesDocument,
  '\n  query TeachLiveSessions($courseId: ID, $programId: ID, $after: String) {\n    liveSessions(courseId: $courseId, programId: $programId, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          title\n          venue\n          joinUrl\n          startsAt\n          endsAt\n          capacity\n          instructors\n          learnersPerInstructor\n          seatsLeft\n          waitlistLength\n          cancelledAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.TeachLiveSessionsDocument,
  '\n  mutation CancelLiveSession($id: ID!) {\n    cancelLiveSession(id: $id) {\n      id\n      cancelledAt\n    }\n  }\n':
    types.CancelLiveSessionDocument,
  '\n  mutation RegisterForLiveSession($sessionId: ID!) {\n    registerForLiveSession(sessionId: $sessionId) {\n      id\n      status\n      waitlistPosition\n    }\n  }\n':
    types.RegisterForLiveSessionDocument,
  '\n  mutation CancelLiveSessionRegistration($sessionId: ID!) {\n    cancelLiveSessionRegistration(sessionId: $sessionId) {\n      id\n      status\n      waitlistPosition\n    }\n  }\n':
    types.CancelLiveSessionRegistrationDocument,
  '\n  query LiveSessionStatus($id: ID!) {\n    liveSession(id: $id) {\n      ...LiveSessionCardFields\n    }\n  }\n':
    types.LiveSessionStatusDocument,
  '\n  mutation ScheduleLiveSession($input: ScheduleLiveSessionInput!) {\n    scheduleLiveSession(input: $input) {\n      id\n      courseId\n      title\n      startsAt\n      endsAt\n    }\n  }\n':
    types.ScheduleLiveSessionDocument,
  '\n  query TeachLiveCourses {\n    credentialPrograms {\n      id\n      title\n      courses {\n        id\n      }\n    }\n    myAuthoredCourses {\n      id\n      slug\n      currentVersion {\n        id\n        title\n      }\n      openVersion {\n        id\n        title\n      }\n    }\n  }\n':
    types.TeachLiveCoursesDocument,
  '\n  mutation RecordAdverseEvent($input: RecordAdverseEventInput!) {\n    recordAdverseEvent(input: $input) {\n      id\n    }\n  }\n':
    types.RecordAdverseEventDocument,
  '\n  fragment AdverseEventFields on AdverseEvent {\n    id\n    eventDate\n    severity\n    type\n    actionTaken\n    outcome\n    clinicianName\n  }\n':
    types.AdverseEventFieldsFragmentDoc,
  '\n  query AdverseEventSummary {\n    adverseEventSummary {\n      total\n      groups {\n        type\n        types\n        count\n      }\n    }\n  }\n':
    types.AdverseEventSummaryDocument,
  '\n  query ClinicAdverseEvents($organizationId: ID!, $after: String) {\n    clinicAdverseEventRate(organizationId: $organizationId) {\n      organizationId\n      eventCount\n      treatmentCount\n      eventsWithTreatmentsLogged\n      ratePerThousandTreatments\n    }\n    clinicAdverseEvents(organizationId: $organizationId, first: 20, after: $after) {\n      edges {\n        node {\n          ...AdverseEventFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.ClinicAdverseEventsDocument,
  '\n  query SessionsToConfirm($after: String) {\n    sessionsToConfirm(first: 50, after: $after) {\n      edges {\n        node {\n          ...SupervisedSessionFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.SessionsToConfirmDocument,
  '\n  query MyAdverseEvents($after: String) {\n    myAdverseEvents(first: 50, after: $after) {\n      edges {\n        node {\n          ...AdverseEventFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.MyAdverseEventsDocument,
  '\n  query MySupervisedSessions($after: String) {\n    mySupervisedSessions(first: 50, after: $after) {\n      edges {\n        node {\n          ...SupervisedSessionFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.MySupervisedSessionsDocument,
  '\n  query MySupervisorQualification {\n    mySupervisorQualification {\n      licenseState\n      licenseNumber\n      dryNeedlingYears\n      ownSessions\n      meetsStateQualification\n      updatedAt\n    }\n  }\n':
    types.MySupervisorQualificationDocument,
  '\n  mutation SetSupervisorQualification($input: SupervisorQualificationInput!) {\n    setSupervisorQualification(input: $input) {\n      licenseState\n      licenseNumber\n      dryNeedlingYears\n      ownSessions\n      meetsStateQualification\n      updatedAt\n    }\n  }\n':
    types.SetSupervisorQualificationDocument,
  '\n  mutation ConfirmSupervisedSession($id: ID!) {\n    confirmSupervisedSession(id: $id) {\n      ...SupervisedSessionFields\n    }\n  }\n':
    types.ConfirmSupervisedSessionDocument,
  '\n  mutation RejectSupervisedSession($id: ID!, $reason: String!) {\n    rejectSupervisedSession(id: $id, reason: $reason) {\n      ...SupervisedSessionFields\n    }\n  }\n':
    types.RejectSupervisedSessionDocument,
  '\n  fragment SupervisedSessionFields on SupervisedSession {\n    id\n    programId\n    sessionDate\n    bodyRegions\n    muscles\n    needleCount\n    notes\n    status\n    decidedAt\n    rejectionReason\n    learnerName\n    supervisorName\n    supervisorCheck {\n      qualified\n      reasons\n    }\n  }\n':
    types.SupervisedSessionFieldsFragmentDoc,
  '\n  mutation RecordSupervisedSession($input: RecordSupervisedSessionInput!) {\n    recordSupervisedSession(input: $input) {\n      id\n      status\n      supervisorName\n    }\n  }\n':
    types.RecordSupervisedSessionDocument,
  '\n  mutation RecordTreatmentCount($input: RecordTreatmentCountInput!) {\n    recordTreatmentCount(input: $input) {\n      date\n      count\n    }\n  }\n':
    types.RecordTreatmentCountDocument,
  '\n  query PracticePrograms {\n    credentialPrograms {\n      id\n      title\n      handsOnRequirements {\n        supervisedSessions {\n          minimumCount\n          withinDays\n        }\n      }\n      courses {\n        id\n        authors {\n          userId\n          displayName\n        }\n      }\n    }\n  }\n':
    types.PracticeProgramsDocument,
  '\n  query RenewalPlans {\n    me {\n      id\n      licenses {\n        id\n        state\n        number\n        expiresOn\n        renewalPlan {\n          licenseId\n          state\n          stateName\n          requiredHours\n          cycleMonths\n          windowStart\n          dueOn\n          daysLeft\n          earnedHours\n          countedHours\n          liveHours\n          selfPacedHours\n          stillNeededHours\n          complete\n          limits\n          checkWithBoard\n          firstRenewal\n          recordKeeping\n          notes\n          minutesPerHour\n          credits {\n            id\n            source\n            provider\n            title\n            completedOn\n            hours\n            countedHours\n          }\n          topics {\n            label\n            requiredHours\n            earnedHours\n            met\n            when\n          }\n          sources {\n            citation\n            url\n            checkedOn\n          }\n        }\n      }\n    }\n  }\n':
    types.RenewalPlansDocument,
  '\n  query MyOutsideCe($after: String) {\n    myOutsideCe(first: 50, after: $after) {\n      edges {\n        node {\n          id\n          provider\n          title\n          completedOn\n          hours\n          selfPaced\n          topics\n          fileName\n          fileUrl\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.MyOutsideCeDocument,
  '\n  mutation RemoveOutsideCe($id: ID!) {\n    removeOutsideCe(id: $id)\n  }\n':
    types.RemoveOutsideCeDocument,
  '\n  mutation TeachAddLesson($input: AddLessonInput!) {\n    addLesson(input: $input) {\n      id\n      title\n    }\n  }\n':
    types.TeachAddLessonDocument,
  '\n  query TeachAssessment($versionId: ID!) {\n    courseVersion(id: $versionId) {\n      id\n      number\n      status\n      title\n      reviewComment\n      course {\n        id\n        viewerIsAuthor\n      }\n      modules {\n        id\n        title\n      }\n      objectives {\n        key\n        text\n      }\n      questionBanks {\n        id\n        title\n        questions {\n          id\n        }\n      }\n      quizzes {\n        ...TeachQuizFields\n      }\n    }\n  }\n':
    types.TeachAssessmentDocument,
  '\n  fragment TeachQuizFields on Quiz {\n    id\n    title\n    moduleId\n    isFinalExam\n    bank {\n      id\n      title\n    }\n    passingScorePercent\n    questionCount\n    questionsPerAttempt\n    timeLimitSeconds\n    maxAttempts\n    scoring\n    reviewContent\n    reviewTiming\n    shuffleQuestions\n    shuffleOptions\n    retakeWaitMinutes\n    blueprint {\n      objective\n      count\n    }\n    blueprintPlan {\n      freshAttempts\n      retakesMayRepeat\n      problems\n      rows {\n        objective\n        count\n        poolSize\n      }\n    }\n  }\n':
    types.TeachQuizFieldsFragmentDoc,
  '\n  mutation TeachRemoveAuthor($input: RemoveCourseAuthorInput!) {\n    removeCourseAuthor(input: $input)\n  }\n':
    types.TeachRemoveAuthorDocument,
  '\n  mutation TeachCreateBank($input: CreateQuestionBankInput!) {\n    createQuestionBank(input: $input) {\n      id\n      title\n    }\n  }\n':
    types.TeachCreateBankDocument,
  '\n  mutation TeachRemoveBank($bankId: ID!) {\n    removeQuestionBank(bankId: $bankId)\n  }\n':
    types.TeachRemoveBankDocument,
  '\n  mutation TeachAddAuthor($input: AddCourseAuthorInput!) {\n    addCourseAuthor(input: $input)\n  }\n':
    types.TeachAddAuthorDocument,
  '\n  mutation TeachMarkVersionCorrection($versionId: ID!, $input: VersionCorrectionInput!) {\n    markVersionCorrection(versionId: $versionId, input: $input) {\n      id\n      correction {\n        kinds\n        summary\n      }\n    }\n  }\n':
    types.TeachMarkVersionCorrectionDocument,
  '\n  mutation TeachClearVersionCorrection($versionId: ID!) {\n    clearVersionCorrection(versionId: $versionId) {\n      id\n      correction {\n        kinds\n        summary\n      }\n    }\n  }\n':
    types.TeachClearVersionCorrectionDocument,
  '\n  query TeachCourse($slug: String!) {\n    course(slug: $slug) {\n      id\n      slug\n      viewerIsAuthor\n      viewerCanRemoveAuthors\n      authors {\n        userId\n        displayName\n        isOwner\n      }\n      currentVersion {\n        id\n        number\n        title\n      }\n      openVersion {\n        id\n        number\n        status\n      }\n      versions {\n        id\n        number\n        title\n        status\n        changelog\n        reviewComment\n        submittedAt\n        publishedAt\n        retiredAt\n      }\n    }\n  }\n':
    types.TeachCourseDocument,
  '\n  mutation TeachDiscardDraft($versionId: ID!) {\n    discardDraftVersion(versionId: $versionId) {\n      versionId\n      courseId\n      number\n      courseRemoved\n    }\n  }\n':
    types.TeachDiscardDraftDocument,
  '\n  fragment GiftPreviewFields on GiftImport {\n    dryRun\n    imported\n    problems {\n      line\n      message\n    }\n    warnings {\n      line\n      message\n    }\n    questions {\n      line\n      type\n      stemMarkdown\n      objectiveTag\n      options {\n        text\n        isCorrect\n      }\n    }\n  }\n':
    types.GiftPreviewFieldsFragmentDoc,
  '\n  mutation TeachImportGift($bankId: ID!, $gift: String!, $dryRun: Boolean!) {\n    importGiftQuestions(bankId: $bankId, gift: $gift, dryRun: $dryRun) {\n      ...GiftPreviewFields\n    }\n  }\n':
    types.TeachImportGiftDocument,
  '\n  query TeachItemAnalysis($quizId: ID!) {\n    quiz(id: $quizId) {\n      id\n      title\n      isFinalExam\n      passingScorePercent\n      questionsPerAttempt\n      bank {\n        id\n        title\n      }\n      courseVersion {\n        id\n        number\n        title\n      }\n    }\n    quizItemAnalysis(quizId: $quizId) {\n      quizId\n      attempts\n      meanScorePercent\n      passRate\n      scoreDistribution {\n        fromPercent\n        toPercent\n        attempts\n      }\n      questions {\n        questionId\n        position\n        stemMarkdown\n        objectiveTag\n        responses\n        facility\n        discrimination\n        mostChosenWrongOption {\n          optionId\n          text\n          picks\n        }\n        options {\n          optionId\n          position\n          text\n          isKey\n          picks\n          share\n        }\n      }\n    }\n  }\n':
    types.TeachItemAnalysisDocument,
  '\n  query TeachLessonEditor($lessonId: ID!) {\n    lesson(id: $lessonId) {\n      ...TeachLessonFields\n      media {\n        ...TeachLessonMediaFields\n      }\n      module {\n        id\n        title\n      }\n      courseVersion {\n        id\n        number\n        status\n        title\n        reviewComment\n        course {\n          id\n          viewerIsAuthor\n        }\n        modules {\n          id\n          lessons {\n            id\n            title\n          }\n        }\n        creditReport {\n          ...CreditReportFields\n        }\n      }\n    }\n  }\n':
    types.TeachLessonEditorDocument,
  '\n  fragment TeachLessonFields on Lesson {\n    id\n    position\n    title\n    seatTimeMinutes\n    bodyMarkdown\n    bodyHtml\n    references {\n      citation\n      url\n    }\n  }\n':
    types.TeachLessonFieldsFragmentDoc,
  '\n  mutation TeachUpdateLesson($input: UpdateLessonInput!) {\n    updateLesson(input: $input) {\n      ...TeachLessonFields\n    }\n  }\n':
    types.TeachUpdateLessonDocument,
  '\n  mutation TeachReorderLessons($input: ReorderLessonsInput!) {\n    reorderLessons(input: $input) {\n      ...TeachModuleFields\n    }\n  }\n':
    types.TeachReorderLessonsDocument,
  '\n  mutation TeachRemoveLesson($lessonId: ID!) {\n    removeLesson(lessonId: $lessonId) {\n      ...TeachModuleFields\n    }\n  }\n':
    types.TeachRemoveLessonDocument,
  '\n  fragment TeachLessonMediaFields on LessonMedia {\n    id\n    kind\n    position\n    url\n    contentType\n    bytes\n    width\n    height\n    altText\n    durationSeconds\n    captionsUrl\n    transcript\n  }\n':
    types.TeachLessonMediaFieldsFragmentDoc,
  '\n  mutation TeachRemoveLessonMedia($mediaId: ID!) {\n    removeLessonMedia(mediaId: $mediaId)\n  }\n':
    types.TeachRemoveLessonMediaDocument,
  '\n  mutation TeachUpdateModule($input: UpdateModuleInput!) {\n    updateModule(input: $input) {\n      ...TeachModuleFields\n    }\n  }\n':
    types.TeachUpdateModuleDocument,
  '\n  mutation TeachRemoveModule($moduleId: ID!) {\n    removeModule(moduleId: $moduleId) {\n      id\n      totalSeatTimeMinutes\n      modules {\n        ...TeachModuleFields\n      }\n    }\n  }\n':
    types.TeachRemoveModuleDocument,
  '\n  fragment TeachModuleFields on CourseModule {\n    id\n    position\n    title\n    objectives\n    lessons {\n      id\n      position\n      title\n      seatTimeMinutes\n    }\n    quiz {\n      id\n      title\n    }\n  }\n':
    types.TeachModuleFieldsFragmentDoc,
  '\n  mutation TeachAddModule($input: AddModuleInput!) {\n    addModule(input: $input) {\n      ...TeachModuleFields\n    }\n  }\n':
    types.TeachAddModuleDocument,
  '\n  mutation TeachReorderModules($input: ReorderModulesInput!) {\n    reorderModules(input: $input) {\n      id\n      modules {\n        ...TeachModuleFields\n      }\n    }\n  }\n':
    types.TeachReorderModulesDocument,
  '\n  query TeachMyCourses {\n    myAuthoredCourses {\n      id\n      slug\n      currentVersion {\n        id\n        number\n        title\n        status\n      }\n      openVersion {\n        id\n        number\n        title\n        status\n        reviewComment\n      }\n    }\n  }\n':
    types.TeachMyCoursesDocument,
  '\n  mutation TeachCreateCourse($input: CreateCourseInput!) {\n    createCourse(input: $input) {\n      id\n    }\n  }\n':
    types.TeachCreateCourseDocument,
  '\n  mutation TeachCreateDraft($input: CreateDraftVersionInput!) {\n    createDraftVersion(input: $input) {\n      id\n    }\n  }\n':
    types.TeachCreateDraftDocument,
  '\n  mutation TeachClearPilot($lessonId: ID!) {\n    clearLessonPilot(lessonId: $lessonId) {\n      id\n    }\n  }\n':
    types.TeachClearPilotDocument,
  '\n  query TeachQuestionBank($bankId: ID!) {\n    questionBank(id: $bankId) {\n      id\n      title\n      courseVersion {\n        id\n        number\n        status\n        title\n        reviewComment\n        course {\n          id\n          viewerIsAuthor\n        }\n      }\n      questions {\n        ...TeachQuestionFields\n      }\n      checks {\n        ...BankChecksFields\n      }\n    }\n  }\n':
    types.TeachQuestionBankDocument,
  '\n  fragment TeachQuestionFields on Question {\n    id\n    position\n    type\n    stemMarkdown\n    explanationMarkdown\n    reference\n    objectiveTag\n    options {\n      id\n      position\n      text\n      isCorrect\n    }\n  }\n':
    types.TeachQuestionFieldsFragmentDoc,
  '\n  mutation TeachAddQuestion($input: AddQuestionInput!) {\n    addQuestion(input: $input) {\n      ...TeachQuestionFields\n    }\n  }\n':
    types.TeachAddQuestionDocument,
  '\n  mutation TeachUpdateQuestion($input: UpdateQuestionInput!) {\n    updateQuestion(input: $input) {\n      ...TeachQuestionFields\n    }\n  }\n':
    types.TeachUpdateQuestionDocument,
  '\n  mutation TeachRemoveQuestion($questionId: ID!) {\n    removeQuestion(questionId: $questionId) {\n      id\n      questions {\n        ...TeachQuestionFields\n      }\n    }\n  }\n':
    types.TeachRemoveQuestionDocument,
  '\n  mutation TeachReorderQuestions($input: ReorderQuestionsInput!) {\n    reorderQuestions(input: $input) {\n      id\n      questions {\n        id\n        position\n      }\n    }\n  }\n':
    types.TeachReorderQuestionsDocument,
  '\n  mutation TeachCreateQuiz($input: CreateQuizInput!) {\n    createQuiz(input: $input) {\n      ...TeachQuizFields\n    }\n  }\n':
    types.TeachCreateQuizDocument,
  '\n  mutation TeachUpdateQuiz($input: UpdateQuizInput!) {\n    updateQuiz(input: $input) {\n      ...TeachQuizFields\n    }\n  }\n':
    types.TeachUpdateQuizDocument,
  '\n  mutation TeachRemoveQuiz($quizId: ID!) {\n    removeQuiz(quizId: $quizId)\n  }\n':
    types.TeachRemoveQuizDocument,
  '\n  mutation TeachRecordPilot($input: RecordLessonPilotInput!) {\n    recordLessonPilot(input: $input) {\n      id\n    }\n  }\n':
    types.TeachRecordPilotDocument,
  '\n  mutation TeachSubmitVersion($versionId: ID!) {\n    submitCourseVersion(versionId: $versionId) {\n      id\n      status\n      submittedAt\n      reviewComment\n    }\n  }\n':
    types.TeachSubmitVersionDocument,
  '\n  query TeachVersionEditor($id: ID!) {\n    courseVersion(id: $id) {\n      id\n      number\n      status\n      title\n      summary\n      audience\n      creditMinutes\n      ceHours\n      certificateValidityMonths\n      quizzesAfterLessons\n      learningObjectives\n      objectives {\n        key\n        text\n      }\n      handsOnObjectives\n      topicTags\n      credentialKind\n      scopeStatement\n      releasedOn\n      contentReviewedOn\n      creditEndsOn\n      disclosure {\n        ...TeachDisclosureFields\n      }\n      correction {\n        kinds\n        summary\n      }\n      changelog\n      reviewComment\n      submittedAt\n      publishedAt\n      retiredAt\n      totalSeatTimeMinutes\n      course {\n        id\n        slug\n        viewerIsAuthor\n      }\n      modules {\n        ...TeachModuleFields\n      }\n      questionBanks {\n        id\n      }\n      quizzes {\n        id\n      }\n    }\n  }\n':
    types.TeachVersionEditorDocument,
  '\n  mutation RecordBoardReportResult($lineIds: [ID!]!, $status: BoardReportResult!, $reason: String) {\n    recordBoardReportResult(lineIds: $lineIds, status: $status, reason: $reason) {\n      id\n      status\n      reason\n    }\n  }\n':
    types.RecordBoardReportResultDocument,
  '\n  query CourseBoardReport($courseId: ID!, $status: BoardReportStatus, $after: String) {\n    courseBoardReport(courseId: $courseId, status: $status, first: 50, after: $after) {\n      courseId\n      counts {\n        pending\n        exported\n        accepted\n        rejected\n        notReportable\n      }\n      lines {\n        edges {\n          node {\n            id\n            holderName\n            licenseNumber\n            state\n            profession\n            completedOn\n            ceHours\n            status\n            reason\n            note\n            exportedAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      exports {\n        id\n        createdAt\n        lineCount\n        filename\n        sha256\n        downloadPath\n      }\n    }\n  }\n':
    types.CourseBoardReportDocument,
  '\n  mutation ExportCeBrokerRoster($courseId: ID!) {\n    exportCeBrokerRoster(courseId: $courseId) {\n      id\n      lineCount\n      filename\n      downloadPath\n    }\n  }\n':
    types.ExportCeBrokerRosterDocument,
  '\n  query BoardReportingCourses {\n    myAuthoredCourses {\n      id\n      slug\n      currentVersion {\n        id\n        title\n      }\n      openVersion {\n        id\n        title\n      }\n    }\n  }\n':
    types.BoardReportingCoursesDocument,
  '\n  query CourseBoardReporting($courseId: ID!) {\n    courseBoardReporting(courseId: $courseId) {\n      courseId\n      providerNumber\n      courseNumber\n      boards {\n        state\n        profession\n      }\n    }\n  }\n':
    types.CourseBoardReportingDocument,
  '\n  mutation SetCourseBoardReporting($input: SetCourseBoardReportingInput!) {\n    setCourseBoardReporting(input: $input) {\n      courseId\n      providerNumber\n      courseNumber\n      boards {\n        state\n        profession\n      }\n    }\n  }\n':
    types.SetCourseBoardReportingDocument,
  '\n  fragment BankChecksFields on QuestionBankChecks {\n    singleChoice\n    longestKeys\n    longestKeyLimit\n    chanceShare\n    trueFalse\n    falseKeys\n    keyPositions\n    findings {\n      code\n      limit\n      message\n    }\n    items {\n      questionId\n      warnings {\n        code\n        message\n      }\n    }\n  }\n':
    types.BankChecksFieldsFragmentDoc,
  '\n  query TeachCreditReport($id: ID!) {\n    courseVersion(id: $id) {\n      id\n      questionBanks {\n        id\n        questions {\n          id\n        }\n      }\n      creditReport {\n        ...CreditReportFields\n      }\n      observedTime {\n        ...ObservedTimeFields\n      }\n    }\n  }\n':
    types.TeachCreditReportDocument,
  '\n  fragment CreditReportFields on CreditReport {\n    claimedMinutes\n    supportedMinutes\n    lessonMinutes\n    quizMinutes\n    readingWordsPerMinute\n    minutesPerQuestion\n    seatTimeTolerancePercent\n    claimedHours {\n      label\n      approvalNumber\n      minutesPerHour\n      increment\n      hours\n      text\n    }\n    supportedHours {\n      label\n      approvalNumber\n      minutesPerHour\n      increment\n      hours\n      text\n    }\n    lessons {\n      lessonId\n      title\n      words\n      readingMinutes\n      mediaMinutes\n      estimateMinutes\n      source\n      seatTimeMinutes\n      maxSeatTimeMinutes\n      pilot {\n        testers\n        medianMinutes\n        note\n        stale\n        recordedAt\n      }\n    }\n    quizzes {\n      quizId\n      title\n      questionsDrawn\n      minutes\n    }\n    problems {\n      code\n      field\n      message\n      overridden\n    }\n    overrides {\n      stage\n      codes\n      reason\n      adminName\n      createdAt\n    }\n  }\n':
    types.CreditReportFieldsFragmentDoc,
  '\n  fragment ObservedTimeFields on ObservedTime {\n    completions\n    minimumCompletions\n    lessons {\n      lessonId\n      title\n      requiredMinutes\n      basis\n      learners\n      readers\n      activeMedianMinutes\n      activeQ1Minutes\n      activeQ3Minutes\n      readingMedianMinutes\n      readingQ1Minutes\n      readingQ3Minutes\n      flag\n    }\n  }\n':
    types.ObservedTimeFieldsFragmentDoc,
  '\n  query PreviewLessonMarkdown($markdown: String!) {\n    previewLessonMarkdown(markdown: $markdown)\n  }\n':
    types.PreviewLessonMarkdownDocument,
  '\n  mutation TeachUpdateVersion($input: UpdateCourseVersionInput!) {\n    updateCourseVersion(input: $input) {\n      id\n      title\n      summary\n      audience\n      creditMinutes\n      ceHours\n      certificateValidityMonths\n      learningObjectives\n      objectives {\n        key\n        text\n      }\n      handsOnObjectives\n      topicTags\n      changelog\n      credentialKind\n      scopeStatement\n      releasedOn\n      contentReviewedOn\n      creditEndsOn\n      disclosure {\n        ...TeachDisclosureFields\n      }\n    }\n  }\n':
    types.TeachUpdateVersionDocument,
  '\n  fragment TeachDisclosureFields on CourseDisclosure {\n    contributors {\n      name\n      credentials\n      role\n      relationships {\n        company\n        nature\n      }\n      mitigation\n    }\n    commercialSupport {\n      company\n      nature\n    }\n  }\n':
    types.TeachDisclosureFieldsFragmentDoc,
  '\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      code\n      codeWellFormed\n      status\n      holderName\n      licenseNumber\n      licenseState\n      title\n      courseVersion\n      provider\n      ceHours\n      creditMinutes\n      onlineMinutes\n      liveMinutes\n      credentialKind\n      scopeStatement\n      approvals {\n        body\n        approvalNumber\n        isSample\n        hoursText\n      }\n      completedOn\n      expiresOn\n      revokedOn\n      supersededByCode\n    }\n  }\n':
    types.VerifyCertificateDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n',
): (typeof documents)['\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SessionUserFields on User {\n    id\n    email\n    displayName\n    profession\n    licenseNumber\n    licenseState\n    roles\n    emailVerified\n  }\n',
): (typeof documents)['\n  fragment SessionUserFields on User {\n    id\n    email\n    displayName\n    profession\n    licenseNumber\n    licenseState\n    roles\n    emailVerified\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RefreshSession {\n    refreshToken {\n      accessToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RefreshSession {\n    refreshToken {\n      accessToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Logout {\n    logout\n  }\n',
): (typeof documents)['\n  mutation Logout {\n    logout\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SessionViewer {\n    me {\n      ...SessionUserFields\n    }\n  }\n',
): (typeof documents)['\n  query SessionViewer {\n    me {\n      ...SessionUserFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      id\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyClinics {\n    myOrganizations {\n      id\n      name\n      viewerRole\n    }\n  }\n',
): (typeof documents)['\n  query MyClinics {\n    myOrganizations {\n      id\n      name\n      viewerRole\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n',
): (typeof documents)['\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n',
): (typeof documents)['\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyEmailPreferences {\n    me {\n      id\n      emailPreferences {\n        credentialReminders\n        clinicNotices\n        courseCorrections\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyEmailPreferences {\n    me {\n      id\n      emailPreferences {\n        credentialReminders\n        clinicNotices\n        courseCorrections\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateEmailPreferences($input: EmailPreferencesInput!) {\n    updateEmailPreferences(input: $input) {\n      credentialReminders\n      clinicNotices\n      courseCorrections\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateEmailPreferences($input: EmailPreferencesInput!) {\n    updateEmailPreferences(input: $input) {\n      credentialReminders\n      clinicNotices\n      courseCorrections\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n',
): (typeof documents)['\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...SessionUserFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...SessionUserFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n',
): (typeof documents)['\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n',
): (typeof documents)['\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteMyAccount($input: DeleteAccountInput!) {\n    deleteMyAccount(input: $input)\n  }\n',
): (typeof documents)['\n  mutation DeleteMyAccount($input: DeleteAccountInput!) {\n    deleteMyAccount(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProfileLicenseFields on License {\n    id\n    state\n    profession\n    number\n    status\n    effectiveStatus\n    issuedOn\n    expiresOn\n    primary\n    numberCheck {\n      status\n      message\n      sourceUrl\n    }\n  }\n',
): (typeof documents)['\n  fragment ProfileLicenseFields on License {\n    id\n    state\n    profession\n    number\n    status\n    effectiveStatus\n    issuedOn\n    expiresOn\n    primary\n    numberCheck {\n      status\n      message\n      sourceUrl\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccountLicenses {\n    me {\n      id\n      licenses {\n        ...ProfileLicenseFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AccountLicenses {\n    me {\n      id\n      licenses {\n        ...ProfileLicenseFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveLicense($input: SaveLicenseInput!) {\n    saveLicense(input: $input) {\n      ...SessionUserFields\n      licenses {\n        ...ProfileLicenseFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveLicense($input: SaveLicenseInput!) {\n    saveLicense(input: $input) {\n      ...SessionUserFields\n      licenses {\n        ...ProfileLicenseFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveLicense($id: ID!) {\n    removeLicense(id: $id) {\n      ...SessionUserFields\n      licenses {\n        ...ProfileLicenseFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveLicense($id: ID!) {\n    removeLicense(id: $id) {\n      ...SessionUserFields\n      licenses {\n        ...ProfileLicenseFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminAccommodationCourses($search: String) {\n    courses(search: $search, first: 50) {\n      edges {\n        node {\n          id\n          slug\n          currentVersion {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminAccommodationCourses($search: String) {\n    courses(search: $search, first: 50) {\n      edges {\n        node {\n          id\n          slug\n          currentVersion {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminAccommodationQuizzes($slug: String!) {\n    course(slug: $slug) {\n      id\n      slug\n      currentVersion {\n        id\n        title\n        number\n        quizzes {\n          id\n          title\n          isFinalExam\n          maxAttempts\n          timeLimitSeconds\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminAccommodationQuizzes($slug: String!) {\n    course(slug: $slug) {\n      id\n      slug\n      currentVersion {\n        id\n        title\n        number\n        quizzes {\n          id\n          title\n          isFinalExam\n          maxAttempts\n          timeLimitSeconds\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminGrantAccommodation($input: GrantQuizAccommodationInput!) {\n    grantQuizAccommodation(input: $input) {\n      id\n      learnerName\n    }\n  }\n',
): (typeof documents)['\n  mutation AdminGrantAccommodation($input: GrantQuizAccommodationInput!) {\n    grantQuizAccommodation(input: $input) {\n      id\n      learnerName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminAccommodationLearners($search: String) {\n    users(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminAccommodationLearners($search: String) {\n    users(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminQuizAccommodations($quizId: ID!) {\n    quiz(id: $quizId) {\n      id\n      title\n      maxAttempts\n      timeLimitSeconds\n    }\n    quizAccommodations(quizId: $quizId) {\n      id\n      userId\n      learnerName\n      extraAttempts\n      extraTimePercent\n      reason\n      grantedAt\n    }\n  }\n',
): (typeof documents)['\n  query AdminQuizAccommodations($quizId: ID!) {\n    quiz(id: $quizId) {\n      id\n      title\n      maxAttempts\n      timeLimitSeconds\n    }\n    quizAccommodations(quizId: $quizId) {\n      id\n      userId\n      learnerName\n      extraAttempts\n      extraTimePercent\n      reason\n      grantedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminCourseApprovals($slug: String!) {\n    course(slug: $slug) {\n      id\n      slug\n      currentVersion {\n        id\n        title\n      }\n      approvals {\n        id\n        body\n        approvalNumber\n        validFrom\n        validUntil\n        isSample\n        status\n        minutesPerHour\n        increment\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminCourseApprovals($slug: String!) {\n    course(slug: $slug) {\n      id\n      slug\n      currentVersion {\n        id\n        title\n      }\n      approvals {\n        id\n        body\n        approvalNumber\n        validFrom\n        validUntil\n        isSample\n        status\n        minutesPerHour\n        increment\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminApprovalCourses($search: String) {\n    courses(search: $search, first: 50) {\n      edges {\n        node {\n          id\n          slug\n          currentVersion {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminApprovalCourses($search: String) {\n    courses(search: $search, first: 50) {\n      edges {\n        node {\n          id\n          slug\n          currentVersion {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminRecordApproval($input: RecordCourseApprovalInput!) {\n    recordCourseApproval(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation AdminRecordApproval($input: RecordCourseApprovalInput!) {\n    recordCourseApproval(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminVerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      code\n      codeWellFormed\n      status\n      holderName\n      licenseNumber\n      licenseState\n      title\n      courseVersion\n      ceHours\n      completedOn\n      expiresOn\n      revokedOn\n      supersededByCode\n    }\n  }\n',
): (typeof documents)['\n  query AdminVerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      code\n      codeWellFormed\n      status\n      holderName\n      licenseNumber\n      licenseState\n      title\n      courseVersion\n      ceHours\n      completedOn\n      expiresOn\n      revokedOn\n      supersededByCode\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminRevokeCertificate($input: RevokeCertificateInput!) {\n    revokeCertificate(input: $input) {\n      id\n      code\n      status\n      revokedOn\n    }\n  }\n',
): (typeof documents)['\n  mutation AdminRevokeCertificate($input: RevokeCertificateInput!) {\n    revokeCertificate(input: $input) {\n      id\n      code\n      status\n      revokedOn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminSetHandsOnRequirements($input: SetHandsOnRequirementsInput!) {\n    setProgramHandsOnRequirements(input: $input) {\n      practicalExam\n    }\n  }\n',
): (typeof documents)['\n  mutation AdminSetHandsOnRequirements($input: SetHandsOnRequirementsInput!) {\n    setProgramHandsOnRequirements(input: $input) {\n      practicalExam\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminPrograms {\n    credentialPrograms {\n      id\n      slug\n      title\n      credentialKind\n      courses {\n        id\n        currentVersion {\n          title\n        }\n      }\n      handsOnRequirements {\n        liveMinutes {\n          sessionKind\n          minimumMinutes\n        }\n        practicalExam\n        supervisedSessions {\n          minimumCount\n          withinDays\n        }\n        supervisorRule {\n          citation\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminPrograms {\n    credentialPrograms {\n      id\n      slug\n      title\n      credentialKind\n      courses {\n        id\n        currentVersion {\n          title\n        }\n      }\n      handsOnRequirements {\n        liveMinutes {\n          sessionKind\n          minimumMinutes\n        }\n        practicalExam\n        supervisedSessions {\n          minimumCount\n          withinDays\n        }\n        supervisorRule {\n          citation\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminOverrideGates($input: OverrideCreditGatesInput!) {\n    overrideCreditGates(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation AdminOverrideGates($input: OverrideCreditGatesInput!) {\n    overrideCreditGates(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminPublishAfterOverride($versionId: ID!) {\n    publishCourseVersion(versionId: $versionId) {\n      id\n      status\n      publishedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation AdminPublishAfterOverride($versionId: ID!) {\n    publishCourseVersion(versionId: $versionId) {\n      id\n      status\n      publishedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReviewQuizzes on CourseVersion {\n    quizzes {\n      id\n      title\n      isFinalExam\n      passingScorePercent\n      questionsPerAttempt\n      timeLimitSeconds\n      maxAttempts\n      retakeWaitMinutes\n      scoring\n      bank {\n        id\n        title\n      }\n      blueprint {\n        objective\n        count\n      }\n      blueprintPlan {\n        freshAttempts\n        retakesMayRepeat\n        problems\n      }\n    }\n    questionBanks {\n      id\n      title\n      checks {\n        ...BankChecksFields\n      }\n      questions {\n        id\n        position\n        type\n        stemMarkdown\n        objectiveTag\n        reference\n        explanationMarkdown\n        options {\n          id\n          position\n          text\n          isCorrect\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ReviewQuizzes on CourseVersion {\n    quizzes {\n      id\n      title\n      isFinalExam\n      passingScorePercent\n      questionsPerAttempt\n      timeLimitSeconds\n      maxAttempts\n      retakeWaitMinutes\n      scoring\n      bank {\n        id\n        title\n      }\n      blueprint {\n        objective\n        count\n      }\n      blueprintPlan {\n        freshAttempts\n        retakesMayRepeat\n        problems\n      }\n    }\n    questionBanks {\n      id\n      title\n      checks {\n        ...BankChecksFields\n      }\n      questions {\n        id\n        position\n        type\n        stemMarkdown\n        objectiveTag\n        reference\n        explanationMarkdown\n        options {\n          id\n          position\n          text\n          isCorrect\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminPublishVersion($versionId: ID!) {\n    publishCourseVersion(versionId: $versionId) {\n      id\n      status\n      publishedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation AdminPublishVersion($versionId: ID!) {\n    publishCourseVersion(versionId: $versionId) {\n      id\n      status\n      publishedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminSendBackVersion($input: SendBackCourseVersionInput!) {\n    sendBackCourseVersion(input: $input) {\n      id\n      status\n      reviewComment\n    }\n  }\n',
): (typeof documents)['\n  mutation AdminSendBackVersion($input: SendBackCourseVersionInput!) {\n    sendBackCourseVersion(input: $input) {\n      id\n      status\n      reviewComment\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminReviewQueue {\n    courseReviewQueue {\n      id\n      title\n      number\n      submittedAt\n      creditMinutes\n      ceHours\n      changelog\n      course {\n        id\n        slug\n        authors {\n          userId\n          displayName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminReviewQueue {\n    courseReviewQueue {\n      id\n      title\n      number\n      submittedAt\n      creditMinutes\n      ceHours\n      changelog\n      course {\n        id\n        slug\n        authors {\n          userId\n          displayName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminReviewVersion($id: ID!) {\n    courseVersion(id: $id) {\n      id\n      title\n      number\n      status\n      summary\n      audience\n      creditMinutes\n      ceHours\n      certificateValidityMonths\n      credentialKind\n      scopeStatement\n      releasedOn\n      contentReviewedOn\n      creditEndsOn\n      objectives {\n        key\n        text\n      }\n      disclosure {\n        ...TeachDisclosureFields\n      }\n      creditReport {\n        ...CreditReportFields\n      }\n      observedTime {\n        ...ObservedTimeFields\n      }\n      changelog\n      learningObjectives\n      handsOnObjectives\n      topicTags\n      correction {\n        kinds\n        summary\n      }\n      submittedAt\n      reviewComment\n      totalSeatTimeMinutes\n      course {\n        id\n        slug\n        authors {\n          userId\n          displayName\n        }\n      }\n      modules {\n        id\n        position\n        title\n        objectives\n        lessons {\n          id\n          position\n          title\n          seatTimeMinutes\n          bodyHtml\n          references {\n            citation\n            url\n          }\n        }\n      }\n      ...ReviewQuizzes\n    }\n  }\n',
): (typeof documents)['\n  query AdminReviewVersion($id: ID!) {\n    courseVersion(id: $id) {\n      id\n      title\n      number\n      status\n      summary\n      audience\n      creditMinutes\n      ceHours\n      certificateValidityMonths\n      credentialKind\n      scopeStatement\n      releasedOn\n      contentReviewedOn\n      creditEndsOn\n      objectives {\n        key\n        text\n      }\n      disclosure {\n        ...TeachDisclosureFields\n      }\n      creditReport {\n        ...CreditReportFields\n      }\n      observedTime {\n        ...ObservedTimeFields\n      }\n      changelog\n      learningObjectives\n      handsOnObjectives\n      topicTags\n      correction {\n        kinds\n        summary\n      }\n      submittedAt\n      reviewComment\n      totalSeatTimeMinutes\n      course {\n        id\n        slug\n        authors {\n          userId\n          displayName\n        }\n      }\n      modules {\n        id\n        position\n        title\n        objectives\n        lessons {\n          id\n          position\n          title\n          seatTimeMinutes\n          bodyHtml\n          references {\n            citation\n            url\n          }\n        }\n      }\n      ...ReviewQuizzes\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RuleVersionFields on DryNeedlingRuleVersion {\n    id\n    state\n    stateName\n    status\n    summary\n    effective\n    trainingRequired\n    trainingHours\n    inPersonHours\n    onlineHoursAllowed\n    practicalExam\n    trainingWithinYears\n    yearsLicensed\n    supervisedSessions\n    boardFiling\n    delegation\n    consentAndRecords\n    requirementsConfirmed\n    sources {\n      citation\n      kind\n      url\n      effective\n      checkedOn\n    }\n    unconfirmed\n    reason\n    recordedByAdmin\n    recordedAt\n    current\n  }\n',
): (typeof documents)['\n  fragment RuleVersionFields on DryNeedlingRuleVersion {\n    id\n    state\n    stateName\n    status\n    summary\n    effective\n    trainingRequired\n    trainingHours\n    inPersonHours\n    onlineHoursAllowed\n    practicalExam\n    trainingWithinYears\n    yearsLicensed\n    supervisedSessions\n    boardFiling\n    delegation\n    consentAndRecords\n    requirementsConfirmed\n    sources {\n      citation\n      kind\n      url\n      effective\n      checkedOn\n    }\n    unconfirmed\n    reason\n    recordedByAdmin\n    recordedAt\n    current\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminDryNeedlingRules {\n    dryNeedlingRules {\n      ...RuleVersionFields\n    }\n  }\n',
): (typeof documents)['\n  query AdminDryNeedlingRules {\n    dryNeedlingRules {\n      ...RuleVersionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminDryNeedlingRuleHistory($state: String!) {\n    dryNeedlingRuleHistory(state: $state) {\n      ...RuleVersionFields\n    }\n  }\n',
): (typeof documents)['\n  query AdminDryNeedlingRuleHistory($state: String!) {\n    dryNeedlingRuleHistory(state: $state) {\n      ...RuleVersionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminRecordDryNeedlingRule($input: RecordDryNeedlingRuleInput!) {\n    recordDryNeedlingRule(input: $input) {\n      ...RuleVersionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AdminRecordDryNeedlingRule($input: RecordDryNeedlingRuleInput!) {\n    recordDryNeedlingRule(input: $input) {\n      ...RuleVersionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminSetUserRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) {\n      id\n      roles\n    }\n  }\n',
): (typeof documents)['\n  mutation AdminSetUserRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) {\n      id\n      roles\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminUsers($search: String, $after: String) {\n    users(search: $search, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          displayName\n          email\n          profession\n          createdAt\n          roles\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminUsers($search: String, $after: String) {\n    users(search: $search, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          displayName\n          email\n          profession\n          createdAt\n          roles\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Catalog(\n    $search: String\n    $topic: String\n    $minCeHours: Float\n    $maxCeHours: Float\n    $approval: ApprovalFilter\n    $after: String\n  ) {\n    courses(\n      search: $search\n      topic: $topic\n      minCeHours: $minCeHours\n      maxCeHours: $maxCeHours\n      approval: $approval\n      first: 20\n      after: $after\n    ) {\n      edges {\n        node {\n          id\n          slug\n          approvals {\n            id\n            body\n            status\n            isSample\n          }\n          currentVersion {\n            id\n            title\n            summary\n            ceHours\n            creditMinutes\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Catalog(\n    $search: String\n    $topic: String\n    $minCeHours: Float\n    $maxCeHours: Float\n    $approval: ApprovalFilter\n    $after: String\n  ) {\n    courses(\n      search: $search\n      topic: $topic\n      minCeHours: $minCeHours\n      maxCeHours: $maxCeHours\n      approval: $approval\n      first: 20\n      after: $after\n    ) {\n      edges {\n        node {\n          id\n          slug\n          approvals {\n            id\n            body\n            status\n            isSample\n          }\n          currentVersion {\n            id\n            title\n            summary\n            ceHours\n            creditMinutes\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CoursePage($slug: String!) {\n    course(slug: $slug) {\n      id\n      slug\n      authors {\n        userId\n        displayName\n      }\n      approvals {\n        id\n        body\n        approvalNumber\n        status\n        validFrom\n        validUntil\n        isSample\n      }\n      prerequisites {\n        id\n        slug\n        currentVersion {\n          id\n          title\n        }\n      }\n      currentVersion {\n        id\n        number\n        title\n        summary\n        audience\n        ceHours\n        creditMinutes\n        credentialKind\n        scopeStatement\n        releasedOn\n        creditEndsOn\n        contentReviewedOn\n        contactHours {\n          label\n          approvalNumber\n          text\n        }\n        disclosure {\n          contributors {\n            name\n            credentials\n            role\n            relationships {\n              company\n              nature\n            }\n            mitigation\n          }\n          commercialSupport {\n            company\n            nature\n          }\n        }\n        certificateValidityMonths\n        learningObjectives\n        handsOnObjectives\n        totalSeatTimeMinutes\n        topicTags\n        publishedAt\n        modules {\n          id\n          position\n          title\n          objectives\n          lessons {\n            id\n            title\n            seatTimeMinutes\n          }\n          quiz {\n            id\n            title\n          }\n        }\n        finalExam {\n          id\n          title\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CoursePage($slug: String!) {\n    course(slug: $slug) {\n      id\n      slug\n      authors {\n        userId\n        displayName\n      }\n      approvals {\n        id\n        body\n        approvalNumber\n        status\n        validFrom\n        validUntil\n        isSample\n      }\n      prerequisites {\n        id\n        slug\n        currentVersion {\n          id\n          title\n        }\n      }\n      currentVersion {\n        id\n        number\n        title\n        summary\n        audience\n        ceHours\n        creditMinutes\n        credentialKind\n        scopeStatement\n        releasedOn\n        creditEndsOn\n        contentReviewedOn\n        contactHours {\n          label\n          approvalNumber\n          text\n        }\n        disclosure {\n          contributors {\n            name\n            credentials\n            role\n            relationships {\n              company\n              nature\n            }\n            mitigation\n          }\n          commercialSupport {\n            company\n            nature\n          }\n        }\n        certificateValidityMonths\n        learningObjectives\n        handsOnObjectives\n        totalSeatTimeMinutes\n        topicTags\n        publishedAt\n        modules {\n          id\n          position\n          title\n          objectives\n          lessons {\n            id\n            title\n            seatTimeMinutes\n          }\n          quiz {\n            id\n            title\n          }\n        }\n        finalExam {\n          id\n          title\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CourseEnrollments {\n    myEnrollments {\n      id\n      courseId\n      status\n    }\n  }\n',
): (typeof documents)['\n  query CourseEnrollments {\n    myEnrollments {\n      id\n      courseId\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Enroll($courseId: ID!) {\n    enroll(courseId: $courseId) {\n      id\n      courseId\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation Enroll($courseId: ID!) {\n    enroll(courseId: $courseId) {\n      id\n      courseId\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ClinicInvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      organizationName\n      email\n      role\n      state\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  query ClinicInvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      organizationName\n      email\n      role\n      state\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ClinicAcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      name\n      viewerRole\n      viewerMembershipId\n    }\n  }\n',
): (typeof documents)['\n  mutation ClinicAcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      name\n      viewerRole\n      viewerMembershipId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ClinicAddRequiredCredential($input: AddRequiredCredentialInput!) {\n    addRequiredCredential(input: $input) {\n      id\n      label\n    }\n  }\n',
): (typeof documents)['\n  mutation ClinicAddRequiredCredential($input: AddRequiredCredentialInput!) {\n    addRequiredCredential(input: $input) {\n      id\n      label\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ClinicComplianceTotals($id: ID!) {\n    organization(id: $id) {\n      id\n      complianceReport(first: 1) {\n        generatedAt\n        csvUrl\n        requirements {\n          id\n          label\n        }\n        totals {\n          status\n          count\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ClinicComplianceTotals($id: ID!) {\n    organization(id: $id) {\n      id\n      complianceReport(first: 1) {\n        generatedAt\n        csvUrl\n        requirements {\n          id\n          label\n        }\n        totals {\n          status\n          count\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ClinicHeader($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      viewerRole\n      viewerMembershipId\n    }\n  }\n',
): (typeof documents)['\n  query ClinicHeader($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      viewerRole\n      viewerMembershipId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ClinicPractiseState($id: ID!) {\n    organization(id: $id) {\n      id\n      state\n    }\n  }\n',
): (typeof documents)['\n  query ClinicPractiseState($id: ID!) {\n    organization(id: $id) {\n      id\n      state\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetClinicState($input: SetOrganizationStateInput!) {\n    setOrganizationState(input: $input) {\n      id\n      state\n    }\n  }\n',
): (typeof documents)['\n  mutation SetClinicState($input: SetOrganizationStateInput!) {\n    setOrganizationState(input: $input) {\n      id\n      state\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ClinicList {\n    myOrganizations {\n      id\n      name\n      viewerRole\n    }\n  }\n',
): (typeof documents)['\n  query ClinicList {\n    myOrganizations {\n      id\n      name\n      viewerRole\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ClinicCreate($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      viewerRole\n    }\n  }\n',
): (typeof documents)['\n  mutation ClinicCreate($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      viewerRole\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ClinicInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n    }\n  }\n',
): (typeof documents)['\n  mutation ClinicInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ClinicLeave($membershipId: ID!) {\n    endMembership(membershipId: $membershipId)\n  }\n',
): (typeof documents)['\n  mutation ClinicLeave($membershipId: ID!) {\n    endMembership(membershipId: $membershipId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ClinicChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n',
): (typeof documents)['\n  mutation ClinicChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ClinicEndMembership($membershipId: ID!) {\n    endMembership(membershipId: $membershipId)\n  }\n',
): (typeof documents)['\n  mutation ClinicEndMembership($membershipId: ID!) {\n    endMembership(membershipId: $membershipId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ClinicMembers($id: ID!) {\n    organizationMembers(organizationId: $id) {\n      id\n      userId\n      displayName\n      email\n      role\n      requiredToHold\n      joinedAt\n    }\n  }\n',
): (typeof documents)['\n  query ClinicMembers($id: ID!) {\n    organizationMembers(organizationId: $id) {\n      id\n      userId\n      displayName\n      email\n      role\n      requiredToHold\n      joinedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ClinicPendingInvitations($id: ID!) {\n    pendingInvitations(organizationId: $id) {\n      id\n      email\n      role\n      invitedAt\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  query ClinicPendingInvitations($id: ID!) {\n    pendingInvitations(organizationId: $id) {\n      id\n      email\n      role\n      invitedAt\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ClinicCancelInvitation($invitationId: ID!) {\n    cancelInvitation(invitationId: $invitationId)\n  }\n',
): (typeof documents)['\n  mutation ClinicCancelInvitation($invitationId: ID!) {\n    cancelInvitation(invitationId: $invitationId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ClinicRemoveRequiredCredential($requirementId: ID!) {\n    removeRequiredCredential(requirementId: $requirementId)\n  }\n',
): (typeof documents)['\n  mutation ClinicRemoveRequiredCredential($requirementId: ID!) {\n    removeRequiredCredential(requirementId: $requirementId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ClinicSetMemberRequirement($input: SetMemberRequirementInput!) {\n    setMemberRequirement(input: $input) {\n      id\n      requiredToHold\n    }\n  }\n',
): (typeof documents)['\n  mutation ClinicSetMemberRequirement($input: SetMemberRequirementInput!) {\n    setMemberRequirement(input: $input) {\n      id\n      requiredToHold\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ClinicRequiredCredentials($id: ID!) {\n    requiredCredentials(organizationId: $id) {\n      id\n      label\n      programId\n      courseId\n      title\n      courseSlug\n    }\n    credentialPrograms {\n      id\n      title\n      courseIds\n    }\n    courses(first: 100) {\n      edges {\n        node {\n          id\n          slug\n          currentVersion {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ClinicRequiredCredentials($id: ID!) {\n    requiredCredentials(organizationId: $id) {\n      id\n      label\n      programId\n      courseId\n      title\n      courseSlug\n    }\n    credentialPrograms {\n      id\n      title\n      courseIds\n    }\n    courses(first: 100) {\n      edges {\n        node {\n          id\n          slug\n          currentVersion {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ClinicMyRequiredCredentials($id: ID!) {\n    myRequiredCredentials(organizationId: $id) {\n      requirementId\n      label\n      status\n      certificateCode\n      completedOn\n      expiresOn\n      revokedOn\n    }\n  }\n',
): (typeof documents)['\n  query ClinicMyRequiredCredentials($id: ID!) {\n    myRequiredCredentials(organizationId: $id) {\n      requirementId\n      label\n      status\n      certificateCode\n      completedOn\n      expiresOn\n      revokedOn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ClinicRoster(\n    $id: ID!\n    $status: ComplianceStatus\n    $sort: ComplianceSort!\n    $after: String\n    $eligibleHere: Boolean\n  ) {\n    organization(id: $id) {\n      id\n      complianceReport(\n        first: 25\n        after: $after\n        status: $status\n        sort: $sort\n        eligibleHere: $eligibleHere\n      ) {\n        state\n        eligibilityReminder\n        members {\n          edges {\n            cursor\n            node {\n              membershipId\n              displayName\n              email\n              role\n              licenseNumber\n              licenseState\n              nextExpiry\n              worstStatus\n              credentials {\n                requirementId\n                label\n                status\n                certificateCode\n                completedOn\n                expiresOn\n                revokedOn\n              }\n              eligibility {\n                state\n                verdict\n                missing\n                checkedOn\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ClinicRoster(\n    $id: ID!\n    $status: ComplianceStatus\n    $sort: ComplianceSort!\n    $after: String\n    $eligibleHere: Boolean\n  ) {\n    organization(id: $id) {\n      id\n      complianceReport(\n        first: 25\n        after: $after\n        status: $status\n        sort: $sort\n        eligibleHere: $eligibleHere\n      ) {\n        state\n        eligibilityReminder\n        members {\n          edges {\n            cursor\n            node {\n              membershipId\n              displayName\n              email\n              role\n              licenseNumber\n              licenseState\n              nextExpiry\n              worstStatus\n              credentials {\n                requirementId\n                label\n                status\n                certificateCode\n                completedOn\n                expiresOn\n                revokedOn\n              }\n              eligibility {\n                state\n                verdict\n                missing\n                checkedOn\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    query Report($id: ID!) {\n      organization(id: $id) {\n        id\n        name\n        complianceReport(first: 1) {\n          generatedAt\n        }\n      }\n    }\n  ',
): (typeof documents)['\n    query Report($id: ID!) {\n      organization(id: $id) {\n        id\n        name\n        complianceReport(first: 1) {\n          generatedAt\n        }\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n          fragment N on Organization {\n            name\n          }\n        ',
): (typeof documents)['\n          fragment N on Organization {\n            name\n          }\n        '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TranscriptCorrectionNoticeFields on CorrectionNotice {\n    id\n    versionNumber\n    kinds\n    summary\n    createdAt\n    readAt\n  }\n',
): (typeof documents)['\n  fragment TranscriptCorrectionNoticeFields on CorrectionNotice {\n    id\n    versionNumber\n    kinds\n    summary\n    createdAt\n    readAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcknowledgeCorrectionNotice($id: ID!) {\n    acknowledgeCorrectionNotice(id: $id) {\n      id\n      readAt\n    }\n  }\n',
): (typeof documents)['\n  mutation AcknowledgeCorrectionNotice($id: ID!) {\n    acknowledgeCorrectionNotice(id: $id) {\n      id\n      readAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyCertificates {\n    myCertificates {\n      id\n      code\n      kind\n      title\n      courseVersion\n      ceHours\n      creditMinutes\n      onlineMinutes\n      liveMinutes\n      credentialKind\n      scopeStatement\n      completedOn\n      expiresOn\n      revokedOn\n      status\n      holderName\n      licenseNumber\n      licenseState\n      reissuable\n      pdfUrl\n      verifyUrl\n      approvals {\n        body\n        approvalNumber\n        isSample\n        hoursText\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyCertificates {\n    myCertificates {\n      id\n      code\n      kind\n      title\n      courseVersion\n      ceHours\n      creditMinutes\n      onlineMinutes\n      liveMinutes\n      credentialKind\n      scopeStatement\n      completedOn\n      expiresOn\n      revokedOn\n      status\n      holderName\n      licenseNumber\n      licenseState\n      reissuable\n      pdfUrl\n      verifyUrl\n      approvals {\n        body\n        approvalNumber\n        isSample\n        hoursText\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReissueCertificate($code: String!) {\n    reissueCertificate(code: $code) {\n      id\n      code\n    }\n  }\n',
): (typeof documents)['\n  mutation ReissueCertificate($code: String!) {\n    reissueCertificate(code: $code) {\n      id\n      code\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyTranscript {\n    myTranscript {\n      totalHours\n      csvUrl\n      years {\n        year\n        hours\n      }\n      certificates {\n        id\n        code\n        kind\n        title\n        ceHours\n        onlineMinutes\n        liveMinutes\n        completedOn\n        expiresOn\n        status\n        correctionNotices {\n          ...TranscriptCorrectionNoticeFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyTranscript {\n    myTranscript {\n      totalHours\n      csvUrl\n      years {\n        year\n        hours\n      }\n      certificates {\n        id\n        code\n        kind\n        title\n        ceHours\n        onlineMinutes\n        liveMinutes\n        completedOn\n        expiresOn\n        status\n        correctionNotices {\n          ...TranscriptCorrectionNoticeFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EligibilityAnswerFields on DryNeedlingEligibility {\n    userId\n    state\n    stateName\n    onDate\n    verdict\n    summary\n    requirements {\n      kind\n      required\n      met\n      found\n      evidence {\n        kind\n        id\n        label\n        date\n        minutes\n      }\n    }\n    steps\n    unconfirmed\n    ruleEffective\n    rulesCheckedOn\n    sources {\n      citation\n      kind\n      url\n      effective\n      checkedOn\n    }\n    reminder\n  }\n',
): (typeof documents)['\n  fragment EligibilityAnswerFields on DryNeedlingEligibility {\n    userId\n    state\n    stateName\n    onDate\n    verdict\n    summary\n    requirements {\n      kind\n      required\n      met\n      found\n      evidence {\n        kind\n        id\n        label\n        date\n        minutes\n      }\n    }\n    steps\n    unconfirmed\n    ruleEffective\n    rulesCheckedOn\n    sources {\n      citation\n      kind\n      url\n      effective\n      checkedOn\n    }\n    reminder\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyDryNeedlingEligibility {\n    myDryNeedlingEligibility {\n      ...EligibilityAnswerFields\n    }\n  }\n',
): (typeof documents)['\n  query MyDryNeedlingEligibility {\n    myDryNeedlingEligibility {\n      ...EligibilityAnswerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DryNeedlingEligibilityCheck($state: String!, $onDate: String) {\n    dryNeedlingEligibility(state: $state, onDate: $onDate) {\n      ...EligibilityAnswerFields\n    }\n  }\n',
): (typeof documents)['\n  query DryNeedlingEligibilityCheck($state: String!, $onDate: String) {\n    dryNeedlingEligibility(state: $state, onDate: $onDate) {\n      ...EligibilityAnswerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CorrectLiveAttendance($input: CorrectLiveAttendanceInput!) {\n    correctLiveAttendance(input: $input) {\n      userId\n      checkedInAt\n      checkedOutAt\n      creditedMinutes\n      outcome\n      corrected\n    }\n  }\n',
): (typeof documents)['\n  mutation CorrectLiveAttendance($input: CorrectLiveAttendanceInput!) {\n    correctLiveAttendance(input: $input) {\n      userId\n      checkedInAt\n      checkedOutAt\n      creditedMinutes\n      outcome\n      corrected\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LabRoster($sessionId: ID!, $after: String) {\n    liveSessionAttendance(sessionId: $sessionId, first: 50, after: $after) {\n      edges {\n        node {\n          userId\n          learnerName\n          checkedInAt\n          checkedOutAt\n          creditedMinutes\n          outcome\n          corrected\n          correctionReason\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LabRoster($sessionId: ID!, $after: String) {\n    liveSessionAttendance(sessionId: $sessionId, first: 50, after: $after) {\n      edges {\n        node {\n          userId\n          learnerName\n          checkedInAt\n          checkedOutAt\n          creditedMinutes\n          outcome\n          corrected\n          correctionReason\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CheckInSession($sessionId: ID!) {\n    liveSession(id: $sessionId) {\n      id\n      title\n      venue\n      startsAt\n      endsAt\n      cancelledAt\n      myRegistration {\n        id\n        status\n      }\n      myAttendance {\n        checkedInAt\n        checkedOutAt\n        creditedMinutes\n        outcome\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CheckInSession($sessionId: ID!) {\n    liveSession(id: $sessionId) {\n      id\n      title\n      venue\n      startsAt\n      endsAt\n      cancelledAt\n      myRegistration {\n        id\n        status\n      }\n      myAttendance {\n        checkedInAt\n        checkedOutAt\n        creditedMinutes\n        outcome\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CheckIn($sessionId: ID!, $code: String!) {\n    checkInToLiveSession(sessionId: $sessionId, code: $code) {\n      checkedInAt\n      checkedOutAt\n      creditedMinutes\n      outcome\n    }\n  }\n',
): (typeof documents)['\n  mutation CheckIn($sessionId: ID!, $code: String!) {\n    checkInToLiveSession(sessionId: $sessionId, code: $code) {\n      checkedInAt\n      checkedOutAt\n      creditedMinutes\n      outcome\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LabCheckInCode($sessionId: ID!) {\n    liveSessionCheckInCode(sessionId: $sessionId) {\n      code\n      url\n      qrSvg\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  query LabCheckInCode($sessionId: ID!) {\n    liveSessionCheckInCode(sessionId: $sessionId) {\n      code\n      url\n      qrSvg\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query HybridPrograms {\n    credentialPrograms {\n      id\n      title\n      handsOnRequirements {\n        practicalExam\n      }\n    }\n  }\n',
): (typeof documents)['\n  query HybridPrograms {\n    credentialPrograms {\n      id\n      title\n      handsOnRequirements {\n        practicalExam\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LabSession($sessionId: ID!) {\n    liveSession(id: $sessionId) {\n      id\n      kind\n      title\n      venue\n      startsAt\n      endsAt\n      cancelledAt\n      programId\n    }\n  }\n',
): (typeof documents)['\n  query LabSession($sessionId: ID!) {\n    liveSession(id: $sessionId) {\n      id\n      kind\n      title\n      venue\n      startsAt\n      endsAt\n      cancelledAt\n      programId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LabChecklist($programId: ID!) {\n    practicalChecklists(programId: $programId) {\n      id\n      title\n      version\n    }\n  }\n',
): (typeof documents)['\n  query LabChecklist($programId: ID!) {\n    practicalChecklists(programId: $programId) {\n      id\n      title\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProgramProgressPage($programId: ID!) {\n    credentialPrograms {\n      id\n      title\n      description\n      courses {\n        id\n        slug\n        currentVersion {\n          id\n          title\n        }\n      }\n      handsOnRequirements {\n        liveMinutes {\n          sessionKind\n          minimumMinutes\n        }\n        practicalExam\n        supervisedSessions {\n          minimumCount\n          withinDays\n        }\n      }\n    }\n    myProgramProgress(programId: $programId) {\n      programId\n      met\n      liveMinutes\n      supervisedSessionsCounted\n      startedOn\n      missing {\n        kind\n        message\n        courseId\n        neededMinutes\n        neededCount\n      }\n    }\n    myPracticalExams(first: 50) {\n      edges {\n        node {\n          id\n          programId\n          checklistTitle\n          examinedOn\n          passed\n          current\n          examinerName\n          criticalFailed {\n            key\n            label\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProgramProgressPage($programId: ID!) {\n    credentialPrograms {\n      id\n      title\n      description\n      courses {\n        id\n        slug\n        currentVersion {\n          id\n          title\n        }\n      }\n      handsOnRequirements {\n        liveMinutes {\n          sessionKind\n          minimumMinutes\n        }\n        practicalExam\n        supervisedSessions {\n          minimumCount\n          withinDays\n        }\n      }\n    }\n    myProgramProgress(programId: $programId) {\n      programId\n      met\n      liveMinutes\n      supervisedSessionsCounted\n      startedOn\n      missing {\n        kind\n        message\n        courseId\n        neededMinutes\n        neededCount\n      }\n    }\n    myPracticalExams(first: 50) {\n      edges {\n        node {\n          id\n          programId\n          checklistTitle\n          examinedOn\n          passed\n          current\n          examinerName\n          criticalFailed {\n            key\n            label\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PracticalExamFields on PracticalExam {\n    id\n    checklistId\n    checklistTitle\n    checklistVersion\n    programId\n    candidateId\n    candidateName\n    examinerName\n    examinedOn\n    sessionId\n    passed\n    reasons\n    summary\n    replacesId\n    correctionReason\n    replacedById\n    current\n    signedAt\n    signatureValid\n    results {\n      key\n      label\n      critical\n      passed\n      notes\n    }\n    criticalFailed {\n      key\n      label\n    }\n  }\n',
): (typeof documents)['\n  fragment PracticalExamFields on PracticalExam {\n    id\n    checklistId\n    checklistTitle\n    checklistVersion\n    programId\n    candidateId\n    candidateName\n    examinerName\n    examinedOn\n    sessionId\n    passed\n    reasons\n    summary\n    replacesId\n    correctionReason\n    replacedById\n    current\n    signedAt\n    signatureValid\n    results {\n      key\n      label\n      critical\n      passed\n      notes\n    }\n    criticalFailed {\n      key\n      label\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PracticalExamSetup($programId: ID!, $candidateId: ID!) {\n    practicalChecklists(programId: $programId) {\n      id\n      title\n      version\n      nonCriticalPassPercent\n      items {\n        key\n        label\n        critical\n        description\n      }\n    }\n    practicalExams(candidateId: $candidateId, first: 20) {\n      edges {\n        node {\n          ...PracticalExamFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PracticalExamSetup($programId: ID!, $candidateId: ID!) {\n    practicalChecklists(programId: $programId) {\n      id\n      title\n      version\n      nonCriticalPassPercent\n      items {\n        key\n        label\n        critical\n        description\n      }\n    }\n    practicalExams(candidateId: $candidateId, first: 20) {\n      edges {\n        node {\n          ...PracticalExamFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordPracticalExam($input: RecordPracticalExamInput!) {\n    recordPracticalExam(input: $input) {\n      ...PracticalExamFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordPracticalExam($input: RecordPracticalExamInput!) {\n    recordPracticalExam(input: $input) {\n      ...PracticalExamFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CorrectPracticalExam(\n    $recordId: ID!\n    $input: PracticalExamSittingInput!\n    $reason: String!\n  ) {\n    correctPracticalExam(recordId: $recordId, input: $input, reason: $reason) {\n      ...PracticalExamFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CorrectPracticalExam(\n    $recordId: ID!\n    $input: PracticalExamSittingInput!\n    $reason: String!\n  ) {\n    correctPracticalExam(recordId: $recordId, input: $input, reason: $reason) {\n      ...PracticalExamFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EnrollmentOverview($id: ID!) {\n    enrollment(id: $id) {\n      id\n      status\n      certificate {\n        id\n        code\n      }\n      courseVersion {\n        id\n        title\n        ceHours\n        course {\n          id\n          slug\n        }\n        modules {\n          id\n          title\n          lessons {\n            id\n            title\n            seatTimeMinutes\n          }\n          quiz {\n            id\n            title\n          }\n        }\n        finalExam {\n          id\n          title\n        }\n      }\n      progressReport {\n        evaluationSubmitted\n        steps {\n          kind\n          message\n          lessonId\n          quizId\n        }\n        lessons {\n          lessonId\n          completed\n          creditedSeconds\n          requiredSeconds\n        }\n        quizzes {\n          quizId\n          passed\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query EnrollmentOverview($id: ID!) {\n    enrollment(id: $id) {\n      id\n      status\n      certificate {\n        id\n        code\n      }\n      courseVersion {\n        id\n        title\n        ceHours\n        course {\n          id\n          slug\n        }\n        modules {\n          id\n          title\n          lessons {\n            id\n            title\n            seatTimeMinutes\n          }\n          quiz {\n            id\n            title\n          }\n        }\n        finalExam {\n          id\n          title\n        }\n      }\n      progressReport {\n        evaluationSubmitted\n        steps {\n          kind\n          message\n          lessonId\n          quizId\n        }\n        lessons {\n          lessonId\n          completed\n          creditedSeconds\n          requiredSeconds\n        }\n        quizzes {\n          quizId\n          passed\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EvaluationContext($id: ID!) {\n    enrollment(id: $id) {\n      id\n      courseVersion {\n        id\n        title\n      }\n      progressReport {\n        evaluationSubmitted\n      }\n      certificate {\n        id\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  query EvaluationContext($id: ID!) {\n    enrollment(id: $id) {\n      id\n      courseVersion {\n        id\n        title\n      }\n      progressReport {\n        evaluationSubmitted\n      }\n      certificate {\n        id\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitCourseEvaluation($input: CourseEvaluationInput!) {\n    submitCourseEvaluation(input: $input) {\n      id\n      code\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitCourseEvaluation($input: CourseEvaluationInput!) {\n    submitCourseEvaluation(input: $input) {\n      id\n      code\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyLearning {\n    myEnrollments {\n      id\n      status\n      enrolledAt\n      completedAt\n      courseVersion {\n        id\n        title\n        ceHours\n      }\n      certificate {\n        id\n        code\n      }\n      progressReport {\n        evaluationSubmitted\n        lessons {\n          lessonId\n          completed\n        }\n        quizzes {\n          quizId\n          passed\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyLearning {\n    myEnrollments {\n      id\n      status\n      enrolledAt\n      completedAt\n      courseVersion {\n        id\n        title\n        ceHours\n      }\n      certificate {\n        id\n        code\n      }\n      progressReport {\n        evaluationSubmitted\n        lessons {\n          lessonId\n          completed\n        }\n        quizzes {\n          quizId\n          passed\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LessonMediaFields on LessonMedia {\n    id\n    kind\n    position\n    url\n    width\n    height\n    altText\n    captionsUrl\n    transcript\n  }\n',
): (typeof documents)['\n  fragment LessonMediaFields on LessonMedia {\n    id\n    kind\n    position\n    url\n    width\n    height\n    altText\n    captionsUrl\n    transcript\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LessonReader($enrollmentId: ID!) {\n    enrollment(id: $enrollmentId) {\n      id\n      courseVersion {\n        id\n        title\n        modules {\n          id\n          title\n          lessons {\n            id\n            title\n            bodyHtml\n            seatTimeMinutes\n            media {\n              ...LessonMediaFields\n            }\n            references {\n              citation\n              url\n            }\n          }\n        }\n      }\n      progressReport {\n        lessons {\n          lessonId\n          creditedSeconds\n          requiredSeconds\n          watchedSeconds\n          videoSeconds\n          completed\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LessonReader($enrollmentId: ID!) {\n    enrollment(id: $enrollmentId) {\n      id\n      courseVersion {\n        id\n        title\n        modules {\n          id\n          title\n          lessons {\n            id\n            title\n            bodyHtml\n            seatTimeMinutes\n            media {\n              ...LessonMediaFields\n            }\n            references {\n              citation\n              url\n            }\n          }\n        }\n      }\n      progressReport {\n        lessons {\n          lessonId\n          creditedSeconds\n          requiredSeconds\n          watchedSeconds\n          videoSeconds\n          completed\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordLessonActivity(\n    $lessonId: ID!\n    $resumed: Boolean!\n    $reachedEnd: Boolean!\n    $playing: Boolean!\n  ) {\n    recordLessonActivity(\n      lessonId: $lessonId\n      resumed: $resumed\n      reachedEnd: $reachedEnd\n      playing: $playing\n    ) {\n      lessonId\n      enrollmentId\n      creditedSeconds\n      requiredSeconds\n      watchedSeconds\n      videoSeconds\n      completed\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordLessonActivity(\n    $lessonId: ID!\n    $resumed: Boolean!\n    $reachedEnd: Boolean!\n    $playing: Boolean!\n  ) {\n    recordLessonActivity(\n      lessonId: $lessonId\n      resumed: $resumed\n      reachedEnd: $reachedEnd\n      playing: $playing\n    ) {\n      lessonId\n      enrollmentId\n      creditedSeconds\n      requiredSeconds\n      watchedSeconds\n      videoSeconds\n      completed\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CompleteLesson($lessonId: ID!) {\n    completeLesson(lessonId: $lessonId) {\n      lessonId\n      enrollmentId\n      creditedSeconds\n      requiredSeconds\n      watchedSeconds\n      videoSeconds\n      completed\n    }\n  }\n',
): (typeof documents)['\n  mutation CompleteLesson($lessonId: ID!) {\n    completeLesson(lessonId: $lessonId) {\n      lessonId\n      enrollmentId\n      creditedSeconds\n      requiredSeconds\n      watchedSeconds\n      videoSeconds\n      completed\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AttemptFields on QuizAttempt {\n    id\n    quizId\n    attemptNumber\n    status\n    startedAt\n    secondsRemaining\n    submittedAt\n    submittedLate\n    result {\n      scorePercent\n      scorePoints\n      maxPoints\n      passed\n      showsCorrectness\n      showsKey\n    }\n    questions {\n      questionId\n      position\n      type\n      stemHtml\n      selectedOptionIds\n      options {\n        id\n        text\n      }\n      review {\n        correct\n        points\n        correctOptionIds\n        explanationHtml\n        reference\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment AttemptFields on QuizAttempt {\n    id\n    quizId\n    attemptNumber\n    status\n    startedAt\n    secondsRemaining\n    submittedAt\n    submittedLate\n    result {\n      scorePercent\n      scorePoints\n      maxPoints\n      passed\n      showsCorrectness\n      showsKey\n    }\n    questions {\n      questionId\n      position\n      type\n      stemHtml\n      selectedOptionIds\n      options {\n        id\n        text\n      }\n      review {\n        correct\n        points\n        correctOptionIds\n        explanationHtml\n        reference\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QuizPage($quizId: ID!) {\n    quiz(id: $quizId) {\n      id\n      title\n      isFinalExam\n      passingScorePercent\n      questionsPerAttempt\n      timeLimitSeconds\n      maxAttempts\n      retakeWaitMinutes\n      reviewContent\n      reviewTiming\n      viewerPolicy {\n        maxAttempts\n        timeLimitSeconds\n        attemptsUsed\n        nextAttemptAt\n        retakeWaitMinutes\n      }\n    }\n    myQuizAttempts(quizId: $quizId) {\n      ...AttemptFields\n    }\n  }\n',
): (typeof documents)['\n  query QuizPage($quizId: ID!) {\n    quiz(id: $quizId) {\n      id\n      title\n      isFinalExam\n      passingScorePercent\n      questionsPerAttempt\n      timeLimitSeconds\n      maxAttempts\n      retakeWaitMinutes\n      reviewContent\n      reviewTiming\n      viewerPolicy {\n        maxAttempts\n        timeLimitSeconds\n        attemptsUsed\n        nextAttemptAt\n        retakeWaitMinutes\n      }\n    }\n    myQuizAttempts(quizId: $quizId) {\n      ...AttemptFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartQuizAttempt($quizId: ID!) {\n    startQuizAttempt(quizId: $quizId) {\n      ...AttemptFields\n    }\n  }\n',
): (typeof documents)['\n  mutation StartQuizAttempt($quizId: ID!) {\n    startQuizAttempt(quizId: $quizId) {\n      ...AttemptFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveAnswer($input: SaveAnswerInput!) {\n    saveAnswer(input: $input) {\n      attemptId\n      questionId\n      selectedOptionIds\n      answeredAt\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveAnswer($input: SaveAnswerInput!) {\n    saveAnswer(input: $input) {\n      attemptId\n      questionId\n      selectedOptionIds\n      answeredAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitQuizAttempt($attemptId: ID!) {\n    submitQuizAttempt(attemptId: $attemptId) {\n      ...AttemptFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitQuizAttempt($attemptId: ID!) {\n    submitQuizAttempt(attemptId: $attemptId) {\n      ...AttemptFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CourseLiveSessions($courseId: ID!) {\n    liveSessions(courseId: $courseId, first: 20, upcoming: true) {\n      edges {\n        node {\n          ...LiveSessionCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CourseLiveSessions($courseId: ID!) {\n    liveSessions(courseId: $courseId, first: 20, upcoming: true) {\n      edges {\n        node {\n          ...LiveSessionCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LiveSessionCardFields on LiveSession {\n    id\n    courseId\n    kind\n    title\n    venue\n    joinUrl\n    startsAt\n    endsAt\n    capacity\n    seatsLeft\n    waitlistLength\n    registrationClosesAt\n    cancelledAt\n    myRegistration {\n      id\n      status\n      waitlistPosition\n    }\n  }\n',
): (typeof documents)['\n  fragment LiveSessionCardFields on LiveSession {\n    id\n    courseId\n    kind\n    title\n    venue\n    joinUrl\n    startsAt\n    endsAt\n    capacity\n    seatsLeft\n    waitlistLength\n    registrationClosesAt\n    cancelledAt\n    myRegistration {\n      id\n      status\n      waitlistPosition\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LiveSessions($courseId: ID, $after: String) {\n    liveSessions(courseId: $courseId, first: 20, after: $after, upcoming: true) {\n      edges {\n        node {\n          ...LiveSessionCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LiveSessions($courseId: ID, $after: String) {\n    liveSessions(courseId: $courseId, first: 20, after: $after, upcoming: true) {\n      edges {\n        node {\n          ...LiveSessionCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LiveCourseNames {\n    courses(first: 100) {\n      edges {\n        node {\n          id\n          currentVersion {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LiveCourseNames {\n    courses(first: 100) {\n      edges {\n        node {\n          id\n          currentVersion {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TeachLiveSessions($courseId: ID, $programId: ID, $after: String) {\n    liveSessions(courseId: $courseId, programId: $programId, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          title\n          venue\n          joinUrl\n          startsAt\n          endsAt\n          capacity\n          instructors\n          learnersPerInstructor\n          seatsLeft\n          waitlistLength\n          cancelledAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TeachLiveSessions($courseId: ID, $programId: ID, $after: String) {\n    liveSessions(courseId: $courseId, programId: $programId, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          title\n          venue\n          joinUrl\n          startsAt\n          endsAt\n          capacity\n          instructors\n          learnersPerInstructor\n          seatsLeft\n          waitlistLength\n          cancelledAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelLiveSession($id: ID!) {\n    cancelLiveSession(id: $id) {\n      id\n      cancelledAt\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelLiveSession($id: ID!) {\n    cancelLiveSession(id: $id) {\n      id\n      cancelledAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegisterForLiveSession($sessionId: ID!) {\n    registerForLiveSession(sessionId: $sessionId) {\n      id\n      status\n      waitlistPosition\n    }\n  }\n',
): (typeof documents)['\n  mutation RegisterForLiveSession($sessionId: ID!) {\n    registerForLiveSession(sessionId: $sessionId) {\n      id\n      status\n      waitlistPosition\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelLiveSessionRegistration($sessionId: ID!) {\n    cancelLiveSessionRegistration(sessionId: $sessionId) {\n      id\n      status\n      waitlistPosition\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelLiveSessionRegistration($sessionId: ID!) {\n    cancelLiveSessionRegistration(sessionId: $sessionId) {\n      id\n      status\n      waitlistPosition\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LiveSessionStatus($id: ID!) {\n    liveSession(id: $id) {\n      ...LiveSessionCardFields\n    }\n  }\n',
): (typeof documents)['\n  query LiveSessionStatus($id: ID!) {\n    liveSession(id: $id) {\n      ...LiveSessionCardFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ScheduleLiveSession($input: ScheduleLiveSessionInput!) {\n    scheduleLiveSession(input: $input) {\n      id\n      courseId\n      title\n      startsAt\n      endsAt\n    }\n  }\n',
): (typeof documents)['\n  mutation ScheduleLiveSession($input: ScheduleLiveSessionInput!) {\n    scheduleLiveSession(input: $input) {\n      id\n      courseId\n      title\n      startsAt\n      endsAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TeachLiveCourses {\n    credentialPrograms {\n      id\n      title\n      courses {\n        id\n      }\n    }\n    myAuthoredCourses {\n      id\n      slug\n      currentVersion {\n        id\n        title\n      }\n      openVersion {\n        id\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TeachLiveCourses {\n    credentialPrograms {\n      id\n      title\n      courses {\n        id\n      }\n    }\n    myAuthoredCourses {\n      id\n      slug\n      currentVersion {\n        id\n        title\n      }\n      openVersion {\n        id\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordAdverseEvent($input: RecordAdverseEventInput!) {\n    recordAdverseEvent(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordAdverseEvent($input: RecordAdverseEventInput!) {\n    recordAdverseEvent(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AdverseEventFields on AdverseEvent {\n    id\n    eventDate\n    severity\n    type\n    actionTaken\n    outcome\n    clinicianName\n  }\n',
): (typeof documents)['\n  fragment AdverseEventFields on AdverseEvent {\n    id\n    eventDate\n    severity\n    type\n    actionTaken\n    outcome\n    clinicianName\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdverseEventSummary {\n    adverseEventSummary {\n      total\n      groups {\n        type\n        types\n        count\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdverseEventSummary {\n    adverseEventSummary {\n      total\n      groups {\n        type\n        types\n        count\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ClinicAdverseEvents($organizationId: ID!, $after: String) {\n    clinicAdverseEventRate(organizationId: $organizationId) {\n      organizationId\n      eventCount\n      treatmentCount\n      eventsWithTreatmentsLogged\n      ratePerThousandTreatments\n    }\n    clinicAdverseEvents(organizationId: $organizationId, first: 20, after: $after) {\n      edges {\n        node {\n          ...AdverseEventFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ClinicAdverseEvents($organizationId: ID!, $after: String) {\n    clinicAdverseEventRate(organizationId: $organizationId) {\n      organizationId\n      eventCount\n      treatmentCount\n      eventsWithTreatmentsLogged\n      ratePerThousandTreatments\n    }\n    clinicAdverseEvents(organizationId: $organizationId, first: 20, after: $after) {\n      edges {\n        node {\n          ...AdverseEventFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SessionsToConfirm($after: String) {\n    sessionsToConfirm(first: 50, after: $after) {\n      edges {\n        node {\n          ...SupervisedSessionFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SessionsToConfirm($after: String) {\n    sessionsToConfirm(first: 50, after: $after) {\n      edges {\n        node {\n          ...SupervisedSessionFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyAdverseEvents($after: String) {\n    myAdverseEvents(first: 50, after: $after) {\n      edges {\n        node {\n          ...AdverseEventFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyAdverseEvents($after: String) {\n    myAdverseEvents(first: 50, after: $after) {\n      edges {\n        node {\n          ...AdverseEventFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MySupervisedSessions($after: String) {\n    mySupervisedSessions(first: 50, after: $after) {\n      edges {\n        node {\n          ...SupervisedSessionFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MySupervisedSessions($after: String) {\n    mySupervisedSessions(first: 50, after: $after) {\n      edges {\n        node {\n          ...SupervisedSessionFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MySupervisorQualification {\n    mySupervisorQualification {\n      licenseState\n      licenseNumber\n      dryNeedlingYears\n      ownSessions\n      meetsStateQualification\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  query MySupervisorQualification {\n    mySupervisorQualification {\n      licenseState\n      licenseNumber\n      dryNeedlingYears\n      ownSessions\n      meetsStateQualification\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetSupervisorQualification($input: SupervisorQualificationInput!) {\n    setSupervisorQualification(input: $input) {\n      licenseState\n      licenseNumber\n      dryNeedlingYears\n      ownSessions\n      meetsStateQualification\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation SetSupervisorQualification($input: SupervisorQualificationInput!) {\n    setSupervisorQualification(input: $input) {\n      licenseState\n      licenseNumber\n      dryNeedlingYears\n      ownSessions\n      meetsStateQualification\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmSupervisedSession($id: ID!) {\n    confirmSupervisedSession(id: $id) {\n      ...SupervisedSessionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ConfirmSupervisedSession($id: ID!) {\n    confirmSupervisedSession(id: $id) {\n      ...SupervisedSessionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RejectSupervisedSession($id: ID!, $reason: String!) {\n    rejectSupervisedSession(id: $id, reason: $reason) {\n      ...SupervisedSessionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RejectSupervisedSession($id: ID!, $reason: String!) {\n    rejectSupervisedSession(id: $id, reason: $reason) {\n      ...SupervisedSessionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SupervisedSessionFields on SupervisedSession {\n    id\n    programId\n    sessionDate\n    bodyRegions\n    muscles\n    needleCount\n    notes\n    status\n    decidedAt\n    rejectionReason\n    learnerName\n    supervisorName\n    supervisorCheck {\n      qualified\n      reasons\n    }\n  }\n',
): (typeof documents)['\n  fragment SupervisedSessionFields on SupervisedSession {\n    id\n    programId\n    sessionDate\n    bodyRegions\n    muscles\n    needleCount\n    notes\n    status\n    decidedAt\n    rejectionReason\n    learnerName\n    supervisorName\n    supervisorCheck {\n      qualified\n      reasons\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordSupervisedSession($input: RecordSupervisedSessionInput!) {\n    recordSupervisedSession(input: $input) {\n      id\n      status\n      supervisorName\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordSupervisedSession($input: RecordSupervisedSessionInput!) {\n    recordSupervisedSession(input: $input) {\n      id\n      status\n      supervisorName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordTreatmentCount($input: RecordTreatmentCountInput!) {\n    recordTreatmentCount(input: $input) {\n      date\n      count\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordTreatmentCount($input: RecordTreatmentCountInput!) {\n    recordTreatmentCount(input: $input) {\n      date\n      count\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PracticePrograms {\n    credentialPrograms {\n      id\n      title\n      handsOnRequirements {\n        supervisedSessions {\n          minimumCount\n          withinDays\n        }\n      }\n      courses {\n        id\n        authors {\n          userId\n          displayName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PracticePrograms {\n    credentialPrograms {\n      id\n      title\n      handsOnRequirements {\n        supervisedSessions {\n          minimumCount\n          withinDays\n        }\n      }\n      courses {\n        id\n        authors {\n          userId\n          displayName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RenewalPlans {\n    me {\n      id\n      licenses {\n        id\n        state\n        number\n        expiresOn\n        renewalPlan {\n          licenseId\n          state\n          stateName\n          requiredHours\n          cycleMonths\n          windowStart\n          dueOn\n          daysLeft\n          earnedHours\n          countedHours\n          liveHours\n          selfPacedHours\n          stillNeededHours\n          complete\n          limits\n          checkWithBoard\n          firstRenewal\n          recordKeeping\n          notes\n          minutesPerHour\n          credits {\n            id\n            source\n            provider\n            title\n            completedOn\n            hours\n            countedHours\n          }\n          topics {\n            label\n            requiredHours\n            earnedHours\n            met\n            when\n          }\n          sources {\n            citation\n            url\n            checkedOn\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RenewalPlans {\n    me {\n      id\n      licenses {\n        id\n        state\n        number\n        expiresOn\n        renewalPlan {\n          licenseId\n          state\n          stateName\n          requiredHours\n          cycleMonths\n          windowStart\n          dueOn\n          daysLeft\n          earnedHours\n          countedHours\n          liveHours\n          selfPacedHours\n          stillNeededHours\n          complete\n          limits\n          checkWithBoard\n          firstRenewal\n          recordKeeping\n          notes\n          minutesPerHour\n          credits {\n            id\n            source\n            provider\n            title\n            completedOn\n            hours\n            countedHours\n          }\n          topics {\n            label\n            requiredHours\n            earnedHours\n            met\n            when\n          }\n          sources {\n            citation\n            url\n            checkedOn\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyOutsideCe($after: String) {\n    myOutsideCe(first: 50, after: $after) {\n      edges {\n        node {\n          id\n          provider\n          title\n          completedOn\n          hours\n          selfPaced\n          topics\n          fileName\n          fileUrl\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyOutsideCe($after: String) {\n    myOutsideCe(first: 50, after: $after) {\n      edges {\n        node {\n          id\n          provider\n          title\n          completedOn\n          hours\n          selfPaced\n          topics\n          fileName\n          fileUrl\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveOutsideCe($id: ID!) {\n    removeOutsideCe(id: $id)\n  }\n',
): (typeof documents)['\n  mutation RemoveOutsideCe($id: ID!) {\n    removeOutsideCe(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TeachAddLesson($input: AddLessonInput!) {\n    addLesson(input: $input) {\n      id\n      title\n    }\n  }\n',
): (typeof documents)['\n  mutation TeachAddLesson($input: AddLessonInput!) {\n    addLesson(input: $input) {\n      id\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TeachAssessment($versionId: ID!) {\n    courseVersion(id: $versionId) {\n      id\n      number\n      status\n      title\n      reviewComment\n      course {\n        id\n        viewerIsAuthor\n      }\n      modules {\n        id\n        title\n      }\n      objectives {\n        key\n        text\n      }\n      questionBanks {\n        id\n        title\n        questions {\n          id\n        }\n      }\n      quizzes {\n        ...TeachQuizFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TeachAssessment($versionId: ID!) {\n    courseVersion(id: $versionId) {\n      id\n      number\n      status\n      title\n      reviewComment\n      course {\n        id\n        viewerIsAuthor\n      }\n      modules {\n        id\n        title\n      }\n      objectives {\n        key\n        text\n      }\n      questionBanks {\n        id\n        title\n        questions {\n          id\n        }\n      }\n      quizzes {\n        ...TeachQuizFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TeachQuizFields on Quiz {\n    id\n    title\n    moduleId\n    isFinalExam\n    bank {\n      id\n      title\n    }\n    passingScorePercent\n    questionCount\n    questionsPerAttempt\n    timeLimitSeconds\n    maxAttempts\n    scoring\n    reviewContent\n    reviewTiming\n    shuffleQuestions\n    shuffleOptions\n    retakeWaitMinutes\n    blueprint {\n      objective\n      count\n    }\n    blueprintPlan {\n      freshAttempts\n      retakesMayRepeat\n      problems\n      rows {\n        objective\n        count\n        poolSize\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment TeachQuizFields on Quiz {\n    id\n    title\n    moduleId\n    isFinalExam\n    bank {\n      id\n      title\n    }\n    passingScorePercent\n    questionCount\n    questionsPerAttempt\n    timeLimitSeconds\n    maxAttempts\n    scoring\n    reviewContent\n    reviewTiming\n    shuffleQuestions\n    shuffleOptions\n    retakeWaitMinutes\n    blueprint {\n      objective\n      count\n    }\n    blueprintPlan {\n      freshAttempts\n      retakesMayRepeat\n      problems\n      rows {\n        objective\n        count\n        poolSize\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TeachRemoveAuthor($input: RemoveCourseAuthorInput!) {\n    removeCourseAuthor(input: $input)\n  }\n',
): (typeof documents)['\n  mutation TeachRemoveAuthor($input: RemoveCourseAuthorInput!) {\n    removeCourseAuthor(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TeachCreateBank($input: CreateQuestionBankInput!) {\n    createQuestionBank(input: $input) {\n      id\n      title\n    }\n  }\n',
): (typeof documents)['\n  mutation TeachCreateBank($input: CreateQuestionBankInput!) {\n    createQuestionBank(input: $input) {\n      id\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TeachRemoveBank($bankId: ID!) {\n    removeQuestionBank(bankId: $bankId)\n  }\n',
): (typeof documents)['\n  mutation TeachRemoveBank($bankId: ID!) {\n    removeQuestionBank(bankId: $bankId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TeachAddAuthor($input: AddCourseAuthorInput!) {\n    addCourseAuthor(input: $input)\n  }\n',
): (typeof documents)['\n  mutation TeachAddAuthor($input: AddCourseAuthorInput!) {\n    addCourseAuthor(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TeachMarkVersionCorrection($versionId: ID!, $input: VersionCorrectionInput!) {\n    markVersionCorrection(versionId: $versionId, input: $input) {\n      id\n      correction {\n        kinds\n        summary\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation TeachMarkVersionCorrection($versionId: ID!, $input: VersionCorrectionInput!) {\n    markVersionCorrection(versionId: $versionId, input: $input) {\n      id\n      correction {\n        kinds\n        summary\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TeachClearVersionCorrection($versionId: ID!) {\n    clearVersionCorrection(versionId: $versionId) {\n      id\n      correction {\n        kinds\n        summary\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation TeachClearVersionCorrection($versionId: ID!) {\n    clearVersionCorrection(versionId: $versionId) {\n      id\n      correction {\n        kinds\n        summary\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TeachCourse($slug: String!) {\n    course(slug: $slug) {\n      id\n      slug\n      viewerIsAuthor\n      viewerCanRemoveAuthors\n      authors {\n        userId\n        displayName\n        isOwner\n      }\n      currentVersion {\n        id\n        number\n        title\n      }\n      openVersion {\n        id\n        number\n        status\n      }\n      versions {\n        id\n        number\n        title\n        status\n        changelog\n        reviewComment\n        submittedAt\n        publishedAt\n        retiredAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TeachCourse($slug: String!) {\n    course(slug: $slug) {\n      id\n      slug\n      viewerIsAuthor\n      viewerCanRemoveAuthors\n      authors {\n        userId\n        displayName\n        isOwner\n      }\n      currentVersion {\n        id\n        number\n        title\n      }\n      openVersion {\n        id\n        number\n        status\n      }\n      versions {\n        id\n        number\n        title\n        status\n        changelog\n        reviewComment\n        submittedAt\n        publishedAt\n        retiredAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TeachDiscardDraft($versionId: ID!) {\n    discardDraftVersion(versionId: $versionId) {\n      versionId\n      courseId\n      number\n      courseRemoved\n    }\n  }\n',
): (typeof documents)['\n  mutation TeachDiscardDraft($versionId: ID!) {\n    discardDraftVersion(versionId: $versionId) {\n      versionId\n      courseId\n      number\n      courseRemoved\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment GiftPreviewFields on GiftImport {\n    dryRun\n    imported\n    problems {\n      line\n      message\n    }\n    warnings {\n      line\n      message\n    }\n    questions {\n      line\n      type\n      stemMarkdown\n      objectiveTag\n      options {\n        text\n        isCorrect\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment GiftPreviewFields on GiftImport {\n    dryRun\n    imported\n    problems {\n      line\n      message\n    }\n    warnings {\n      line\n      message\n    }\n    questions {\n      line\n      type\n      stemMarkdown\n      objectiveTag\n      options {\n        text\n        isCorrect\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TeachImportGift($bankId: ID!, $gift: String!, $dryRun: Boolean!) {\n    importGiftQuestions(bankId: $bankId, gift: $gift, dryRun: $dryRun) {\n      ...GiftPreviewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation TeachImportGift($bankId: ID!, $gift: String!, $dryRun: Boolean!) {\n    importGiftQuestions(bankId: $bankId, gift: $gift, dryRun: $dryRun) {\n      ...GiftPreviewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TeachItemAnalysis($quizId: ID!) {\n    quiz(id: $quizId) {\n      id\n      title\n      isFinalExam\n      passingScorePercent\n      questionsPerAttempt\n      bank {\n        id\n        title\n      }\n      courseVersion {\n        id\n        number\n        title\n      }\n    }\n    quizItemAnalysis(quizId: $quizId) {\n      quizId\n      attempts\n      meanScorePercent\n      passRate\n      scoreDistribution {\n        fromPercent\n        toPercent\n        attempts\n      }\n      questions {\n        questionId\n        position\n        stemMarkdown\n        objectiveTag\n        responses\n        facility\n        discrimination\n        mostChosenWrongOption {\n          optionId\n          text\n          picks\n        }\n        options {\n          optionId\n          position\n          text\n          isKey\n          picks\n          share\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TeachItemAnalysis($quizId: ID!) {\n    quiz(id: $quizId) {\n      id\n      title\n      isFinalExam\n      passingScorePercent\n      questionsPerAttempt\n      bank {\n        id\n        title\n      }\n      courseVersion {\n        id\n        number\n        title\n      }\n    }\n    quizItemAnalysis(quizId: $quizId) {\n      quizId\n      attempts\n      meanScorePercent\n      passRate\n      scoreDistribution {\n        fromPercent\n        toPercent\n        attempts\n      }\n      questions {\n        questionId\n        position\n        stemMarkdown\n        objectiveTag\n        responses\n        facility\n        discrimination\n        mostChosenWrongOption {\n          optionId\n          text\n          picks\n        }\n        options {\n          optionId\n          position\n          text\n          isKey\n          picks\n          share\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TeachLessonEditor($lessonId: ID!) {\n    lesson(id: $lessonId) {\n      ...TeachLessonFields\n      media {\n        ...TeachLessonMediaFields\n      }\n      module {\n        id\n        title\n      }\n      courseVersion {\n        id\n        number\n        status\n        title\n        reviewComment\n        course {\n          id\n          viewerIsAuthor\n        }\n        modules {\n          id\n          lessons {\n            id\n            title\n          }\n        }\n        creditReport {\n          ...CreditReportFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TeachLessonEditor($lessonId: ID!) {\n    lesson(id: $lessonId) {\n      ...TeachLessonFields\n      media {\n        ...TeachLessonMediaFields\n      }\n      module {\n        id\n        title\n      }\n      courseVersion {\n        id\n        number\n        status\n        title\n        reviewComment\n        course {\n          id\n          viewerIsAuthor\n        }\n        modules {\n          id\n          lessons {\n            id\n            title\n          }\n        }\n        creditReport {\n          ...CreditReportFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TeachLessonFields on Lesson {\n    id\n    position\n    title\n    seatTimeMinutes\n    bodyMarkdown\n    bodyHtml\n    references {\n      citation\n      url\n    }\n  }\n',
): (typeof documents)['\n  fragment TeachLessonFields on Lesson {\n    id\n    position\n    title\n    seatTimeMinutes\n    bodyMarkdown\n    bodyHtml\n    references {\n      citation\n      url\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TeachUpdateLesson($input: UpdateLessonInput!) {\n    updateLesson(input: $input) {\n      ...TeachLessonFields\n    }\n  }\n',
): (typeof documents)['\n  mutation TeachUpdateLesson($input: UpdateLessonInput!) {\n    updateLesson(input: $input) {\n      ...TeachLessonFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TeachReorderLessons($input: ReorderLessonsInput!) {\n    reorderLessons(input: $input) {\n      ...TeachModuleFields\n    }\n  }\n',
): (typeof documents)['\n  mutation TeachReorderLessons($input: ReorderLessonsInput!) {\n    reorderLessons(input: $input) {\n      ...TeachModuleFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TeachRemoveLesson($lessonId: ID!) {\n    removeLesson(lessonId: $lessonId) {\n      ...TeachModuleFields\n    }\n  }\n',
): (typeof documents)['\n  mutation TeachRemoveLesson($lessonId: ID!) {\n    removeLesson(lessonId: $lessonId) {\n      ...TeachModuleFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TeachLessonMediaFields on LessonMedia {\n    id\n    kind\n    position\n    url\n    contentType\n    bytes\n    width\n    height\n    altText\n    durationSeconds\n    captionsUrl\n    transcript\n  }\n',
): (typeof documents)['\n  fragment TeachLessonMediaFields on LessonMedia {\n    id\n    kind\n    position\n    url\n    contentType\n    bytes\n    width\n    height\n    altText\n    durationSeconds\n    captionsUrl\n    transcript\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TeachRemoveLessonMedia($mediaId: ID!) {\n    removeLessonMedia(mediaId: $mediaId)\n  }\n',
): (typeof documents)['\n  mutation TeachRemoveLessonMedia($mediaId: ID!) {\n    removeLessonMedia(mediaId: $mediaId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TeachUpdateModule($input: UpdateModuleInput!) {\n    updateModule(input: $input) {\n      ...TeachModuleFields\n    }\n  }\n',
): (typeof documents)['\n  mutation TeachUpdateModule($input: UpdateModuleInput!) {\n    updateModule(input: $input) {\n      ...TeachModuleFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TeachRemoveModule($moduleId: ID!) {\n    removeModule(moduleId: $moduleId) {\n      id\n      totalSeatTimeMinutes\n      modules {\n        ...TeachModuleFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation TeachRemoveModule($moduleId: ID!) {\n    removeModule(moduleId: $moduleId) {\n      id\n      totalSeatTimeMinutes\n      modules {\n        ...TeachModuleFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TeachModuleFields on CourseModule {\n    id\n    position\n    title\n    objectives\n    lessons {\n      id\n      position\n      title\n      seatTimeMinutes\n    }\n    quiz {\n      id\n      title\n    }\n  }\n',
): (typeof documents)['\n  fragment TeachModuleFields on CourseModule {\n    id\n    position\n    title\n    objectives\n    lessons {\n      id\n      position\n      title\n      seatTimeMinutes\n    }\n    quiz {\n      id\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TeachAddModule($input: AddModuleInput!) {\n    addModule(input: $input) {\n      ...TeachModuleFields\n    }\n  }\n',
): (typeof documents)['\n  mutation TeachAddModule($input: AddModuleInput!) {\n    addModule(input: $input) {\n      ...TeachModuleFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TeachReorderModules($input: ReorderModulesInput!) {\n    reorderModules(input: $input) {\n      id\n      modules {\n        ...TeachModuleFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation TeachReorderModules($input: ReorderModulesInput!) {\n    reorderModules(input: $input) {\n      id\n      modules {\n        ...TeachModuleFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TeachMyCourses {\n    myAuthoredCourses {\n      id\n      slug\n      currentVersion {\n        id\n        number\n        title\n        status\n      }\n      openVersion {\n        id\n        number\n        title\n        status\n        reviewComment\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TeachMyCourses {\n    myAuthoredCourses {\n      id\n      slug\n      currentVersion {\n        id\n        number\n        title\n        status\n      }\n      openVersion {\n        id\n        number\n        title\n        status\n        reviewComment\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TeachCreateCourse($input: CreateCourseInput!) {\n    createCourse(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation TeachCreateCourse($input: CreateCourseInput!) {\n    createCourse(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TeachCreateDraft($input: CreateDraftVersionInput!) {\n    createDraftVersion(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation TeachCreateDraft($input: CreateDraftVersionInput!) {\n    createDraftVersion(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TeachClearPilot($lessonId: ID!) {\n    clearLessonPilot(lessonId: $lessonId) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation TeachClearPilot($lessonId: ID!) {\n    clearLessonPilot(lessonId: $lessonId) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TeachQuestionBank($bankId: ID!) {\n    questionBank(id: $bankId) {\n      id\n      title\n      courseVersion {\n        id\n        number\n        status\n        title\n        reviewComment\n        course {\n          id\n          viewerIsAuthor\n        }\n      }\n      questions {\n        ...TeachQuestionFields\n      }\n      checks {\n        ...BankChecksFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TeachQuestionBank($bankId: ID!) {\n    questionBank(id: $bankId) {\n      id\n      title\n      courseVersion {\n        id\n        number\n        status\n        title\n        reviewComment\n        course {\n          id\n          viewerIsAuthor\n        }\n      }\n      questions {\n        ...TeachQuestionFields\n      }\n      checks {\n        ...BankChecksFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TeachQuestionFields on Question {\n    id\n    position\n    type\n    stemMarkdown\n    explanationMarkdown\n    reference\n    objectiveTag\n    options {\n      id\n      position\n      text\n      isCorrect\n    }\n  }\n',
): (typeof documents)['\n  fragment TeachQuestionFields on Question {\n    id\n    position\n    type\n    stemMarkdown\n    explanationMarkdown\n    reference\n    objectiveTag\n    options {\n      id\n      position\n      text\n      isCorrect\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TeachAddQuestion($input: AddQuestionInput!) {\n    addQuestion(input: $input) {\n      ...TeachQuestionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation TeachAddQuestion($input: AddQuestionInput!) {\n    addQuestion(input: $input) {\n      ...TeachQuestionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TeachUpdateQuestion($input: UpdateQuestionInput!) {\n    updateQuestion(input: $input) {\n      ...TeachQuestionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation TeachUpdateQuestion($input: UpdateQuestionInput!) {\n    updateQuestion(input: $input) {\n      ...TeachQuestionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TeachRemoveQuestion($questionId: ID!) {\n    removeQuestion(questionId: $questionId) {\n      id\n      questions {\n        ...TeachQuestionFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation TeachRemoveQuestion($questionId: ID!) {\n    removeQuestion(questionId: $questionId) {\n      id\n      questions {\n        ...TeachQuestionFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TeachReorderQuestions($input: ReorderQuestionsInput!) {\n    reorderQuestions(input: $input) {\n      id\n      questions {\n        id\n        position\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation TeachReorderQuestions($input: ReorderQuestionsInput!) {\n    reorderQuestions(input: $input) {\n      id\n      questions {\n        id\n        position\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TeachCreateQuiz($input: CreateQuizInput!) {\n    createQuiz(input: $input) {\n      ...TeachQuizFields\n    }\n  }\n',
): (typeof documents)['\n  mutation TeachCreateQuiz($input: CreateQuizInput!) {\n    createQuiz(input: $input) {\n      ...TeachQuizFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TeachUpdateQuiz($input: UpdateQuizInput!) {\n    updateQuiz(input: $input) {\n      ...TeachQuizFields\n    }\n  }\n',
): (typeof documents)['\n  mutation TeachUpdateQuiz($input: UpdateQuizInput!) {\n    updateQuiz(input: $input) {\n      ...TeachQuizFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TeachRemoveQuiz($quizId: ID!) {\n    removeQuiz(quizId: $quizId)\n  }\n',
): (typeof documents)['\n  mutation TeachRemoveQuiz($quizId: ID!) {\n    removeQuiz(quizId: $quizId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TeachRecordPilot($input: RecordLessonPilotInput!) {\n    recordLessonPilot(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation TeachRecordPilot($input: RecordLessonPilotInput!) {\n    recordLessonPilot(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TeachSubmitVersion($versionId: ID!) {\n    submitCourseVersion(versionId: $versionId) {\n      id\n      status\n      submittedAt\n      reviewComment\n    }\n  }\n',
): (typeof documents)['\n  mutation TeachSubmitVersion($versionId: ID!) {\n    submitCourseVersion(versionId: $versionId) {\n      id\n      status\n      submittedAt\n      reviewComment\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TeachVersionEditor($id: ID!) {\n    courseVersion(id: $id) {\n      id\n      number\n      status\n      title\n      summary\n      audience\n      creditMinutes\n      ceHours\n      certificateValidityMonths\n      quizzesAfterLessons\n      learningObjectives\n      objectives {\n        key\n        text\n      }\n      handsOnObjectives\n      topicTags\n      credentialKind\n      scopeStatement\n      releasedOn\n      contentReviewedOn\n      creditEndsOn\n      disclosure {\n        ...TeachDisclosureFields\n      }\n      correction {\n        kinds\n        summary\n      }\n      changelog\n      reviewComment\n      submittedAt\n      publishedAt\n      retiredAt\n      totalSeatTimeMinutes\n      course {\n        id\n        slug\n        viewerIsAuthor\n      }\n      modules {\n        ...TeachModuleFields\n      }\n      questionBanks {\n        id\n      }\n      quizzes {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TeachVersionEditor($id: ID!) {\n    courseVersion(id: $id) {\n      id\n      number\n      status\n      title\n      summary\n      audience\n      creditMinutes\n      ceHours\n      certificateValidityMonths\n      quizzesAfterLessons\n      learningObjectives\n      objectives {\n        key\n        text\n      }\n      handsOnObjectives\n      topicTags\n      credentialKind\n      scopeStatement\n      releasedOn\n      contentReviewedOn\n      creditEndsOn\n      disclosure {\n        ...TeachDisclosureFields\n      }\n      correction {\n        kinds\n        summary\n      }\n      changelog\n      reviewComment\n      submittedAt\n      publishedAt\n      retiredAt\n      totalSeatTimeMinutes\n      course {\n        id\n        slug\n        viewerIsAuthor\n      }\n      modules {\n        ...TeachModuleFields\n      }\n      questionBanks {\n        id\n      }\n      quizzes {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordBoardReportResult($lineIds: [ID!]!, $status: BoardReportResult!, $reason: String) {\n    recordBoardReportResult(lineIds: $lineIds, status: $status, reason: $reason) {\n      id\n      status\n      reason\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordBoardReportResult($lineIds: [ID!]!, $status: BoardReportResult!, $reason: String) {\n    recordBoardReportResult(lineIds: $lineIds, status: $status, reason: $reason) {\n      id\n      status\n      reason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CourseBoardReport($courseId: ID!, $status: BoardReportStatus, $after: String) {\n    courseBoardReport(courseId: $courseId, status: $status, first: 50, after: $after) {\n      courseId\n      counts {\n        pending\n        exported\n        accepted\n        rejected\n        notReportable\n      }\n      lines {\n        edges {\n          node {\n            id\n            holderName\n            licenseNumber\n            state\n            profession\n            completedOn\n            ceHours\n            status\n            reason\n            note\n            exportedAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      exports {\n        id\n        createdAt\n        lineCount\n        filename\n        sha256\n        downloadPath\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CourseBoardReport($courseId: ID!, $status: BoardReportStatus, $after: String) {\n    courseBoardReport(courseId: $courseId, status: $status, first: 50, after: $after) {\n      courseId\n      counts {\n        pending\n        exported\n        accepted\n        rejected\n        notReportable\n      }\n      lines {\n        edges {\n          node {\n            id\n            holderName\n            licenseNumber\n            state\n            profession\n            completedOn\n            ceHours\n            status\n            reason\n            note\n            exportedAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      exports {\n        id\n        createdAt\n        lineCount\n        filename\n        sha256\n        downloadPath\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ExportCeBrokerRoster($courseId: ID!) {\n    exportCeBrokerRoster(courseId: $courseId) {\n      id\n      lineCount\n      filename\n      downloadPath\n    }\n  }\n',
): (typeof documents)['\n  mutation ExportCeBrokerRoster($courseId: ID!) {\n    exportCeBrokerRoster(courseId: $courseId) {\n      id\n      lineCount\n      filename\n      downloadPath\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BoardReportingCourses {\n    myAuthoredCourses {\n      id\n      slug\n      currentVersion {\n        id\n        title\n      }\n      openVersion {\n        id\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BoardReportingCourses {\n    myAuthoredCourses {\n      id\n      slug\n      currentVersion {\n        id\n        title\n      }\n      openVersion {\n        id\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CourseBoardReporting($courseId: ID!) {\n    courseBoardReporting(courseId: $courseId) {\n      courseId\n      providerNumber\n      courseNumber\n      boards {\n        state\n        profession\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CourseBoardReporting($courseId: ID!) {\n    courseBoardReporting(courseId: $courseId) {\n      courseId\n      providerNumber\n      courseNumber\n      boards {\n        state\n        profession\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetCourseBoardReporting($input: SetCourseBoardReportingInput!) {\n    setCourseBoardReporting(input: $input) {\n      courseId\n      providerNumber\n      courseNumber\n      boards {\n        state\n        profession\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetCourseBoardReporting($input: SetCourseBoardReportingInput!) {\n    setCourseBoardReporting(input: $input) {\n      courseId\n      providerNumber\n      courseNumber\n      boards {\n        state\n        profession\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BankChecksFields on QuestionBankChecks {\n    singleChoice\n    longestKeys\n    longestKeyLimit\n    chanceShare\n    trueFalse\n    falseKeys\n    keyPositions\n    findings {\n      code\n      limit\n      message\n    }\n    items {\n      questionId\n      warnings {\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment BankChecksFields on QuestionBankChecks {\n    singleChoice\n    longestKeys\n    longestKeyLimit\n    chanceShare\n    trueFalse\n    falseKeys\n    keyPositions\n    findings {\n      code\n      limit\n      message\n    }\n    items {\n      questionId\n      warnings {\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TeachCreditReport($id: ID!) {\n    courseVersion(id: $id) {\n      id\n      questionBanks {\n        id\n        questions {\n          id\n        }\n      }\n      creditReport {\n        ...CreditReportFields\n      }\n      observedTime {\n        ...ObservedTimeFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TeachCreditReport($id: ID!) {\n    courseVersion(id: $id) {\n      id\n      questionBanks {\n        id\n        questions {\n          id\n        }\n      }\n      creditReport {\n        ...CreditReportFields\n      }\n      observedTime {\n        ...ObservedTimeFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CreditReportFields on CreditReport {\n    claimedMinutes\n    supportedMinutes\n    lessonMinutes\n    quizMinutes\n    readingWordsPerMinute\n    minutesPerQuestion\n    seatTimeTolerancePercent\n    claimedHours {\n      label\n      approvalNumber\n      minutesPerHour\n      increment\n      hours\n      text\n    }\n    supportedHours {\n      label\n      approvalNumber\n      minutesPerHour\n      increment\n      hours\n      text\n    }\n    lessons {\n      lessonId\n      title\n      words\n      readingMinutes\n      mediaMinutes\n      estimateMinutes\n      source\n      seatTimeMinutes\n      maxSeatTimeMinutes\n      pilot {\n        testers\n        medianMinutes\n        note\n        stale\n        recordedAt\n      }\n    }\n    quizzes {\n      quizId\n      title\n      questionsDrawn\n      minutes\n    }\n    problems {\n      code\n      field\n      message\n      overridden\n    }\n    overrides {\n      stage\n      codes\n      reason\n      adminName\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  fragment CreditReportFields on CreditReport {\n    claimedMinutes\n    supportedMinutes\n    lessonMinutes\n    quizMinutes\n    readingWordsPerMinute\n    minutesPerQuestion\n    seatTimeTolerancePercent\n    claimedHours {\n      label\n      approvalNumber\n      minutesPerHour\n      increment\n      hours\n      text\n    }\n    supportedHours {\n      label\n      approvalNumber\n      minutesPerHour\n      increment\n      hours\n      text\n    }\n    lessons {\n      lessonId\n      title\n      words\n      readingMinutes\n      mediaMinutes\n      estimateMinutes\n      source\n      seatTimeMinutes\n      maxSeatTimeMinutes\n      pilot {\n        testers\n        medianMinutes\n        note\n        stale\n        recordedAt\n      }\n    }\n    quizzes {\n      quizId\n      title\n      questionsDrawn\n      minutes\n    }\n    problems {\n      code\n      field\n      message\n      overridden\n    }\n    overrides {\n      stage\n      codes\n      reason\n      adminName\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ObservedTimeFields on ObservedTime {\n    completions\n    minimumCompletions\n    lessons {\n      lessonId\n      title\n      requiredMinutes\n      basis\n      learners\n      readers\n      activeMedianMinutes\n      activeQ1Minutes\n      activeQ3Minutes\n      readingMedianMinutes\n      readingQ1Minutes\n      readingQ3Minutes\n      flag\n    }\n  }\n',
): (typeof documents)['\n  fragment ObservedTimeFields on ObservedTime {\n    completions\n    minimumCompletions\n    lessons {\n      lessonId\n      title\n      requiredMinutes\n      basis\n      learners\n      readers\n      activeMedianMinutes\n      activeQ1Minutes\n      activeQ3Minutes\n      readingMedianMinutes\n      readingQ1Minutes\n      readingQ3Minutes\n      flag\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PreviewLessonMarkdown($markdown: String!) {\n    previewLessonMarkdown(markdown: $markdown)\n  }\n',
): (typeof documents)['\n  query PreviewLessonMarkdown($markdown: String!) {\n    previewLessonMarkdown(markdown: $markdown)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TeachUpdateVersion($input: UpdateCourseVersionInput!) {\n    updateCourseVersion(input: $input) {\n      id\n      title\n      summary\n      audience\n      creditMinutes\n      ceHours\n      certificateValidityMonths\n      learningObjectives\n      objectives {\n        key\n        text\n      }\n      handsOnObjectives\n      topicTags\n      changelog\n      credentialKind\n      scopeStatement\n      releasedOn\n      contentReviewedOn\n      creditEndsOn\n      disclosure {\n        ...TeachDisclosureFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation TeachUpdateVersion($input: UpdateCourseVersionInput!) {\n    updateCourseVersion(input: $input) {\n      id\n      title\n      summary\n      audience\n      creditMinutes\n      ceHours\n      certificateValidityMonths\n      learningObjectives\n      objectives {\n        key\n        text\n      }\n      handsOnObjectives\n      topicTags\n      changelog\n      credentialKind\n      scopeStatement\n      releasedOn\n      contentReviewedOn\n      creditEndsOn\n      disclosure {\n        ...TeachDisclosureFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TeachDisclosureFields on CourseDisclosure {\n    contributors {\n      name\n      credentials\n      role\n      relationships {\n        company\n        nature\n      }\n      mitigation\n    }\n    commercialSupport {\n      company\n      nature\n    }\n  }\n',
): (typeof documents)['\n  fragment TeachDisclosureFields on CourseDisclosure {\n    contributors {\n      name\n      credentials\n      role\n      relationships {\n        company\n        nature\n      }\n      mitigation\n    }\n    commercialSupport {\n      company\n      nature\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      code\n      codeWellFormed\n      status\n      holderName\n      licenseNumber\n      licenseState\n      title\n      courseVersion\n      provider\n      ceHours\n      creditMinutes\n      onlineMinutes\n      liveMinutes\n      credentialKind\n      scopeStatement\n      approvals {\n        body\n        approvalNumber\n        isSample\n        hoursText\n      }\n      completedOn\n      expiresOn\n      revokedOn\n      supersededByCode\n    }\n  }\n',
): (typeof documents)['\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      code\n      codeWellFormed\n      status\n      holderName\n      licenseNumber\n      licenseState\n      title\n      courseVersion\n      provider\n      ceHours\n      creditMinutes\n      onlineMinutes\n      liveMinutes\n      credentialKind\n      scopeStatement\n      approvals {\n        body\n        approvalNumber\n        isSample\n        hoursText\n      }\n      completedOn\n      expiresOn\n      revokedOn\n      supersededByCode\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
