import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { READINESS_PATH } from '../../apps/api/src/health/health-paths.js';
import { PRODUCTION_START, ROOT } from './production-start.js';

interface Instruction {
  keyword: string;
  args: string;
}

/** The Dockerfile's instructions, continuation lines joined and comments dropped. */
function instructions(text: string): Instruction[] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [keyword = '', ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

/** The instructions of each stage, from its FROM to the next. */
function stages(all: Instruction[]): { name: string; body: Instruction[] }[] {
  const result: { name: string; body: Instruction[] }[] = [];
  for (const instruction of all) {
    if (instruction.keyword === 'FROM') {
      result.push({ name: /\bAS\s+(\S+)/i.exec(instruction.args)?.[1] ?? '', body: [] });
    } else {
      result.at(-1)?.body.push(instruction);
    }
  }
  return result;
}

/**
 * No Docker engine runs on the CI machines, so the image is never built there. What can be
 * checked without one is checked here: the image starts the API exactly as the tests that run
 * the production build start it, and its health check asks exactly the probe they ask.
 */
describe('Dockerfile and compose.yaml', () => {
  const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
  const all = instructions(dockerfile);
  const [build, runtime] = [stages(all).at(0)!, stages(all).at(-1)!];
  const run = (stage: { body: Instruction[] }, keyword: string) =>
    stage.body.filter((instruction) => instruction.keyword === keyword);

  it('builds in one stage and runs from another, with the production dependencies only', () => {
    expect(stages(all).length).toBeGreaterThanOrEqual(2);
    const buildSteps = run(build, 'RUN').map((step) => step.args);
    expect(buildSteps.join('\n')).toMatch(/npm ci\b/);
    expect(buildSteps.join('\n')).toMatch(/npm run build\b/);
    expect(buildSteps.join('\n')).toMatch(/npm prune --omit=dev\b/);
    const copies = run(runtime, 'COPY').map((step) => step.args);
    expect(copies.every((args) => args.startsWith(`--from=${build.name} `))).toBe(true);
    expect(
      run(runtime, 'ENV')
        .map((step) => step.args)
        .join(' '),
    ).toMatch(/NODE_ENV=production/);
  });

  it('copies the build of the API, the web app and every lib into the runtime stage', () => {
    const copied = run(runtime, 'COPY').map((step) => step.args.split(/\s+/).at(-2));
    const libs = readdirSync(join(ROOT, 'libs')).filter((name) =>
      existsSync(join(ROOT, 'libs', name, 'package.json')),
    );
    for (const dir of ['apps/api', 'apps/web', ...libs.map((lib) => `libs/${lib}`)]) {
      expect(copied).toEqual(
        expect.arrayContaining([`/app/${dir}/package.json`, `/app/${dir}/dist`]),
      );
    }
  });

  it('starts exactly as the production start that the shutdown test runs', () => {
    const [cmd] = run(runtime, 'CMD');
    expect(JSON.parse(cmd!.args)).toEqual([...PRODUCTION_START]);
    const scripts = (
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(scripts['start']).toBe(PRODUCTION_START.join(' '));
  });

  it('checks its health on the readiness probe, through node (slim images have no curl)', () => {
    const [healthcheck] = run(runtime, 'HEALTHCHECK');
    const command = JSON.parse(/\bCMD\s+(\[.*\])\s*$/.exec(healthcheck!.args)![1]!) as string[];
    expect(command.slice(0, 2)).toEqual(['node', '-e']);
    expect(command[2]).toContain(`'${READINESS_PATH}'`);
  });

  it('runs as a user other than root', () => {
    const users = run(runtime, 'USER').map((step) => step.args);
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/);
    const cmdIndex = runtime.body.findIndex((step) => step.keyword === 'CMD');
    const userIndex = runtime.body.findLastIndex((step) => step.keyword === 'USER');
    expect(userIndex).toBeLessThan(cmdIndex);
  });

  it('keeps dependencies, builds and local data out of the build context', () => {
    const ignored = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n');
    expect(ignored).toEqual(
      expect.arrayContaining(['.git', '**/node_modules', '**/dist', '.data', '.env']),
    );
  });

  it('composes PostgreSQL, Redis and two API replicas behind a proxy', () => {
    const compose = parse(readFileSync(join(ROOT, 'compose.yaml'), 'utf8')) as {
      services: Record<
        string,
        {
          build?: string;
          deploy?: { replicas?: number };
          environment?: Record<string, string>;
          volumes?: string[];
          depends_on?: Record<string, { condition: string }>;
        }
      >;
    };
    const { api, proxy, postgres, redis } = compose.services;
    expect(postgres).toBeDefined();
    expect(redis).toBeDefined();
    expect(api?.build).toBe('.');
    expect(api?.deploy?.replicas).toBe(2);
    expect(api?.environment).toMatchObject({
      NODE_ENV: 'production',
      DATABASE_URL: expect.stringMatching(/^postgres:\/\/.*@postgres:5432\//),
      REDIS_URL: 'redis://redis:6379',
      TRUST_PROXY: 'true',
    });
    // The image's health check is what "healthy" means to the proxy's start.
    expect(proxy?.depends_on?.['api']?.condition).toBe('service_healthy');
    const config = proxy?.volumes?.[0]?.split(':')[0];
    expect(readFileSync(join(ROOT, config!), 'utf8')).toMatch(/server api:3000\b/);
  });

  it('says in the operations guide that the image is not built in CI', () => {
    const guide = readFileSync(join(ROOT, 'docs/operations.md'), 'utf8');
    expect(guide).toMatch(/image is not built in CI/);
  });
});
