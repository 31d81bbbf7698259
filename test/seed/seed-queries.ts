import { readFile, writeFile } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import type { TestApp } from '../support/test-app.js';

/** The catalog as a learner reads it, with what the curriculum seed claims for each course. */
export const CATALOG = /* GraphQL */ `
  query Catalog {
    courses(first: 10) {
      edges {
        node {
          slug
          currentVersion {
            number
            ceHours
            creditMinutes
            creditReport {
              supportedMinutes
              problems {
                code
              }
            }
            modules {
              title
              lessons {
                title
                seatTimeMinutes
                references {
                  citation
                }
              }
            }
          }
        }
      }
    }
  }
`;

export interface Catalog {
  courses: {
    edges: {
      node: {
        slug: string;
        currentVersion: {
          number: number;
          ceHours: number;
          creditMinutes: number;
          creditReport: { supportedMinutes: number; problems: unknown[] } | null;
          modules: { lessons: { seatTimeMinutes: number; references: unknown[] }[] }[];
        };
      };
    }[];
  };
}

export const MY_ORGANIZATIONS = /* GraphQL */ `
  query Mine {
    myOrganizations {
      id
      name
    }
  }
`;

export const COMPLIANCE_REPORT = /* GraphQL */ `
  query Report($id: ID!) {
    organization(id: $id) {
      complianceReport(first: 50, sort: NAME) {
        totals {
          status
          count
        }
        members {
          edges {
            node {
              displayName
              worstStatus
              nextExpiry
              credentials {
                status
                certificateCode
                expiresOn
              }
            }
          }
        }
      }
    }
  }
`;

export interface ComplianceReport {
  organization: {
    complianceReport: {
      totals: { status: string; count: number }[];
      members: {
        edges: {
          node: {
            displayName: string;
            worstStatus: string;
            nextExpiry: string | null;
            credentials: {
              status: string;
              certificateCode: string | null;
              expiresOn: string | null;
            }[];
          };
        }[];
      };
    };
  };
}

export const FOUNDATIONS_QUIZZES = /* GraphQL */ `
  query Foundations {
    course(slug: "dry-needling-foundations") {
      currentVersion {
        quizzes {
          id
          title
        }
      }
    }
  }
`;

export const ITEM_ANALYSIS = /* GraphQL */ `
  query Analysis($quizId: ID!) {
    quizItemAnalysis(quizId: $quizId) {
      attempts
      passRate
      questions {
        facility
        discrimination
      }
    }
  }
`;

export const MY_ENROLLMENTS = /* GraphQL */ `
  query Mine {
    myEnrollments {
      status
      courseVersion {
        course {
          slug
        }
      }
    }
  }
`;

/** The rows the seed writes, counted: a second run must leave every number as it was. */
export async function seededCounts(test: TestApp): Promise<Record<string, number>> {
  const db = test.app.get(DataSource);
  const tables = [
    'courses',
    'course_versions',
    'course_modules',
    'lessons',
    'questions',
    'question_options',
    'quizzes',
    'course_approvals',
    'credential_programs',
    'audit_events',
    'users',
    'certificates',
    'quiz_attempts',
    'memberships',
  ];
  const result: Record<string, number> = {};
  for (const table of tables) {
    const [row] = (await db.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[];
    result[table] = row.n;
  }
  return result;
}

/**
 * The figures of demo-figures.sql: what the seed makes, counted (attempts, passes,
 * certificates, seat time, each quiz's attempts, duplicates). The seed is deterministic, so
 * they equal demo-figures.json on every fresh start; the crash test checks them too.
 */
export async function demoFigures(test: TestApp): Promise<Record<string, number>> {
  const sql = await readFile(new URL('./demo-figures.sql', import.meta.url), 'utf8');
  const rows = (await test.app.get(DataSource).query(sql)) as { figure: string; value: number }[];
  return Object.fromEntries(rows.map((row) => [row.figure, row.value]));
}

/** UPDATE_DEMO_FIGURES=1 npm run test:api -- test/seed -t 'demo data' rewrites the JSON. */
export async function writeDemoFigures(figures: Record<string, number>): Promise<void> {
  await writeFile(
    new URL('./demo-figures.json', import.meta.url),
    `${JSON.stringify(figures, null, 2)}\n`,
  );
}

export async function expectedDemoFigures(): Promise<Record<string, number>> {
  const text = await readFile(new URL('./demo-figures.json', import.meta.url), 'utf8');
  return JSON.parse(text) as Record<string, number>;
}
