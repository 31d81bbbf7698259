/** A YAML file that does not say what its reader needs: the message names the file and field. */
export class YamlFileError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'YamlFileError';
  }
}

/**
 * Reads typed fields out of parsed YAML, naming the file and field when one is missing or of
 * the wrong type, so an author sees "courses/01-foundations/course.yaml: ceHours must be a
 * number" instead of a crash later on. The curriculum and the state rules data both use it.
 */
export class YamlFields {
  constructor(
    private readonly file: string,
    private readonly data: unknown,
    private readonly path = '',
  ) {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new YamlFileError(file, `${path || 'the file'} must be a mapping of fields`);
    }
  }

  private raw(name: string): unknown {
    return (this.data as Record<string, unknown>)[name];
  }

  private name(field: string): string {
    return this.path ? `${this.path}.${field}` : field;
  }

  fail(problem: string): never {
    throw new YamlFileError(this.file, problem);
  }

  string(field: string): string {
    const value = this.raw(field);
    if (typeof value !== 'string' || value.trim() === '') {
      this.fail(`${this.name(field)} must be non-empty text`);
    }
    return value.trim();
  }

  number(field: string): number {
    const value = this.raw(field);
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.fail(`${this.name(field)} must be a number`);
    }
    return value;
  }

  optionalNumber(field: string): number | null {
    return this.raw(field) === undefined || this.raw(field) === null ? null : this.number(field);
  }

  boolean(field: string, fallback: boolean): boolean {
    const value = this.raw(field);
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean') this.fail(`${this.name(field)} must be true or false`);
    return value;
  }

  optionalBoolean(field: string): boolean | null {
    return this.has(field) ? this.requiredBoolean(field) : null;
  }

  requiredBoolean(field: string): boolean {
    const value = this.raw(field);
    if (typeof value !== 'boolean') this.fail(`${this.name(field)} must be true or false`);
    return value;
  }

  strings(field: string, fallback?: string[]): string[] {
    const value = this.raw(field);
    if (value === undefined && fallback) return fallback;
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
      this.fail(`${this.name(field)} must be a list of text`);
    }
    return (value as string[]).map((item) => item.trim());
  }

  /** A calendar date written YYYY-MM-DD. */
  date(field: string): string {
    const value = this.string(field);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
      this.fail(`${this.name(field)} must be a date written YYYY-MM-DD`);
    }
    return value;
  }

  optionalString(field: string): string | null {
    return this.has(field) ? this.string(field) : null;
  }

  oneOf<T extends string>(field: string, values: readonly T[]): T {
    const value = this.string(field) as T;
    if (!values.includes(value))
      this.fail(`${this.name(field)} must be one of ${values.join(', ')}`);
    return value;
  }

  has(field: string): boolean {
    return this.raw(field) !== undefined && this.raw(field) !== null;
  }

  nested(field: string): YamlFields {
    return new YamlFields(this.file, this.raw(field), this.name(field));
  }

  optionalNested(field: string): YamlFields | null {
    return this.has(field) ? this.nested(field) : null;
  }

  list(field: string): YamlFields[] {
    const value = this.raw(field);
    if (!Array.isArray(value)) this.fail(`${this.name(field)} must be a list`);
    return value.map(
      (item, index) => new YamlFields(this.file, item, `${this.name(field)}[${index}]`),
    );
  }
}
