import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CourseVersionModel } from '../catalog/models/course-version.model.js';
import { IdArg } from '../common/validation/id-arg.js';
import { CertificatesService } from '../credentials/certificates.service.js';
import { CertificateModel } from '../credentials/models/certificate.model.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { CurrentPrincipal } from '../identity/auth/decorators.js';
import type { Principal } from '../identity/auth/principal.js';
import { completionProblems, lessonDone } from '@fascicle/learning';
import { completionInput } from './completion-input.js';
import { CompletionService } from './completion.service.js';
import { EnrollmentStatus } from './entities/enrollment.entity.js';
import { CourseEvaluationInput } from './dto/learning.input.js';
import { EnrollmentService } from './enrollment.service.js';
import { EvaluationService } from './evaluation.service.js';
import { describeProblem } from './describe-problem.js';
import {
  EnrollmentModel,
  EnrollmentProgressModel,
  LessonProgressModel,
} from './models/enrollment.model.js';
import { ProgressService } from './progress.service.js';

@Resolver(() => EnrollmentModel)
export class LearningResolver {
  constructor(
    private readonly enrollments: EnrollmentService,
    private readonly progress: ProgressService,
    private readonly evaluations: EvaluationService,
    private readonly completion: CompletionService,
    private readonly certificates: CertificatesService,
  ) {}

  @Mutation(() => EnrollmentModel, { description: "Enrol in the course's published version" })
  async enroll(
    @IdArg('courseId') courseId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<EnrollmentModel> {
    return EnrollmentModel.from(await this.enrollments.enroll(courseId, principal));
  }

  @Query(() => [EnrollmentModel], { description: 'Your enrollments, newest first' })
  async myEnrollments(@CurrentPrincipal() principal: Principal): Promise<EnrollmentModel[]> {
    return (await this.enrollments.mine(principal.userId)).map(EnrollmentModel.from);
  }

  @Query(() => EnrollmentModel)
  async enrollment(
    @IdArg('id') id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<EnrollmentModel> {
    return EnrollmentModel.from(await this.enrollments.visible(id, principal));
  }

  @Mutation(() => LessonProgressModel, {
    description: 'Report that the lesson is open and visible; the server credits seat time',
  })
  recordLessonActivity(
    @IdArg('lessonId') lessonId: string,
    @Args('resumed', {
      type: () => Boolean,
      defaultValue: false,
      description:
        'The page was hidden (or closed) since the last report: restart the clock, credit nothing',
    })
    resumed: boolean,
    @Args('reachedEnd', {
      type: () => Boolean,
      defaultValue: false,
      description:
        'The reader has reached the end of the text: the active time so far is their reading time (recorded once)',
    })
    reachedEnd: boolean,
    @Args('playing', {
      type: () => Boolean,
      defaultValue: false,
      description:
        "The lesson's video was playing since the last report: the interval counts as watched",
    })
    playing: boolean,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LessonProgressModel> {
    return this.progress.recordActivity(lessonId, principal, resumed, reachedEnd, playing);
  }

  @Mutation(() => LessonProgressModel, {
    description: 'Mark a lesson done once its seat time is met',
  })
  async completeLesson(
    @IdArg('lessonId') lessonId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LessonProgressModel> {
    const done = await this.progress.complete(lessonId, principal);
    await this.completion.evaluate(done.enrollmentId);
    return done;
  }

  @Mutation(() => CertificateModel, {
    nullable: true,
    description:
      'Submit the course evaluation; returns the certificate if the course is now complete',
  })
  async submitCourseEvaluation(
    @Args('input') input: CourseEvaluationInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CertificateModel | null> {
    const certificate = await this.evaluations.submit(input, principal);
    return certificate ? this.certificates.model(certificate) : null;
  }

  @ResolveField(() => CourseVersionModel, { description: 'The version this enrollment keeps' })
  async courseVersion(@Parent() enrollment: EnrollmentModel, @Context() context: GraphQLContext) {
    return CourseVersionModel.from(
      (await context.loaders.courseVersionById.load(enrollment.versionId))!,
    );
  }

  @ResolveField(() => EnrollmentProgressModel, {
    description: 'Seat time, quizzes and evaluation: what is done and what remains',
  })
  async progressReport(
    @Parent() enrollment: EnrollmentModel,
    @Context() context: GraphQLContext,
  ): Promise<EnrollmentProgressModel> {
    // All through DataLoaders: a list of enrollments costs the same queries as one.
    const { loaders } = context;
    const modules = await loaders.modulesByVersionId.load(enrollment.versionId);
    const [lessons, progress, quizzes, passed, evaluation, learner] = await Promise.all([
      Promise.all(modules.map((module) => loaders.lessonsByModuleId.load(module.id))),
      loaders.lessonProgressByEnrollmentId.load(enrollment.id),
      loaders.quizzesByVersionId.load(enrollment.versionId),
      loaders.passedQuizIdsByUserId.load(enrollment.userId),
      loaders.evaluationByEnrollmentId.load(enrollment.id),
      loaders.userById.load(enrollment.userId),
    ]);
    const videoSeconds = await loaders.videoSecondsByLessonId.loadMany(
      lessons.flat().map((lesson) => lesson.id),
    );
    const state = completionInput({
      lessons: lessons.flat(),
      videoSeconds: videoSeconds.map((seconds) => (typeof seconds === 'number' ? seconds : 0)),
      progress,
      quizzes,
      passedQuizIds: passed,
      evaluationSubmitted: evaluation !== null,
      emailVerifiedAt: learner?.emailVerifiedAt ?? null,
    });
    const report = {
      lessons: state.lessons.map((lesson) => ({
        enrollmentId: enrollment.id,
        ...lesson,
        watchedSeconds: lesson.watchedSeconds ?? 0,
        videoSeconds: lesson.videoSeconds ?? 0,
        completed: lessonDone(lesson),
      })),
      quizzes: state.requiredQuizzes,
      evaluationSubmitted: state.evaluationSubmitted,
    };
    const problems =
      enrollment.status === EnrollmentStatus.COMPLETED ? [] : completionProblems(state);
    const titles = {
      lessons: new Map(lessons.flat().map((lesson) => [lesson.id, lesson.title])),
      quizzes: new Map(quizzes.map((quiz) => [quiz.id, quiz.title])),
    };
    const steps = problems.map((problem) => ({
      kind: problem.kind,
      message: describeProblem(problem, titles),
      lessonId: 'lessonId' in problem ? problem.lessonId : null,
      quizId: 'quizId' in problem ? problem.quizId : null,
    }));
    return { ...report, remaining: steps.map((step) => step.message), steps };
  }

  @ResolveField(() => CertificateModel, { nullable: true })
  async certificate(
    @Parent() enrollment: EnrollmentModel,
    @Context() context: GraphQLContext,
  ): Promise<CertificateModel | null> {
    const certificate = await context.loaders.certificateByEnrollmentId.load(enrollment.id);
    return certificate ? this.certificates.model(certificate) : null;
  }
}
