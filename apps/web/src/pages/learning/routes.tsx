import type { RouteObject } from 'react-router';
import { RequireAuthOutlet } from '../../auth/RequireAuth';
import { lazyPage } from '../lazy-page';

export const learningRoutes: RouteObject[] = [
  {
    path: 'learning',
    element: <RequireAuthOutlet />,
    children: [
      { index: true, lazy: lazyPage(() => import('./MyLearningPage'), 'MyLearningPage') },
      { path: ':enrollmentId', lazy: lazyPage(() => import('./EnrollmentPage'), 'EnrollmentPage') },
      {
        path: ':enrollmentId/lessons/:lessonId',
        lazy: lazyPage(() => import('./lesson/LessonPage'), 'LessonPage'),
      },
      {
        path: ':enrollmentId/quizzes/:quizId',
        lazy: lazyPage(() => import('./quiz/QuizPage'), 'QuizPage'),
      },
      {
        path: ':enrollmentId/evaluation',
        lazy: lazyPage(() => import('./EvaluationPage'), 'EvaluationPage'),
      },
    ],
  },
];
