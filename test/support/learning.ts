import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { answerAll, ENROLL, startAttempt, SUBMIT_ATTEMPT, type QuizCourse } from './assessment.js';
import type { GraphQLClient } from './graphql-client.js';
import type { TestApp } from './test-app.js';

/** pdf.js reads the 14 standard fonts' metrics from its package when text uses them. */
const STANDARD_FONTS = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

export const ENROLLMENT = /* GraphQL */ `
  query Enrollment($id: ID!) {
    enrollment(id: $id) {
      id
      status
      completedAt
      progressReport {
        evaluationSubmitted
        remaining
        steps {
          kind
          lessonId
          quizId
        }
        lessons {
          lessonId
          creditedSeconds
          requiredSeconds
          completed
        }
      }
      certificate {
        code
        status
      }
    }
  }
`;
export const RECORD = /* GraphQL */ `
  mutation Record($lessonId: ID!, $resumed: Boolean) {
    recordLessonActivity(lessonId: $lessonId, resumed: $resumed) {
      creditedSeconds
      requiredSeconds
      completed
    }
  }
`;
export const COMPLETE_LESSON = /* GraphQL */ `
  mutation Complete($lessonId: ID!) {
    completeLesson(lessonId: $lessonId) {
      completed
    }
  }
`;
export const EVALUATE = /* GraphQL */ `
  mutation Evaluate($input: CourseEvaluationInput!) {
    submitCourseEvaluation(input: $input) {
      code
      status
    }
  }
`;
export const CERTIFICATE_FIELDS = /* GraphQL */ `
  fragment CertificateFields on Certificate {
    id
    code
    kind
    status
    holderName
    licenseNumber
    licenseState
    title
    courseVersion
    provider
    approvals {
      body
      approvalNumber
      isSample
    }
    ceHours
    completedOn
    expiresOn
    deliveryMethod
    revokedOn
    credentialJwt
    verifyUrl
    pdfUrl
  }
`;
export const MY_CERTIFICATES = /* GraphQL */ `
  query Mine {
    myCertificates {
      ...CertificateFields
    }
  }
  ${CERTIFICATE_FIELDS}
`;
export const VERIFY = /* GraphQL */ `
  query Verify($code: String!) {
    verifyCertificate(code: $code) {
      status
      code
      codeWellFormed
      holderName
      licenseNumber
      licenseState
      title
      courseVersion
      provider
      ceHours
      completedOn
      expiresOn
      revokedOn
    }
  }
`;
export const REVOKE = /* GraphQL */ `
  mutation Revoke($input: RevokeCertificateInput!) {
    revokeCertificate(input: $input) {
      code
      status
      revokedOn
    }
  }
`;

export interface CertificateView {
  id: string;
  code: string;
  kind: string;
  status: string;
  holderName: string;
  licenseNumber: string | null;
  licenseState: string | null;
  title: string;
  courseVersion: number | null;
  provider: string;
  approvals: { body: string; approvalNumber: string; isSample: boolean }[];
  ceHours: number;
  completedOn: string;
  expiresOn: string | null;
  revokedOn: string | null;
  credentialJwt: string;
  verifyUrl: string;
  pdfUrl: string;
}

export const evaluationInput = (enrollmentId: string) => ({
  enrollmentId,
  objectivesMet: 5,
  contentRelevance: 4,
  presentationQuality: 4,
  freeOfCommercialBias: true,
  wouldRecommend: true,
  intendedPracticeChange: 'Screen for pneumothorax risk before needling the upper trapezius.',
  comments: '',
});

/**
 * A learner through a course of one lesson with a one-minute seat time: the lesson sat out on
 * the test clock, the quiz passed, the evaluation submitted (so a certificate is issued).
 */
export async function finishOneLessonCourse(
  test: TestApp,
  learner: GraphQLClient,
  course: QuizCourse,
): Promise<void> {
  const { enroll } = await learner.ok<{ enroll: { id: string } }>(ENROLL, {
    courseId: course.courseId,
  });
  const lessonId = course.lessonIds[0];
  await learner.ok(RECORD, { lessonId });
  for (let i = 0; i < 2; i += 1) {
    test.clock.advance(30_000);
    await learner.ok(RECORD, { lessonId });
  }
  await learner.ok(COMPLETE_LESSON, { lessonId });
  const attempt = await startAttempt(learner, course);
  await answerAll(learner, attempt, course.key, () => true);
  await learner.ok(SUBMIT_ATTEMPT, { attemptId: attempt.id });
  await learner.ok(EVALUATE, { input: evaluationInput(enroll.id) });
}

/** Each run of text on a PDF's first page with its box, in points from the bottom left. */
export async function pdfTextBoxes(
  bytes: Uint8Array,
): Promise<{ text: string; x: number; y: number; width: number; height: number }[]> {
  const document = await getDocument({
    data: bytes,
    useSystemFonts: false,
    isEvalSupported: false,
    standardFontDataUrl: STANDARD_FONTS,
  }).promise;
  const content = await (await document.getPage(1)).getTextContent();
  return content.items.flatMap((item) =>
    'str' in item && item.str.trim()
      ? [
          {
            text: item.str,
            x: item.transform[4] as number,
            y: item.transform[5] as number,
            width: item.width,
            height: item.height,
          },
        ]
      : [],
  );
}

/** The text of every page of a PDF, as a PDF reader would extract it. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const document = await getDocument({
    data: bytes,
    useSystemFonts: false,
    isEvalSupported: false,
    standardFontDataUrl: STANDARD_FONTS,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages.join('\n');
}
