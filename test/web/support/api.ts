/** An error as the API answers it: `extensions.code` and, for bad input, `extensions.field`. */
export interface ApiError {
  message: string;
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

/**
 * GraphQL over plain HTTP, as an outside client: for setting up what a journey needs
 * (courses, accounts) without clicking through screens another journey already covers.
 */
export class Api {
  constructor(
    readonly url: string,
    private readonly token?: string,
  ) {}

  /** A client acting as this account. */
  async login(email: string, password: string): Promise<Api> {
    const { login } = await this.ok<{ login: { accessToken: string } }>(
      `mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }`,
      { input: { email, password } },
    );
    return new Api(this.url, login.accessToken);
  }

  async request<T>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data?: T | null; errors?: ApiError[] }> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: T | null; errors?: ApiError[] };
  }

  /** Runs an operation that must succeed. */
  async ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL operation failed: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }
}

/** The demo accounts every fresh start creates (apps/api/src/identity/demo-accounts.ts). */
export const DEMO = {
  admin: { email: 'admin@fascicle.test', password: 'demo-admin-password' },
  instructor: { email: 'instructor@fascicle.test', password: 'demo-instructor-password' },
  learner: { email: 'learner@fascicle.test', password: 'demo-learner-password' },
} as const;
