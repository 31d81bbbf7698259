/**
 * The course an enrollment is on, as a scalar subquery other modules may embed where one
 * statement must filter on it (a certificate names its enrollment, not its course), so the
 * enrollments table is still named only here. `enrollmentId` is a SQL expression, e.g.
 * `c.enrollment_id`; null when it is null.
 */
export const enrollmentCourseIdSql = (enrollmentId: string): string =>
  `(SELECT enrollment_course.course_id FROM enrollments enrollment_course
     WHERE enrollment_course.id = ${enrollmentId})`;
