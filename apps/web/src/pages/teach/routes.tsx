import type { RouteObject } from 'react-router';
import { RequireAuthOutlet } from '../../auth/RequireAuth';
import { lazyPage } from '../lazy-page';

/** Instructor screens: courses, versions, lessons, question banks, quizzes, item analysis. */
export const teachRoutes: RouteObject[] = [
  {
    path: 'teach',
    element: <RequireAuthOutlet role="INSTRUCTOR" />,
    children: [
      { index: true, lazy: lazyPage(() => import('./MyCoursesPage'), 'MyCoursesPage') },
      {
        path: 'courses/:slug',
        lazy: lazyPage(() => import('./CourseVersionsPage'), 'CourseVersionsPage'),
      },
      {
        path: 'versions/:versionId',
        lazy: lazyPage(() => import('./VersionEditorPage'), 'VersionEditorPage'),
      },
      {
        path: 'versions/:versionId/lessons/:lessonId',
        lazy: lazyPage(() => import('./LessonEditorPage'), 'LessonEditorPage'),
      },
      {
        path: 'versions/:versionId/assessment',
        lazy: lazyPage(() => import('./AssessmentPage'), 'AssessmentPage'),
      },
      {
        path: 'versions/:versionId/banks/:bankId',
        lazy: lazyPage(() => import('./QuestionBankPage'), 'QuestionBankPage'),
      },
      {
        path: 'versions/:versionId/banks/:bankId/import',
        lazy: lazyPage(() => import('./GiftImportPage'), 'GiftImportPage'),
      },
      {
        path: 'versions/:versionId/quizzes/:quizId/analysis',
        lazy: lazyPage(() => import('./ItemAnalysisPage'), 'ItemAnalysisPage'),
      },
    ],
  },
];
