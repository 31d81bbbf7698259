-- What the seed makes on a fresh database, counted: the same numbers on every fresh start
-- (test/seed/demo-figures.json), and after any crash and restart
-- (test/reliability/crash-seed.mjs). Rows made by tests (accounts at other domains) are
-- left out. One row per figure: (figure, value).
WITH demo_users AS (
  SELECT id FROM users WHERE email LIKE '%@fascicle.test' OR email LIKE '%@frontrange-pt.test'
),
demo_enrollments AS (
  SELECT e.* FROM enrollments e JOIN demo_users u ON u.id = e.user_id
),
demo_attempts AS (
  SELECT a.* FROM quiz_attempts a JOIN demo_users u ON u.id = a.user_id
),
demo_certificates AS (
  SELECT c.* FROM certificates c JOIN demo_users u ON u.id = c.user_id
),
demo_progress AS (
  SELECT p.* FROM lesson_progress p JOIN demo_enrollments e ON e.id = p.enrollment_id
)
SELECT 'courses' AS figure, count(*)::int AS value FROM courses
UNION ALL SELECT 'course versions', count(*)::int FROM course_versions
UNION ALL SELECT 'published versions', count(*)::int FROM course_versions WHERE status = 'PUBLISHED'
UNION ALL SELECT 'lessons in published versions', count(*)::int
  FROM lessons l JOIN course_modules m ON m.id = l.module_id
  JOIN courses c ON c.published_version_id = m.version_id
UNION ALL SELECT 'questions in published versions', count(*)::int
  FROM questions q JOIN question_banks b ON b.id = q.bank_id
  JOIN courses c ON c.published_version_id = b.version_id
UNION ALL SELECT 'credential programs', count(*)::int FROM credential_programs
UNION ALL SELECT 'course authors', count(*)::int FROM course_authors
UNION ALL SELECT 'versions published (audit)', count(*)::int
  FROM audit_events WHERE action = 'COURSE_VERSION_PUBLISHED'
UNION ALL SELECT 'demo accounts', count(*)::int FROM demo_users
UNION ALL SELECT 'enrollments', count(*)::int FROM demo_enrollments
UNION ALL SELECT 'enrollments completed', count(*)::int
  FROM demo_enrollments WHERE status = 'COMPLETED'
UNION ALL SELECT 'lessons read', count(*)::int FROM demo_progress
UNION ALL SELECT 'lessons completed', count(*)::int FROM demo_progress WHERE completed_at IS NOT NULL
UNION ALL SELECT 'seat seconds credited', COALESCE(sum(credited_seconds), 0)::int FROM demo_progress
UNION ALL SELECT 'seat seconds active', COALESCE(sum(active_seconds), 0)::int FROM demo_progress
UNION ALL SELECT 'reading times recorded', count(reached_end_seconds)::int FROM demo_progress
UNION ALL SELECT 'evaluations', count(*)::int
  FROM course_evaluations v JOIN demo_enrollments e ON e.id = v.enrollment_id
UNION ALL SELECT 'graded attempts', count(*)::int FROM demo_attempts WHERE status = 'SUBMITTED'
UNION ALL SELECT 'passed attempts', count(*)::int FROM demo_attempts WHERE passed
UNION ALL SELECT 'attempts in progress', count(*)::int FROM demo_attempts WHERE status <> 'SUBMITTED'
UNION ALL SELECT 'course certificates', count(*)::int FROM demo_certificates WHERE kind = 'COURSE'
UNION ALL SELECT 'program certificates', count(*)::int FROM demo_certificates WHERE kind = 'PROGRAM'
UNION ALL SELECT 'revoked certificates', count(*)::int FROM demo_certificates WHERE revoked_at IS NOT NULL
UNION ALL SELECT 'organizations', count(*)::int FROM organizations
UNION ALL SELECT 'memberships', count(*)::int FROM memberships
UNION ALL SELECT 'invitations', count(*)::int FROM invitations
UNION ALL SELECT 'required credentials', count(*)::int FROM required_credentials
UNION ALL SELECT 'programs with hands-on requirements', count(*)::int FROM hybrid_program_rules
UNION ALL SELECT 'live sessions', count(*)::int FROM live_sessions
UNION ALL SELECT 'live session seats', count(*)::int
  FROM live_session_registrations WHERE status = 'REGISTERED'
UNION ALL SELECT 'attendance records', count(*)::int FROM live_session_attendance
UNION ALL SELECT 'attendance check-outs', count(checked_out_at)::int FROM live_session_attendance
UNION ALL SELECT 'practical checklists', count(*)::int FROM practical_checklists
UNION ALL SELECT 'practical exams passed', count(*)::int FROM practical_exam_records WHERE passed
UNION ALL SELECT 'practical exams failed', count(*)::int FROM practical_exam_records WHERE NOT passed
UNION ALL SELECT 'supervised sessions confirmed', count(*)::int
  FROM supervised_sessions WHERE status = 'CONFIRMED'
UNION ALL SELECT 'supervised sessions rejected', count(*)::int
  FROM supervised_sessions WHERE status = 'REJECTED'
UNION ALL SELECT 'supervised sessions pending', count(*)::int
  FROM supervised_sessions WHERE status = 'PENDING'
UNION ALL SELECT 'hybrid program certificates', count(*)::int
  FROM demo_certificates WHERE kind = 'PROGRAM' AND credential_kind = 'HYBRID'
UNION ALL SELECT 'clinics practising in Colorado', count(*)::int
  FROM organizations WHERE state = 'CO'
UNION ALL SELECT 'Florida licenses', count(*)::int FROM licenses WHERE state = 'FL'
UNION ALL SELECT 'licenses with an issue date', count(issued_on)::int FROM licenses
UNION ALL SELECT 'dry needling rule versions', count(*)::int FROM dry_needling_rules
UNION ALL SELECT 'duplicate enrollments (user, course version)', count(*)::int FROM (
  SELECT 1 FROM demo_enrollments GROUP BY user_id, version_id HAVING count(*) > 1) d
UNION ALL SELECT 'duplicate program certificates (user, program)', count(*)::int FROM (
  SELECT 1 FROM demo_certificates WHERE kind = 'PROGRAM'
   GROUP BY user_id, program_id HAVING count(*) > 1) d
UNION ALL SELECT 'duplicate memberships (user, clinic)', count(*)::int FROM (
  SELECT 1 FROM memberships GROUP BY user_id, organization_id HAVING count(*) > 1) d
UNION ALL (
  SELECT 'graded attempts: ' || q.title, count(a.id)::int
    FROM quizzes q JOIN courses c ON c.published_version_id = q.version_id
    LEFT JOIN demo_attempts a ON a.quiz_id = q.id AND a.status = 'SUBMITTED'
   GROUP BY q.title ORDER BY q.title
)
